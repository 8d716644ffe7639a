package org.triangulate.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An event as listed: what, when, where, and how much material backs it. */
public record EventSummary(String id, String title, Optional<LocalDate> date, Optional<LocalDate> endDate,
    Optional<String> location, String story, int articles, int claims) {
  public EventSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(story, "story");
  }
}
