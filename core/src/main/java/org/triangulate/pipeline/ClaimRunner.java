package org.triangulate.pipeline;

import java.util.List;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.dedup.ProvenanceReport;
import org.triangulate.dossier.Event;

/**
 * Where a {@link Pipeline} computes the claim stage's per-event work ({@link EventClaims#of}); the
 * default computes it in this JVM, event after event. The pipeline assembles the outcomes into the
 * dossier (story timelines) the same way whoever computed them.
 */
@FunctionalInterface
public interface ClaimRunner {
  /**
   * One outcome per event of {@code events}, in the same order.
   *
   * @param events the dossier's events, entities filled, claims not yet
   * @param articles every analysed article, in input order
   * @param provenance the provenance stage's report over {@code articles}
   */
  List<EventClaims.Outcome> run(List<Event> events, List<AnalyzedArticle> articles, ProvenanceReport provenance);
}
