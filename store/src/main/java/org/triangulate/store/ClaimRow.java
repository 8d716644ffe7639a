package org.triangulate.store;

import java.util.Objects;
import org.triangulate.dossier.Claim;

/** A claim with the event it belongs to, for cross-event claim lists. */
public record ClaimRow(String eventId, String eventTitle, Claim claim) {
  public ClaimRow {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(eventTitle, "eventTitle");
    Objects.requireNonNull(claim, "claim");
  }
}
