package org.triangulate.dossier;

import java.util.Locale;

/** Output formats of {@link DossierWriter}. */
public enum DossierFormat {
  JSON,
  MARKDOWN,
  /** One self-contained HTML page: inline CSS and SVG, no scripts, no external resources. */
  HTML,
  /** A table (RFC 4180), by default the incident table ({@link DossierTable#EVENTS}). */
  CSV,
  /** JSON lines: one object per article, event and story, each tagged with its {@code "record"} kind. */
  JSONL;

  /** Parses "json", "markdown" or "md", "html" or "htm", "csv", "jsonl" or "ndjson", ignoring case. */
  public static DossierFormat parse(String name) {
    String given = name.strip().toLowerCase(Locale.ROOT);
    String n = switch (given) {
      case "md" -> "markdown";
      case "htm" -> "html";
      case "ndjson" -> "jsonl";
      default -> given;
    };
    for (DossierFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown dossier format '" + name + "' (expected json, markdown, html, csv or jsonl)");
  }
}
