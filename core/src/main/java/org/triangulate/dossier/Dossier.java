package org.triangulate.dossier;

import java.util.List;

/**
 * The dossier: articles with their provenance, events with entities, claims and a cited summary,
 * and story arcs. Serialised by {@link DossierJson} with snake_case names; that JSON shape is a
 * contract other tools read (see README), so components are only ever added, never renamed.
 */
public record Dossier(List<DossierArticle> articles, List<Event> events, List<Story> stories) {
  public Dossier {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    stories = List.copyOf(stories);
  }
}
