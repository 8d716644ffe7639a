package org.triangulate.dossier;

import java.util.Locale;

/** Output formats of {@link DossierWriter}. */
public enum DossierFormat {
  JSON,
  MARKDOWN;

  /** Parses "json", "markdown" or "md", ignoring case. */
  public static DossierFormat parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("md")) {
      return MARKDOWN;
    }
    for (DossierFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown dossier format '" + name + "' (expected json or markdown)");
  }
}
