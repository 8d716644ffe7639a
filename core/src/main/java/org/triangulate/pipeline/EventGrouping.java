package org.triangulate.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.triangulate.article.Article;
import org.triangulate.cluster.Clustering;

/**
 * How a {@link Pipeline} groups articles into events and story arcs. The default feeds every article
 * to one online {@link org.triangulate.cluster.EventClusterer}; {@link
 * org.triangulate.cluster.WindowedClustering#cluster} is the per-time-window alternative a cluster can
 * run in parallel (see {@link Pipeline#withEventGrouping}).
 */
@FunctionalInterface
public interface EventGrouping {
  /**
   * @param articles the cleaned articles in stream (input) order
   * @param sourceOf the article each one copies, nearly duplicates or paraphrases (its strongest such
   *     provenance link; partial reuse does not count), empty for originals
   */
  Clustering group(List<Article> articles, Function<String, Optional<String>> sourceOf);
}
