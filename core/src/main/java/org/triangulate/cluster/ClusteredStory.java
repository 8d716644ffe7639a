package org.triangulate.cluster;

import java.util.List;
import java.util.Objects;

/**
 * A story arc: events linked across weeks or months by shared actors and topic.
 *
 * @param id "s1", "s2", … in order of the story's earliest-created event
 * @param title the title of its largest event (the earliest on a tie)
 * @param events member event ids in creation order
 */
public record ClusteredStory(String id, String title, List<String> events) {
  public ClusteredStory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    events = List.copyOf(events);
  }
}
