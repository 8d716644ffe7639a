package org.triangulate.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Reading the shared benchmark files: gzip, varying encodings, JSON with bare {@code NaN}. */
final class BenchData {
  /** Accepts the bare {@code NaN} dates of htmldate's mediacloud file. */
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private BenchData() {}

  static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  static JsonNode json(Path file) throws IOException {
    if (file.getFileName().toString().endsWith(".gz")) {
      return JSON.readTree(gunzip(file));
    }
    return JSON.readTree(file.toFile());
  }

  /**
   * Decodes page bytes: strict UTF-8 first, then the charset the page declares, then windows-1252
   * (the same order upstream uses: UTF-8, then detection).
   */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        try {
          Charset cs = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
          if (!cs.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, cs);
          }
        } catch (IllegalArgumentException ignored) {
          // unknown charset name: fall through
        }
      }
      return new String(bytes, WINDOWS_1252);
    }
  }

  /**
   * A predictions file of the Zyte benchmark, in either shape: {@code {id: {articleBody}}} or
   * {@code {"version", "output": {id: {articleBody}}}}. A missing or null body reads as "".
   */
  static Map<String, String> predictions(Path file) throws IOException {
    JsonNode root = json(file);
    JsonNode items = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
    Map<String, String> out = new LinkedHashMap<>();
    items.fields().forEachRemaining(e -> {
      JsonNode body = e.getValue().get("articleBody");
      out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
    });
    return out;
  }
}
