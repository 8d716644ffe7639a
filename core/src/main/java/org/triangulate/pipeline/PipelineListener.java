package org.triangulate.pipeline;

import org.triangulate.article.Article;
import org.triangulate.ingest.IngestProblem;

/** Progress and problems of a {@link Pipeline} run; every method has a do-nothing default. */
public interface PipelineListener {
  PipelineListener NONE = new PipelineListener() {};

  /** An input file or record that could not be read or cleaned; the run goes on. */
  default void onProblem(IngestProblem problem) {}

  /** One more article cleaned. */
  default void onArticle(Article article) {}

  /** A named stage begins ("provenance", "events", …), with the number of items it will process. */
  default void onStage(String stage, int items) {}
}
