package org.triangulate.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Stable ids: file stems for files, short SHA-256 hashes of URLs for records. */
final class Ids {
  private static final String[] EXTENSIONS = {
    ".warc.gz", ".jsonl.gz", ".html.gz", ".txt.gz", ".xml.gz", ".gz", ".warc", ".jsonl", ".ndjson",
    ".json", ".html", ".htm", ".xhtml", ".txt", ".text", ".rss", ".atom", ".xml"
  };

  private Ids() {}

  /** The file name without its (possibly double) extension: {@code 001_ab.txt} gives {@code 001_ab}. */
  static String stem(Path file) {
    Path name = file.getFileName();
    String n = name == null ? file.toString() : name.toString();
    String lower = n.toLowerCase(Locale.ROOT);
    for (String ext : EXTENSIONS) {
      if (lower.endsWith(ext) && lower.length() > ext.length()) {
        return n.substring(0, n.length() - ext.length());
      }
    }
    return n;
  }

  /** First 16 hex digits of SHA-256 of the text: collisions are negligible below billions of records. */
  static String hash(String text) {
    return sha256Hex(text).substring(0, 16);
  }

  /** SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits. */
  static String sha256Hex(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** A record id that is safe in file names and URLs: letters, digits, {@code -_.} kept, the rest hashed. */
  static String sanitize(String raw) {
    String s = raw.strip();
    if (!s.isEmpty() && s.length() <= 80 && s.matches("[A-Za-z0-9._-]+")) {
      return s;
    }
    return hash(s);
  }
}
