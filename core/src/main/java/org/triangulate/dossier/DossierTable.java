package org.triangulate.dossier;

import java.util.Locale;

/** The tables of {@link DossierFormat#CSV}: one row per event (the incident table) or one per claim. */
public enum DossierTable {
  /**
   * One row per event: dates, place, actors, each typed figure of {@link Claim#SLOTS} with its status,
   * source counts, story.
   */
  EVENTS,
  /** One row per claim: its event, text, slot and value, status, competing values and updates, sources. */
  CLAIMS;

  /** Parses "events" or "claims", ignoring case. */
  public static DossierTable parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (DossierTable t : values()) {
      if (t.name().toLowerCase(Locale.ROOT).equals(n)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown table '" + name + "' (expected events or claims)");
  }
}
