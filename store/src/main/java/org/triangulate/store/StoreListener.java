package org.triangulate.store;

import org.triangulate.ingest.IngestProblem;

/** Progress of {@link Store#ingest}; every method has a do-nothing default. */
public interface StoreListener {
  StoreListener NONE = new StoreListener() {};

  /**
   * An article is durably stored: its transaction has committed, so it survives a crash from here on.
   * Called once per article, in input order.
   */
  default void onStored(StoredArticle stored) {}

  /** An input that could not be read or cleaned; ingestion goes on. */
  default void onProblem(IngestProblem problem) {}

  /** A named phase begins: "analysis" (bringing events, stories and claims up to date) or "index". */
  default void onPhase(String phase) {}
}
