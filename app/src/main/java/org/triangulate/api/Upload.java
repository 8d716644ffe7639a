package org.triangulate.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.SourceFormat;

/**
 * Turns a POSTed body into a {@link RawDocument}: {@code application/json} (one article object with
 * the JSONL fields), {@code text/plain} or {@code text/html} (metadata in query parameters). Refuses
 * with {@link ApiError}: 413 too large, 415 other content types, 400 malformed.
 */
final class Upload {
  static final Set<String> JSON_FIELDS = Set.of("id", "url", "title", "outlet", "author", "published", "text",
      "body", "content", "html");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,99}");

  private Upload() {}

  /** Where the body comes from; opened only after the declared length passed. */
  interface Body {
    InputStream open() throws IOException;
  }

  /**
   * The body, at most {@code max} bytes. A declared length over the limit is refused before the body is
   * opened, so a client that sent "Expect: 100-continue" gets the 413 without uploading anything.
   */
  static byte[] readCapped(Body body, @Nullable Long declaredLength, long max) throws IOException {
    if (declaredLength != null && declaredLength > max) {
      throw new ApiError(413, "body of " + declaredLength + " bytes exceeds the limit of " + max + " bytes");
    }
    byte[] bytes = body.open().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new ApiError(413, "body exceeds the limit of " + max + " bytes");
    }
    return bytes;
  }

  static RawDocument parse(@Nullable String contentType, byte[] body, Function<String, @Nullable String> query) {
    if (contentType == null || contentType.isBlank()) {
      throw new ApiError(415, "missing Content-Type (use application/json, text/plain or text/html)");
    }
    String[] parts = contentType.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
        throw new ApiError(415, "unsupported charset '" + p.substring(8) + "' (only utf-8)");
      }
    }
    if (body.length == 0) {
      throw new ApiError(400, "empty body");
    }
    String text = utf8(body);
    if (text.indexOf('\0') >= 0) {
      throw new ApiError(400, "body contains NUL characters (binary data?)");
    }
    return switch (type) {
      case "application/json" -> json(text);
      case "text/plain", "text/html" -> plain(type.equals("text/html"), text, query);
      default -> throw new ApiError(415, "unsupported Content-Type '" + type
          + "' (use application/json, text/plain or text/html)");
    };
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new ApiError(400, "body is not valid UTF-8");
    }
  }

  private static RawDocument json(String text) {
    JsonNode n;
    try {
      n = JacksonMapper.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ApiError(400, "invalid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw new ApiError(400, "expected one JSON object with a text, body, content or html field");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!JSON_FIELDS.contains(e.getKey())) {
        throw new ApiError(400, "unknown field '" + e.getKey() + "' (known: " + String.join(", ", JSON_FIELDS.stream().sorted().toList()) + ")");
      }
      if (!e.getValue().isTextual() && !e.getValue().isNull()) {
        throw new ApiError(400, "field '" + e.getKey() + "' must be a string");
      }
    }
    String html = str(n, "html");
    String body = firstNonNull(str(n, "text"), str(n, "body"), str(n, "content"));
    if ((html == null) == (body == null)) {
      throw new ApiError(400, html == null ? "missing article text: give one of text, body, content or html"
          : "give either html or text/body/content, not both");
    }
    String content = html != null ? html : body;
    return document(html != null, content, str(n, "id"), str(n, "url"), str(n, "title"), str(n, "outlet"),
        str(n, "author"), str(n, "published"));
  }

  private static RawDocument plain(boolean html, String text, Function<String, @Nullable String> q) {
    return document(html, text, q.apply("id"), q.apply("url"), q.apply("title"), q.apply("outlet"),
        q.apply("author"), q.apply("published"));
  }

  private static RawDocument document(boolean html, String content, @Nullable String id, @Nullable String url,
      @Nullable String title, @Nullable String outlet, @Nullable String author, @Nullable String published) {
    if (content.isBlank()) {
      throw new ApiError(400, "article text is blank");
    }
    String docId = id == null || id.isBlank() ? "api-" + sha(content).substring(0, 16) : id.strip();
    if (!ID.matcher(docId).matches()) {
      throw new ApiError(400, "invalid id '" + docId + "': 1-100 characters of letters, digits, '.', '_', '~', '-'");
    }
    Optional<LocalDate> date;
    try {
      date = Optional.ofNullable(published).filter(s -> !s.isBlank()).map(s -> LocalDate.parse(s.strip()));
    } catch (DateTimeParseException e) {
      throw new ApiError(400, "invalid published date '" + published + "' (expected YYYY-MM-DD)");
    }
    RawDocument.Hints hints = new RawDocument.Hints(opt(title), opt(outlet), date, opt(author));
    return new RawDocument(docId, "api:" + docId, html ? SourceFormat.HTML : SourceFormat.TEXT, html, content,
        opt(url), hints);
  }

  private static Optional<String> opt(@Nullable String s) {
    return Optional.ofNullable(s).map(String::strip).filter(x -> !x.isEmpty());
  }

  private static @Nullable String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  @SafeVarargs
  private static <T> @Nullable T firstNonNull(@Nullable T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String sha(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
