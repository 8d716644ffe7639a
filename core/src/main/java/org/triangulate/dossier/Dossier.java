package org.triangulate.dossier;

import java.util.List;

/**
 * The dossier: articles with their provenance, events with entities, claims and a cited summary,
 * story arcs, and the copy graph of the whole corpus (who copied whom). Serialised by
 * {@link DossierJson} with snake_case names; that JSON shape is a contract other tools read (see
 * README), so components are only ever added, never renamed.
 */
public record Dossier(List<DossierArticle> articles, List<Event> events, List<Story> stories, CopyGraph copyGraph) {
  public Dossier {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    stories = List.copyOf(stories);
    copyGraph = copyGraph == null ? CopyGraph.EMPTY : copyGraph; // absent in dossiers written before it existed
  }

  /** A dossier without provenance groups. */
  public Dossier(List<DossierArticle> articles, List<Event> events, List<Story> stories) {
    this(articles, events, stories, CopyGraph.EMPTY);
  }
}
