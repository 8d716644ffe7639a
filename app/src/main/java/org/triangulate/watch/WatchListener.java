package org.triangulate.watch;

import org.triangulate.ingest.IngestProblem;
import org.triangulate.store.StoredArticle;

/** What a {@link Watcher} did, as it happens; every method is optional. Called on the watching thread. */
public interface WatchListener {
  WatchListener NONE = new WatchListener() {};

  /**
   * A feed or sitemap was asked for: its HTTP status (304: unchanged since the last pass), how many
   * pages it lists and how many of those are new (neither stored nor given up).
   */
  default void onSource(String url, int status, int listed, int fresh) {}

  /** A page or source was not fetched, and why (robots.txt, given up, this pass's budget spent). */
  default void onSkipped(String url, String reason) {}

  /** A page was fetched: its HTTP status and body size. */
  default void onFetched(String url, int status, int bytes) {}

  /** An article is durably in the store. */
  default void onStored(StoredArticle article) {}

  /** A source or page could not be used (HTTP error, timeout, too large, not a page, unreadable). */
  default void onProblem(IngestProblem problem) {}

  /** A pass over every source ended. */
  default void onPass(Watcher.Pass pass) {}
}
