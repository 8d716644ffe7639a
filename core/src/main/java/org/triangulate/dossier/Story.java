package org.triangulate.dossier;

import java.util.List;
import java.util.Objects;

/** A story arc: events linked across weeks or months by shared actors and topic. */
public record Story(String id, String title, List<String> events) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    events = List.copyOf(events);
  }
}
