/**
 * The {@code spark} benchmark: the Spark job against the single-JVM pipeline on a generated corpus, and
 * the per-stage measurements behind the scaling estimate ({@code SparkBench}); and {@code spark-windowing},
 * what time windows cost when reports trail their event ({@code WindowingBench}). Kept in the spark module so the bench module
 * stays free of Spark; writes its section of docs/BENCHMARKS.md through the bench module's Report.
 */
@NullMarked
package org.triangulate.spark.bench;

import org.jspecify.annotations.NullMarked;
