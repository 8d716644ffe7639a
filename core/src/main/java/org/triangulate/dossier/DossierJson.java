package org.triangulate.dossier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The dossier's JSON form: snake_case names, dates as {@code YYYY-MM-DD}, missing values as
 * {@code null}. Reading ignores unknown fields so newer dossiers stay readable.
 */
public final class DossierJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private DossierJson() {}

  /** The configured mapper, for callers that serialise parts of a dossier (API, store). */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  public static void write(Dossier dossier, Writer out) {
    try {
      MAPPER.writeValue(out, dossier);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String toJson(Dossier dossier) {
    try {
      return MAPPER.writeValueAsString(dossier);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Dossier read(Reader in) throws IOException {
    return MAPPER.readValue(in, Dossier.class);
  }
}
