package org.triangulate.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A real-world event reported by one or more articles.
 *
 * @param date first day of the event (not the publication date)
 * @param endDate last day, for multi-day events
 * @param story id of the story arc the event belongs to
 * @param articles ids of the reporting articles
 * @param copyGraph derivations among the event's articles (copies and rewrites count once)
 */
public record Event(
    String id,
    String title,
    Optional<LocalDate> date,
    Optional<LocalDate> endDate,
    Optional<String> location,
    String story,
    List<String> articles,
    List<EntityRef> entities,
    List<Claim> claims,
    List<SummarySentence> summary,
    CopyGraph copyGraph) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(story, "story");
    articles = List.copyOf(articles);
    entities = List.copyOf(entities);
    claims = List.copyOf(claims);
    summary = List.copyOf(summary);
    copyGraph = copyGraph == null ? CopyGraph.EMPTY : copyGraph; // absent in dossiers written before it existed
  }

  /** An event without a copy graph. */
  public Event(String id, String title, Optional<LocalDate> date, Optional<LocalDate> endDate,
      Optional<String> location, String story, List<String> articles, List<EntityRef> entities,
      List<Claim> claims, List<SummarySentence> summary) {
    this(id, title, date, endDate, location, story, articles, entities, claims, summary, CopyGraph.EMPTY);
  }
}
