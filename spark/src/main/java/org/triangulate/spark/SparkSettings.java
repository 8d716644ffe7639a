package org.triangulate.spark;

/**
 * Tuning of the Spark job; the pipeline's own thresholds stay in the core settings records.
 *
 * @param tasksPerCore input files are spread over {@code tasksPerCore × defaultParallelism} read-and-
 *     clean tasks (never more tasks than files): more tasks even out files of unequal size, fewer save
 *     per-task overhead. 3 kept both cores busy to the end on the 100k-document benchmark corpus
 *     (200 files) without measurable overhead.
 */
public record SparkSettings(int tasksPerCore) {
  public static final SparkSettings DEFAULTS = new SparkSettings(3);

  public SparkSettings {
    if (tasksPerCore < 1) {
      throw new IllegalArgumentException("tasksPerCore must be >= 1: " + tasksPerCore);
    }
  }
}
