package org.triangulate.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The dossier as JSON lines: one compact object per line, each with a {@code "record"} field first:
 * every {@code "article"}, then every {@code "event"} (with its entities, claims, summary and copy
 * graph), then every {@code "story"}; the other fields are those of the dossier's JSON contract. A
 * consumer can act on each line as it arrives; the corpus-wide copy graph is not repeated (each
 * article's {@code derived_from} and each event's {@code copy_graph} carry it).
 */
final class JsonLines {
  private static final ObjectMapper MAPPER = DossierJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectWriter LINE = MAPPER.writer();

  private JsonLines() {}

  static void write(Dossier d, Writer out) {
    try {
      for (DossierArticle a : d.articles()) {
        line("article", a, out);
      }
      for (Event e : d.events()) {
        line("event", e, out);
      }
      for (Story s : d.stories()) {
        line("story", s, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(String record, Object value, Writer out) throws IOException {
    ObjectNode node = MAPPER.createObjectNode().put("record", record);
    node.setAll((ObjectNode) MAPPER.valueToTree(value));
    out.write(LINE.writeValueAsString(node));
    out.write('\n');
  }
}
