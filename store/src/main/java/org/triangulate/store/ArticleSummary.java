package org.triangulate.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An article as listed (no body). */
public record ArticleSummary(String id, String title, Optional<String> outlet, Optional<LocalDate> published,
    Optional<String> byline, String origin) {
  public ArticleSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(origin, "origin");
  }
}
