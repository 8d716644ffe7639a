package org.triangulate.store;

import java.util.List;
import org.triangulate.ingest.IngestProblem;

/**
 * What one {@link Store#ingest} call did.
 *
 * @param stored every article read, with its outcome, in input order
 * @param reanalysed whether events, claims and stories were recomputed (something changed)
 * @param totalArticles articles in the store afterwards
 * @param totalEvents events in the store afterwards
 */
public record IngestReport(List<StoredArticle> stored, List<IngestProblem> problems, boolean reanalysed,
    int totalArticles, int totalEvents) {
  public IngestReport {
    stored = List.copyOf(stored);
    problems = List.copyOf(problems);
  }

  public long count(StoredArticle.Outcome outcome) {
    return stored.stream().filter(s -> s.outcome() == outcome).count();
  }
}
