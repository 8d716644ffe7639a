package org.triangulate.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text: byte-order mark, then a declared charset (HTML meta, XML prolog, HTTP header),
 * then strict UTF-8, then windows-1252 (which maps every byte). Rejects binary content.
 */
final class TextDecoding {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * Decodes {@code bytes}, preferring {@code declared} (e.g. from an HTTP Content-Type) when given.
   *
   * @throws IngestException if the content is binary (NUL bytes or too many control characters)
   */
  static String decode(byte[] bytes, Optional<String> declared, double maxControlRatio) {
    rejectBinary(bytes, maxControlRatio);
    int bomLength = 0;
    Charset bom = null;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      bom = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      bom = StandardCharsets.UTF_16BE;
      bomLength = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      bom = StandardCharsets.UTF_16LE;
      bomLength = 2;
    }
    if (bom != null) {
      return new String(bytes, bomLength, bytes.length - bomLength, bom);
    }
    Optional<Charset> charset = declared.flatMap(TextDecoding::charset);
    if (charset.isEmpty()) {
      String ascii = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      charset = find(META_CHARSET, ascii).or(() -> find(XML_ENCODING, ascii)).flatMap(TextDecoding::charset);
    }
    if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
      return new String(bytes, charset.get());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  /** Charset named in a Content-Type value such as {@code text/html; charset=ISO-8859-1}. */
  static Optional<String> charsetParameter(String contentType) {
    Matcher m = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE)
        .matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<String> find(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> charset(String name) {
    try {
      String n = name.toLowerCase(Locale.ROOT);
      // browsers treat these labels as windows-1252
      if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
        return Optional.of(WINDOWS_1252);
      }
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static void rejectBinary(byte[] bytes, double maxControlRatio) {
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF);
    if (utf16) {
      return;
    }
    int n = Math.min(bytes.length, 65536);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new IngestException("binary content (NUL byte at offset " + i + ")");
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    if (n > 0 && (double) control / n > maxControlRatio) {
      throw new IngestException(String.format(Locale.ROOT,
          "binary content (%d control bytes in the first %d)", control, n));
    }
  }
}
