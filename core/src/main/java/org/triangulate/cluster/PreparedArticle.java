package org.triangulate.cluster;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.triangulate.article.Article;

/**
 * An article with its clustering features computed (terms, entities, date votes, embedding), made by
 * {@link EventClusterer#prepare(Article)}. Preparing is the expensive part (the embedding) and is
 * thread-safe, so callers may prepare on several threads and {@link EventClusterer#add add} in stream
 * order on one. Opaque: its contents are an implementation detail.
 */
public final class PreparedArticle {
  final Article article;
  final List<String> terms;
  final List<String> titleTerms;
  final List<String> entityKeys;
  final Map<String, Integer> locations;
  final DayVotes days;
  final float @Nullable [] embedding;

  PreparedArticle(Article article, List<String> terms, List<String> titleTerms, List<String> entityKeys,
      Map<String, Integer> locations, DayVotes days, float @Nullable [] embedding) {
    this.article = article;
    this.terms = List.copyOf(terms);
    this.titleTerms = List.copyOf(titleTerms);
    this.entityKeys = List.copyOf(entityKeys);
    this.locations = Map.copyOf(locations);
    this.days = days;
    this.embedding = embedding;
  }

  public Article article() {
    return article;
  }
}
