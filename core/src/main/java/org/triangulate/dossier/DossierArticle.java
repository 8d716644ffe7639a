package org.triangulate.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One article as the dossier shows it; {@code derivedFrom} lists the texts it was copied or rewritten from. */
public record DossierArticle(
    String id,
    String title,
    Optional<String> outlet,
    Optional<LocalDate> published,
    Optional<String> byline,
    String body,
    List<Derivation> derivedFrom,
    String origin,
    Optional<String> url,
    Optional<String> dateline,
    List<String> removed) {

  public DossierArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    derivedFrom = List.copyOf(derivedFrom);
    removed = List.copyOf(removed);
  }
}
