package org.triangulate.store;

import java.util.Locale;
import java.util.Objects;

/**
 * The acknowledgement for one ingested article.
 *
 * @param id the id it is stored under: the pipeline's id, or with a {@code ~N} suffix when another
 *     input already uses that id for different content
 */
public record StoredArticle(String id, String origin, Outcome outcome) {
  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** What storing did: a new article, a new version of one from the same origin, or nothing (same content). */
  public enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
