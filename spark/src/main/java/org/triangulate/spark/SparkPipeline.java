package org.triangulate.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Front door of the Spark job: input paths (any Hadoop file system) in, a {@link SparkResult} out.
 *
 * <p>Stages: the driver lists the input files ({@link InputListing}); tasks read and clean them in
 * parallel with the core code ({@link CleanTask}); the few ids that occur more than once are resolved
 * on the driver by the single-machine rule ({@link UniqueIds}) and the decision is broadcast back.
 * Bodies are never shuffled for this; the cleaned records are cached for the later stages and outputs.
 *
 * <p>A bad file or document becomes a problem record, exactly as the single-machine pipeline reports
 * it; the job goes on.
 */
public final class SparkPipeline {
  private final SparkSession spark;
  private final SparkSettings settings;
  private final WindowedGrouping events;

  /** With the default event stage ({@link WindowedGrouping#DEFAULTS}). */
  public SparkPipeline(SparkSession spark, SparkSettings settings) {
    this(spark, settings, WindowedGrouping.DEFAULTS);
  }

  /** @param events the windowed clustering of the event stage ({@link SparkResult#clustering()}) */
  public SparkPipeline(SparkSession spark, SparkSettings settings, WindowedGrouping events) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.events = Objects.requireNonNull(events, "events");
  }

  /** Lists, reads and cleans {@code inputs} (files or directories, paths or URIs). Lazy apart from the listing. */
  public SparkResult run(List<String> inputs) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    InputListing.Listing listing = InputListing.list(inputs, jsc.hadoopConfiguration());
    List<InputFile> files = listing.files();
    int slices = Math.max(1, Math.min(files.size(), settings.tasksPerCore() * jsc.defaultParallelism()));
    JavaRDD<Row> rows = jsc.parallelize(files, slices)
        .mapPartitions(new CleanTask(new HadoopConf(jsc.hadoopConfiguration())));
    Dataset<Row> cleaned = spark.createDataFrame(rows, Rows.CLEANED).persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> resolved = resolveIds(cleaned);
    Dataset<Row> articles = resolved.filter(col("kind").equalTo(Rows.ARTICLE))
        .select(col("id"), col("origin"), col("url"), col("title"), col("outlet"), col("published"),
            col("byline"), col("dateline"), col("body"), col("removed"), col("file_index"), col("seq"));
    Dataset<Row> problems = resolved.filter(col("kind").equalTo(Rows.PROBLEM))
        .select(col("file_index"), col("seq"), col("origin").as("source"), col("reason"))
        .unionByName(listingProblems(listing));
    return new SparkResult(spark, articles, problems, cleaned, events);
  }

  /** Applies {@link UniqueIds} to the repeated raw ids; adds column {@code id}, drops repeats. */
  private Dataset<Row> resolveIds(Dataset<Row> cleaned) {
    Dataset<Row> keyed = cleaned.filter(col("raw_id").isNotNull());
    Dataset<Row> repeated = keyed.groupBy("raw_id").count().filter(col("count").gt(1)).select("raw_id");
    List<UniqueIds.Occurrence> occurrences = new ArrayList<>();
    for (Row r : keyed.select("raw_id", "file_index", "seq", "content_digest").join(repeated, "raw_id")
        .collectAsList()) {
      occurrences.add(new UniqueIds.Occurrence(r.getString(0), r.getInt(1), r.getInt(2), r.getString(3)));
    }
    List<Row> decisions = new ArrayList<>();
    for (UniqueIds.Decision d : UniqueIds.decide(occurrences)) {
      decisions.add(RowFactory.create(d.fileIndex(), d.seq(), d.id(), d.drop()));
    }
    StructType schema = new StructType()
        .add("d_file", DataTypes.IntegerType, false)
        .add("d_seq", DataTypes.IntegerType, false)
        .add("d_id", DataTypes.StringType, true)
        .add("d_drop", DataTypes.BooleanType, false);
    Dataset<Row> decided = spark.createDataFrame(decisions, schema);
    return cleaned.join(broadcast(decided),
            col("file_index").equalTo(col("d_file")).and(col("seq").equalTo(col("d_seq"))), "left")
        .filter(coalesce(col("d_drop"), lit(false)).equalTo(false))
        .withColumn("id", coalesce(col("d_id"), col("raw_id")))
        .drop("d_file", "d_seq", "d_id", "d_drop");
  }

  private Dataset<Row> listingProblems(InputListing.Listing listing) {
    List<Row> rows = new ArrayList<>();
    for (InputListing.Positioned p : listing.problems()) {
      rows.add(RowFactory.create(p.index(), 0, p.problem().source(), p.problem().reason()));
    }
    StructType schema = new StructType()
        .add("file_index", DataTypes.IntegerType, false)
        .add("seq", DataTypes.IntegerType, false)
        .add("source", DataTypes.StringType, false)
        .add("reason", DataTypes.StringType, true);
    return spark.createDataFrame(rows, schema);
  }
}
