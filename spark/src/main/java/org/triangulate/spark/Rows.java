package org.triangulate.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.triangulate.article.Article;
import org.triangulate.ingest.IngestProblem;

/**
 * The row layout of the job's records and the conversions to and from the core records.
 *
 * <p>One schema serves every record the clean stage emits: an article ({@code kind = "article"}), a
 * problem with one document ({@code kind = "problem"}, {@code raw_id} set), or a problem with a whole
 * file ({@code raw_id} null). {@code file_index} and {@code seq} (the record's position inside its
 * file) give the single-machine order; {@code raw_id} and {@code content_digest} (SHA-256 of the raw content) are what the
 * single-machine pipeline uses to drop repeats and make ids unique. Dates are {@code DateType}.
 */
final class Rows {
  private Rows() {}

  /**
   * Rows made on the driver as a distributed data set, spread over the default parallelism: a local
   * relation ({@code createDataFrame(List, schema)}) travels whole inside every task that reads it, which
   * at 100k rows is megabytes per task.
   */
  static Dataset<Row> distributed(SparkSession spark, List<Row> rows, StructType schema) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(jsc.defaultParallelism(), rows.size()));
    return spark.createDataFrame(jsc.parallelize(rows, slices), schema);
  }

  static final String ARTICLE = "article";
  static final String PROBLEM = "problem";

  static final StructType CLEANED = new StructType(new StructField[] {
    DataTypes.createStructField("file_index", DataTypes.IntegerType, false),
    DataTypes.createStructField("seq", DataTypes.IntegerType, false),
    DataTypes.createStructField("kind", DataTypes.StringType, false),
    DataTypes.createStructField("raw_id", DataTypes.StringType, true),
    DataTypes.createStructField("content_digest", DataTypes.StringType, true),
    DataTypes.createStructField("origin", DataTypes.StringType, false),
    DataTypes.createStructField("url", DataTypes.StringType, true),
    DataTypes.createStructField("title", DataTypes.StringType, true),
    DataTypes.createStructField("outlet", DataTypes.StringType, true),
    DataTypes.createStructField("published", DataTypes.DateType, true),
    DataTypes.createStructField("byline", DataTypes.StringType, true),
    DataTypes.createStructField("dateline", DataTypes.StringType, true),
    DataTypes.createStructField("body", DataTypes.StringType, true),
    DataTypes.createStructField("removed", DataTypes.createArrayType(DataTypes.StringType, false), true),
    DataTypes.createStructField("reason", DataTypes.StringType, true),
  });

  static Row article(int fileIndex, int seq, String contentDigest, Article a) {
    return RowFactory.create(fileIndex, seq, ARTICLE, a.id(), contentDigest, a.origin(), a.url().orElse(null),
        a.title(), a.outlet().orElse(null), a.published().orElse(null), a.byline().orElse(null),
        a.dateline().orElse(null), a.body(), a.removed().toArray(new String[0]), null);
  }

  static Row documentProblem(int fileIndex, int seq, String rawId, String contentDigest, IngestProblem p) {
    return RowFactory.create(fileIndex, seq, PROBLEM, rawId, contentDigest, p.source(), null, null, null, null,
        null, null, null, null, p.reason());
  }

  static Row fileProblem(int fileIndex, int seq, IngestProblem p) {
    return RowFactory.create(fileIndex, seq, PROBLEM, null, null, p.source(), null, null, null, null, null, null,
        null, null, p.reason());
  }

  /** An article row (any schema with the article columns, {@code id} holding the final id) back to the core record. */
  static Article toArticle(Row r) {
    List<String> removed = new ArrayList<>(r.<String>getList(r.fieldIndex("removed")));
    return new Article(
        r.getString(r.fieldIndex("id")),
        r.getString(r.fieldIndex("origin")),
        optional(r, "url"),
        r.getString(r.fieldIndex("title")),
        optional(r, "outlet"),
        date(r.get(r.fieldIndex("published"))),
        optional(r, "byline"),
        optional(r, "dateline"),
        r.getString(r.fieldIndex("body")),
        removed);
  }

  static IngestProblem toProblem(Row r) {
    return new IngestProblem(r.getString(r.fieldIndex("origin")), r.getString(r.fieldIndex("reason")));
  }

  private static Optional<String> optional(Row r, String field) {
    return Optional.ofNullable(r.getString(r.fieldIndex(field)));
  }

  /** DateType comes back as {@link LocalDate} or {@link java.sql.Date} depending on {@code spark.sql.datetime.java8API.enabled}. */
  private static Optional<LocalDate> date(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof LocalDate d) {
      return Optional.of(d);
    }
    if (value instanceof java.sql.Date d) {
      return Optional.of(d.toLocalDate());
    }
    throw new IllegalStateException("unexpected date value " + value.getClass().getName());
  }
}
