package org.triangulate.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world event found by the {@link EventClusterer}.
 *
 * @param id "e1", "e2", … in order of creation (stable while articles are added)
 * @param title the headline of the member that best matches the event's words
 * @param date first day of the event as its articles report it (not a publication date, unless that
 *     is all the articles give)
 * @param endDate last day; equal to {@code date} for one-day events, present whenever {@code date} is
 * @param location the most frequent dateline of the members, else the most frequent place entity
 * @param story id of the story arc
 * @param articles member article ids in the order they were added
 */
public record ClusteredEvent(
    String id,
    String title,
    Optional<LocalDate> date,
    Optional<LocalDate> endDate,
    Optional<String> location,
    String story,
    List<String> articles) {

  public ClusteredEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(endDate, "endDate");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(story, "story");
    articles = List.copyOf(articles);
    if (date.isPresent() != endDate.isPresent()) {
      throw new IllegalArgumentException("event " + id + ": date and endDate must both be present or both absent");
    }
  }
}
