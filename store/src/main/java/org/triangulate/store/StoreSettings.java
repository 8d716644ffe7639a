package org.triangulate.store;

/**
 * Store tuning.
 *
 * @param readConnections SQLite connections kept open for concurrent reads (WAL lets readers run
 *     beside the single writer); more than the number of cores gains nothing
 * @param busyTimeoutMillis how long a connection waits for a lock held by another process before
 *     failing, in milliseconds
 * @param semanticSearch whether to embed documents for kNN search (loads the MiniLM model, ~1 s)
 */
public record StoreSettings(int readConnections, int busyTimeoutMillis, boolean semanticSearch) {

  /** 4 readers, 10 s busy timeout, semantic search on. */
  public static final StoreSettings DEFAULTS = new StoreSettings(4, 10_000, true);

  public StoreSettings {
    if (readConnections < 1 || busyTimeoutMillis < 0) {
      throw new IllegalArgumentException("readConnections must be >= 1 and busyTimeoutMillis >= 0: "
          + readConnections + ", " + busyTimeoutMillis);
    }
  }
}
