/**
 * The pipeline as an Apache Spark job, for corpora beyond one machine. Front door
 * {@link org.triangulate.spark.SparkPipeline}; command line {@link org.triangulate.spark.SparkJob}
 * (launched by {@code bin/triangulate-spark}).
 *
 * <p>Every per-document step runs the core code unchanged (the {@code Ingestor} on each input file, the
 * {@code ArticleExtractor} on each document, the steps of core {@code WindowedClustering} per window,
 * boundary and story pass), so the job's results equal the single-machine {@code Pipeline}'s (with
 * windowed event clustering); Spark only decides where that code runs and how results are regrouped.
 */
@NullMarked
package org.triangulate.spark;

import org.jspecify.annotations.NullMarked;
