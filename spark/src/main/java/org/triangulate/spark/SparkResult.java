package org.triangulate.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.triangulate.article.Article;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierJson;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;

/**
 * What one {@link SparkPipeline} run produced, as lazy Datasets plus collectors for the driver.
 *
 * <p>{@link #articles()} has the {@link Article} fields as columns ({@code published} a date,
 * {@code removed} an array) plus {@code file_index} and {@code seq}, which order rows as the
 * single-machine pipeline orders them. {@link #problems()} has {@code source} and {@code reason}.
 * The {@code collect…} and {@link #dossier()} methods bring everything to the driver: use them for
 * results that fit in its memory, and {@link #writeParquet(String)} for the rest.
 */
public final class SparkResult {
  private final SparkSession spark;
  private final Dataset<Row> articles;
  private final Dataset<Row> problems;
  private final Dataset<Row> cached;

  SparkResult(SparkSession spark, Dataset<Row> articles, Dataset<Row> problems, Dataset<Row> cached) {
    this.spark = spark;
    this.articles = articles;
    this.problems = problems;
    this.cached = cached;
  }

  public Dataset<Row> articles() {
    return articles;
  }

  public Dataset<Row> problems() {
    return problems;
  }

  /** The cleaned articles in input order, as the core records (sorted on the driver: no shuffle). */
  public List<Article> collectArticles() {
    List<Row> rows = new ArrayList<>(articles.collectAsList());
    rows.sort(INPUT_ORDER);
    List<Article> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(Rows.toArticle(r));
    }
    return out;
  }

  /** Every problem in input order, as the single-machine pipeline reports them. */
  public List<IngestProblem> collectProblems() {
    List<Row> rows = new ArrayList<>(problems.collectAsList());
    rows.sort(INPUT_ORDER);
    List<IngestProblem> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(new IngestProblem(r.getString(r.fieldIndex("source")), r.getString(r.fieldIndex("reason"))));
    }
    return out;
  }

  private static final Comparator<Row> INPUT_ORDER = Comparator
      .<Row>comparingInt(r -> r.getInt(r.fieldIndex("file_index")))
      .thenComparingInt(r -> r.getInt(r.fieldIndex("seq")));

  /** The dossier (the JSON contract's record), assembled on the driver by the core pipeline. */
  public Dossier dossier() {
    return Pipeline.withDefaults().analyse(collectArticles(), collectProblems(), PipelineListener.NONE).dossier();
  }

  /** Writes {@code articles/} and {@code problems/} as Parquet under {@code dir} (any Hadoop URI), replacing them. */
  public void writeParquet(String dir) {
    Objects.requireNonNull(dir, "dir");
    articles.write().mode(SaveMode.Overwrite).parquet(dir + "/articles");
    problems.write().mode(SaveMode.Overwrite).parquet(dir + "/problems");
  }

  /** Writes {@link #dossier()} as JSON to {@code file} (any Hadoop URI). */
  public void writeDossierJson(String file) {
    Dossier dossier = dossier();
    Path path = new Path(file);
    try (FSDataOutputStream out = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).create(path, true);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      DossierJson.write(dossier, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Releases the cached cleaned records. */
  public void release() {
    cached.unpersist();
  }
}
