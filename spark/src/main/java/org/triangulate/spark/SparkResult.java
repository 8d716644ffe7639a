package org.triangulate.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.triangulate.article.Article;
import org.triangulate.cluster.Clustering;
import org.triangulate.dedup.ProvenanceLink;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierJson;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.text.TextSettings;
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
  private final WindowedGrouping grouping;
  private DuplicateStage.@Nullable Output duplicates;
  private @Nullable Clustering clustering;

  SparkResult(SparkSession spark, Dataset<Row> articles, Dataset<Row> problems, Dataset<Row> cached,
      WindowedGrouping grouping) {
    this.spark = spark;
    this.articles = articles;
    this.problems = problems;
    this.cached = cached;
    this.grouping = grouping;
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
    return dossier(Pipeline.withDefaults());
  }

  /**
   * The dossier as {@code pipeline}'s analysis stages assemble it from this run's articles on the
   * driver, except that events and stories come from the distributed event stage ({@link EventStage},
   * core {@code WindowedClustering}) fed with the sources {@code pipeline}'s provenance stage found
   * (copies, near duplicates and paraphrases), and each event's claims are computed on the executors
   * ({@link ClaimTask}, with {@code pipeline}'s text settings). So it equals {@code
   * pipeline.withEventGrouping(windowed::cluster)} run on one machine when {@code pipeline} uses the
   * default entity extractor. Afterwards {@link #clustering()} is this dossier's.
   */
  public Dossier dossier(Pipeline pipeline) {
    List<Article> collected = collectArticles();
    Pipeline distributed = pipeline.withEventGrouping((arts, sourceOf) -> {
      if (!arts.equals(collected)) {
        throw new IllegalArgumentException("the event stage runs on this run's articles only");
      }
      Map<String, String> sources = new HashMap<>();
      for (Article a : arts) {
        sourceOf.apply(a.id()).ifPresent(s -> sources.put(a.id(), s));
      }
      Clustering c = EventStage.run(spark, articles, sources, grouping);
      synchronized (this) {
        clustering = c;
      }
      return c;
    });
    TextSettings text = pipeline.textAnalyzer().settings();
    distributed = distributed.withClaimRunner((events, arts, provenance) -> ClaimTask.run(spark, articles, events,
        provenance, text));
    return distributed.analyse(collected, collectProblems(), PipelineListener.NONE).dossier();
  }

  /**
   * Events and stories of this run, computed per time window on the executors ({@link EventStage}).
   * Unless {@link #dossier(Pipeline)} ran first (which uses its full provenance), each article's
   * source is its strongest {@link #duplicateLinks() duplicate link} (highest score, then earliest
   * source): the distributed job finds copies and near duplicates, not paraphrases.
   */
  public synchronized Clustering clustering() {
    if (clustering == null) {
      clustering = EventStage.run(spark, articles, strongestSources(collectDuplicateLinks(), inputOrder()), grouping);
    }
    return clustering;
  }

  /** {@link #clustering()}'s events: {@code id}, {@code title}, {@code date}, {@code end_date}, {@code location}, {@code story}, {@code articles}. */
  public Dataset<Row> events() {
    return EventStage.events(spark, clustering());
  }

  /** {@link #clustering()}'s stories: {@code id}, {@code title}, {@code events}. */
  public Dataset<Row> stories() {
    return EventStage.stories(spark, clustering());
  }

  /** Writes {@code events/} and {@code stories/} as Parquet under {@code dir}, replacing them. */
  public void writeEvents(String dir) {
    events().write().mode(SaveMode.Overwrite).parquet(dir + "/events");
    stories().write().mode(SaveMode.Overwrite).parquet(dir + "/stories");
  }

  private Map<String, Long> inputOrder() {
    Map<String, Long> out = new HashMap<>();
    for (Row r : articles.select(col("id"), DuplicateStage.ord().as("ord")).collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  /**
   * Derived id to the source of its strongest link: highest score, then the source earliest in
   * {@code order} (input position by id). What {@link #clustering()} feeds the event stage.
   */
  public static Map<String, String> strongestSources(List<ProvenanceLink> links, Map<String, Long> order) {
    Map<String, ProvenanceLink> best = new HashMap<>();
    for (ProvenanceLink l : links) {
      best.merge(l.derived(), l, (x, y) -> y.score() > x.score()
          || (y.score() == x.score() && order.get(y.source()) < order.get(x.source())) ? y : x);
    }
    Map<String, String> out = new HashMap<>();
    best.forEach((k, v) -> out.put(k, v.source()));
    return out;
  }

  /** Writes {@code articles/}, {@code problems/}, {@code duplicates/} (links) and {@code groups/} as Parquet under {@code dir} (any Hadoop URI), replacing them. */
  public void writeParquet(String dir) {
    Objects.requireNonNull(dir, "dir");
    articles.write().mode(SaveMode.Overwrite).parquet(dir + "/articles");
    problems.write().mode(SaveMode.Overwrite).parquet(dir + "/problems");
    duplicateLinks().write().mode(SaveMode.Overwrite).parquet(dir + "/duplicates");
    duplicateGroups().write().mode(SaveMode.Overwrite).parquet(dir + "/groups");
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

  /**
   * Exact copies and near duplicates: columns {@code derived}, {@code source}, {@code relation}
   * ({@code copy|near-duplicate}), {@code score}; link for link what core
   * {@code Provenance.nearDuplicates} finds. Computed on first use (the banding job runs then).
   */
  public Dataset<Row> duplicateLinks() {
    return duplicates().links();
  }

  /**
   * Duplicate groups, the connected components of {@link #duplicateLinks()}: columns {@code id},
   * {@code group} (the id of the group's earliest article in input order) and {@code ord}. Articles
   * without any link are in no group.
   */
  public Dataset<Row> duplicateGroups() {
    return duplicates().groups();
  }

  /** {@link #duplicateLinks()} on the driver, ordered by derived then source id. */
  public List<ProvenanceLink> collectDuplicateLinks() {
    List<ProvenanceLink> out = new ArrayList<>();
    for (Row r : duplicateLinks().collectAsList()) {
      out.add(new ProvenanceLink(r.getString(0), r.getString(1), Derivation.Relation.fromLabel(r.getString(2)),
          r.getDouble(3), List.of()));
    }
    out.sort(Comparator.comparing(ProvenanceLink::derived).thenComparing(ProvenanceLink::source));
    return out;
  }

  /** {@link #duplicateGroups()} on the driver: article id to group id. */
  public Map<String, String> collectDuplicateGroups() {
    Map<String, String> out = new TreeMap<>();
    for (Row r : duplicateGroups().collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  private synchronized DuplicateStage.Output duplicates() {
    if (duplicates == null) {
      duplicates = DuplicateStage.run(spark, articles);
    }
    return duplicates;
  }

  /** Releases the cached cleaned records. */
  public void release() {
    cached.unpersist();
  }
}
