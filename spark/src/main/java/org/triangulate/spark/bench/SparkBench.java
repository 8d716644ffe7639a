package org.triangulate.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.triangulate.article.Article;
import org.triangulate.dedup.Provenance;
import org.triangulate.dedup.ProvenanceLink;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.ingest.IngestListener;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.RawDocument;
import org.triangulate.bench.Report;
import org.triangulate.spark.SparkPipeline;
import org.triangulate.spark.SparkResult;
import org.triangulate.spark.SparkSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/triangulate-spark bench}: the Spark job in local mode against the single-JVM pipeline on
 * the same generated corpus, per-stage costs and shuffle sizes, and the scaling estimate derived from
 * them. Rewrites section {@code spark} of docs/BENCHMARKS.md.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Spark job vs single-JVM pipeline; writes section 'spark' of docs/BENCHMARKS.md.")
public final class SparkBench implements Callable<Integer> {
  @Option(names = "--documents", defaultValue = "100000", description = "generated articles (default: ${DEFAULT-VALUE})")
  int documents;

  @Option(names = "--per-file", defaultValue = "500", description = "articles per input file (default: ${DEFAULT-VALUE})")
  int perFile;

  @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE})")
  String master;

  @Option(names = "--work", defaultValue = "spark/target/bench", description = "scratch directory (default: ${DEFAULT-VALUE})")
  Path work;

  @Option(names = "--report", defaultValue = "docs/BENCHMARKS.md", description = "report file (default: ${DEFAULT-VALUE})")
  Path report;

  public static void main(String[] args) {
    int code = new CommandLine(new SparkBench()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** One measured stage: wall time and what Spark reported for it. */
  record Stage(String name, double seconds, long shuffleBytes, long shuffleRecords, double taskSeconds, double cpuSeconds) {}

  @Override
  public Integer call() throws IOException {
    deleteRecursively(work);
    Path corpus = work.resolve("corpus");
    long t0 = System.nanoTime();
    SyntheticCorpus.Written written = new SyntheticCorpus(documents, perFile, 10, 20240301L).write(corpus);
    double genSeconds = secondsSince(t0);
    System.err.printf(Locale.ROOT, "generated %d documents in %d files (%.1f MB) in %.1f s%n", written.documents(),
        written.files().size(), written.bytes() / 1e6, genSeconds);

    // single JVM, the same work with the same core code: ingest + clean (one thread, as the Pipeline
    // does; the corpus has unique ids, so no id rule is needed), then core nearDuplicates (parallel streams)
    t0 = System.nanoTime();
    List<Article> singleArticles = new ArrayList<>();
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    Ingestor.withDefaults().ingest(List.of(corpus), new IngestListener() {
      @Override
      public void onDocument(RawDocument document) {
        singleArticles.add(extractor.extract(document));
      }

      @Override
      public void onProblem(IngestProblem problem) {
        throw new IllegalStateException("generated corpus unreadable: " + problem);
      }
    });
    double singleCleanSeconds = secondsSince(t0);
    long t1 = System.nanoTime();
    List<ProvenanceLink> singleLinks = new ArrayList<>(Provenance.lexicalOnly().nearDuplicates(singleArticles));
    singleLinks.sort(Comparator.comparing(ProvenanceLink::derived).thenComparing(ProvenanceLink::source));
    double singleDedupSeconds = secondsSince(t1);
    double singleSeconds = secondsSince(t0);
    System.err.printf(Locale.ROOT, "single JVM: %d articles, %d links in %.1f s (clean %.1f s, dedup %.1f s)%n",
        singleArticles.size(), singleLinks.size(), singleSeconds, singleCleanSeconds, singleDedupSeconds);

    SparkSession spark = SparkSession.builder().master(master).appName("triangulate-bench")
        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    ShuffleMeter meter = new ShuffleMeter();
    spark.sparkContext().addSparkListener(meter);
    int cores = spark.sparkContext().defaultParallelism();
    List<Stage> stages = new ArrayList<>();
    boolean equal;
    boolean linksEqual;
    int linkCount;
    int groupCount;
    double sparkSeconds;
    try {
      long start = System.nanoTime();
      SparkResult result = measure(stages, meter, "list, read + clean, unique ids",
          () -> new SparkPipeline(spark, SparkSettings.DEFAULTS).run(List.of(corpus.toString())));
      measure(stages, meter, "near duplicates: fingerprints, LSH banding, confirmation, components", () -> {
        long groups = result.duplicateGroups().count();
        return groups;
      });
      measure(stages, meter, "write Parquet (articles, problems, duplicates, groups)", () -> {
        result.writeParquet(work.resolve("out").toString());
        return null;
      });
      sparkSeconds = secondsSince(start);
      List<Article> sparkArticles = measure(stages, meter, "collect articles to the driver", result::collectArticles);
      List<ProvenanceLink> sparkLinks = result.collectDuplicateLinks();
      equal = sparkArticles.equals(singleArticles);
      linksEqual = sparkLinks.equals(singleLinks);
      linkCount = sparkLinks.size();
      groupCount = new java.util.HashSet<>(result.collectDuplicateGroups().values()).size();
      result.release();
    } finally {
      spark.stop();
    }
    System.err.printf(Locale.ROOT, "spark %s: %.1f s, articles equal: %s, links equal: %s%n", master, sparkSeconds,
        equal, linksEqual);
    String md = markdown(written, singleSeconds, sparkSeconds, cores, stages, equal)
        .replace("SINGLE_SPLIT", String.format(Locale.ROOT, "clean %.1f s + near duplicates %.1f s",
            singleCleanSeconds, singleDedupSeconds))
        .replace("LINKS_LINE", String.format(Locale.ROOT, "Duplicate links (copy / near-duplicate) equal to core "
            + "`Provenance.nearDuplicates` on the same articles: **%s** (%,d links in %,d groups).",
            linksEqual ? "yes" : "NO", linkCount, groupCount));
    Report.update(report, "spark", md);
    return equal && linksEqual ? 0 : 1;
  }

  private String markdown(SyntheticCorpus.Written w, double singleSeconds, double sparkSeconds, int cores,
      List<Stage> stages, boolean equal) {
    int n = w.documents();
    StringBuilder md = new StringBuilder();
    md.append("Command: `mvn -B -q package -DskipTests && bin/triangulate-spark bench --documents ").append(n)
        .append(" --master '").append(master).append("'`\n\n");
    md.append(String.format(Locale.ROOT, "Corpus: %,d generated articles (`SyntheticCorpus`, seed 20240301) in %d files"
        + " (%d JSONL, %d gzip WARC of HTML pages), %.1f MB; %,d near-duplicate rewrites, %,d verbatim republications.%n%n",
        n, w.files().size(), w.files().size() - w.files().size() / 10, w.files().size() / 10, w.bytes() / 1e6,
        w.rewrites(), w.republications()));
    md.append("| run | wall s | docs/s |\n|---|---:|---:|\n");
    md.append(String.format(Locale.ROOT, "| single JVM (core ingest + clean on 1 thread, core `nearDuplicates` on "
        + "parallel streams; SINGLE_SPLIT) | %.1f | %,.0f |%n", singleSeconds, n / singleSeconds));
    md.append(String.format(Locale.ROOT, "| Spark `%s` (%d cores), to Parquet | %.1f | %,.0f |%n%n", master, cores,
        sparkSeconds, n / sparkSeconds));
    md.append("Spark articles equal to the single-JVM pipeline's (every field, same order): **")
        .append(equal ? "yes" : "NO").append("**. LINKS_LINE\n\n");
    md.append("Per stage (Spark, local; task s = summed executor run time over all tasks, CPU s = their summed "
        + "CPU time, which unlike wall and task time does not grow when other processes share the cores):\n\n");
    md.append("| stage | wall s | task s | CPU s | CPU ms/doc | shuffle written | shuffle records |\n"
        + "|---|---:|---:|---:|---:|---:|---:|\n");
    for (Stage s : stages) {
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.3f | %s | %,d |%n", s.name(), s.seconds(),
          s.taskSeconds(), s.cpuSeconds(), s.cpuSeconds() * 1000 / n, bytes(s.shuffleBytes()), s.shuffleRecords()));
    }
    md.append(String.format(Locale.ROOT, "%nLoad while measuring: %.1f (1-minute load average at the end; the machine "
        + "is shared, so wall times above include waiting for a core).%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    md.append('\n').append(ScalingEstimate.markdown(n, w.bytes(), stages));
    return md.toString();
  }

  private static <T> T measure(List<Stage> stages, ShuffleMeter meter, String name, Callable<T> work) {
    long[] before = settle(meter);
    long t = System.nanoTime();
    T value;
    try {
      value = work.call();
    } catch (Exception e) {
      throw new IllegalStateException(name + " failed", e);
    }
    double seconds = secondsSince(t);
    long[] after = settle(meter);
    stages.add(new Stage(name, seconds, after[0] - before[0], after[1] - before[1], (after[2] - before[2]) / 1000.0,
        (after[3] - before[3]) / 1e9));
    System.err.printf(Locale.ROOT, "  %s: %.1f s%n", name, seconds);
    return value;
  }

  /** Listener events arrive asynchronously: waits until the totals stop moving. */
  private static long[] settle(ShuffleMeter meter) {
    long[] last = meter.snapshot();
    for (int i = 0; i < 20; i++) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long[] now = meter.snapshot();
      if (java.util.Arrays.equals(now, last)) {
        return now;
      }
      last = now;
    }
    return last;
  }

  static String bytes(long b) {
    return b < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", b / 1e3) : String.format(Locale.ROOT, "%.1f MB", b / 1e6);
  }

  private static double secondsSince(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
