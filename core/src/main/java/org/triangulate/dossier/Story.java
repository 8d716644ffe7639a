package org.triangulate.dossier;

import java.util.List;
import java.util.Objects;

/**
 * A story arc: events linked across weeks or months by shared actors and topic.
 *
 * @param timeline the story's events and dated background facts, oldest first
 */
public record Story(String id, String title, List<String> events, List<TimelineEntry> timeline) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    events = List.copyOf(events);
    timeline = timeline == null ? List.of() : List.copyOf(timeline);
  }

  /** A story without a timeline. */
  public Story(String id, String title, List<String> events) {
    this(id, title, events, List.of());
  }
}
