package org.triangulate.cluster;

import java.util.Objects;

/**
 * Where {@link EventClusterer#add} put an article.
 *
 * @param articleId the article
 * @param eventId the event it joined or started
 * @param created true when the article started a new event
 * @param score the join score against the chosen event (0 for a new event, 1 for a copy collapsed
 *     onto its source)
 */
public record Assignment(String articleId, String eventId, boolean created, double score) {
  public Assignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(eventId, "eventId");
  }
}
