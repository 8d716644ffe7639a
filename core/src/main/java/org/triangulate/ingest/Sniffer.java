package org.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Recognises a container format from its first bytes. */
final class Sniffer {
  private static final Pattern HTML_TAG = Pattern.compile(
      "<(!doctype\\s+html|html|head|body|p|div|article|br|span|a\\s|meta|title|h[1-6]|table|script)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)\\b", Pattern.CASE_INSENSITIVE);

  private Sniffer() {}

  static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return isGzip(in.readNBytes(2));
    }
  }

  /** WARC, plain or gzip-compressed (per-record gzip members start with a WARC header too). */
  static boolean isWarc(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    if (isGzip(head)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        head = in.readNBytes(8);
      } catch (IOException e) {
        return false;
      }
    }
    return startsWith(head, "WARC/");
  }

  /**
   * Like {@link #isWarc(Path)} for a stream that supports mark/reset: peeks at most {@code limit}
   * bytes and rewinds, so the caller reads from the start.
   */
  static boolean isWarc(InputStream in, int limit) throws IOException {
    in.mark(limit);
    try {
      byte[] head = in.readNBytes(8);
      if (isGzip(head)) {
        in.reset();
        InputStream noClose = new java.io.FilterInputStream(in) {
          @Override
          public void close() {}
        };
        try (InputStream gz = new GZIPInputStream(noClose, 512)) {
          head = gz.readNBytes(8);
        } catch (IOException e) {
          return false;
        }
      }
      return startsWith(head, "WARC/");
    } finally {
      in.reset();
    }
  }

  static boolean startsWith(byte[] b, String ascii) {
    byte[] p = ascii.getBytes(StandardCharsets.US_ASCII);
    if (b.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (b[i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  /** Format of decoded text content (never WARC: that is recognised on bytes). */
  static SourceFormat sniffText(String text, String nameHint) {
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    String trimmed = head.stripLeading();
    String lowerName = nameHint.toLowerCase(Locale.ROOT);
    if (trimmed.startsWith("{") && looksLikeJsonLine(trimmed)) {
      return SourceFormat.JSONL;
    }
    // a JSON-lines file whose first line is broken is still JSON lines: the name breaks the tie, so
    // each bad line is reported instead of the whole file being read as one text article
    if (lowerName.matches(".*\\.(jsonl|ndjson)(\\.gz)?$")) {
      return SourceFormat.JSONL;
    }
    if ((trimmed.startsWith("<?xml") || trimmed.startsWith("<")) && FEED_ROOT.matcher(head).find()
        && !head.toLowerCase(Locale.ROOT).contains("<html")) {
      return SourceFormat.FEED;
    }
    if (trimmed.startsWith("<") || countHtmlTags(head) >= 3
        || (lowerName.matches(".*\\.(x?html?)(\\.gz)?$") && countHtmlTags(head) >= 1)) {
      return SourceFormat.HTML;
    }
    return SourceFormat.TEXT;
  }

  private static boolean looksLikeJsonLine(String trimmed) {
    int nl = trimmed.indexOf('\n');
    String first = (nl < 0 ? trimmed : trimmed.substring(0, nl)).strip();
    return first.endsWith("}") || nl < 0;
  }

  private static int countHtmlTags(String head) {
    int n = 0;
    var m = HTML_TAG.matcher(head);
    while (m.find() && n < 3) {
      n++;
    }
    return n;
  }
}
