package org.triangulate.spark;

import java.io.Serializable;
import org.triangulate.cluster.WindowSettings;
import org.triangulate.cluster.WindowedClustering;

/**
 * Makes the {@link WindowedClustering} the job's event stage runs, on the driver and on every
 * executor (so it must be serializable: capture only plain values and {@link WindowSettings}).
 */
@FunctionalInterface
public interface WindowedGrouping extends Serializable {
  WindowedClustering get();

  /** {@link WindowedClustering#withDefaults()}: default windows, text dates and MiniLM embeddings. */
  WindowedGrouping DEFAULTS = WindowedClustering::withDefaults;

  /** {@code window} around the default clusterer (text dates, MiniLM embeddings). */
  static WindowedGrouping of(WindowSettings window) {
    return () -> WindowedClustering.withDefaults(window);
  }

  /** {@code window} around a clusterer with text dates and lexical features only (no embeddings; faster). */
  static WindowedGrouping lexical(WindowSettings window) {
    return () -> WindowedClustering.lexical(window);
  }
}
