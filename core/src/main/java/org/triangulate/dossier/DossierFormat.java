package org.triangulate.dossier;

import java.util.Locale;

/** Output formats of {@link DossierWriter}. */
public enum DossierFormat {
  JSON,
  MARKDOWN,
  /** One self-contained HTML page: inline CSS and SVG, no scripts, no external resources. */
  HTML;

  /** Parses "json", "markdown" or "md", "html" or "htm", ignoring case. */
  public static DossierFormat parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("md")) {
      return MARKDOWN;
    }
    if (n.equals("htm")) {
      return HTML;
    }
    for (DossierFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown dossier format '" + name + "' (expected json, markdown or html)");
  }
}
