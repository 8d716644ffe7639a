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
import org.triangulate.bench.Report;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
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
  record Stage(String name, double seconds, long shuffleBytes, long shuffleRecords, double taskSeconds) {}

  @Override
  public Integer call() throws IOException {
    deleteRecursively(work);
    Path corpus = work.resolve("corpus");
    long t0 = System.nanoTime();
    SyntheticCorpus.Written written = new SyntheticCorpus(documents, perFile, 10, 20240301L).write(corpus);
    double genSeconds = secondsSince(t0);
    System.err.printf(Locale.ROOT, "generated %d documents in %d files (%.1f MB) in %.1f s%n", written.documents(),
        written.files().size(), written.bytes() / 1e6, genSeconds);

    // single JVM: the core pipeline, one thread, as `triangulate analyze` runs it
    t0 = System.nanoTime();
    Pipeline.Result single = Pipeline.withDefaults().run(List.of(corpus), PipelineListener.NONE);
    double singleSeconds = secondsSince(t0);
    List<Article> singleArticles = single.articles();
    System.err.printf(Locale.ROOT, "single JVM: %d articles in %.1f s%n", singleArticles.size(), singleSeconds);
    single = null;

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
    double sparkSeconds;
    try {
      long start = System.nanoTime();
      SparkResult result = measure(stages, meter, "list, read + clean, unique ids",
          () -> new SparkPipeline(spark, SparkSettings.DEFAULTS).run(List.of(corpus.toString())));
      measure(stages, meter, "write Parquet (articles, problems)", () -> {
        result.writeParquet(work.resolve("out").toString());
        return null;
      });
      sparkSeconds = secondsSince(start);
      List<Article> sparkArticles = measure(stages, meter, "collect articles to the driver", result::collectArticles);
      equal = sparkArticles.equals(singleArticles);
      result.release();
    } finally {
      spark.stop();
    }
    System.err.printf(Locale.ROOT, "spark %s: %.1f s, equal to single JVM: %s%n", master, sparkSeconds, equal);
    Report.update(report, "spark", markdown(written, singleSeconds, sparkSeconds, cores, stages, equal));
    return equal ? 0 : 1;
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
    md.append(String.format(Locale.ROOT, "| single JVM (`Pipeline`, 1 thread) | %.1f | %,.0f |%n", singleSeconds, n / singleSeconds));
    md.append(String.format(Locale.ROOT, "| Spark `%s` (%d cores), to Parquet | %.1f | %,.0f |%n%n", master, cores,
        sparkSeconds, n / sparkSeconds));
    md.append("Spark articles equal to the single-JVM pipeline's (every field, same order): **")
        .append(equal ? "yes" : "NO").append("**.\n\n");
    md.append("Per stage (Spark, local; task s = summed executor run time over all tasks):\n\n");
    md.append("| stage | wall s | task s | task ms/doc | shuffle written | shuffle records |\n|---|---:|---:|---:|---:|---:|\n");
    for (Stage s : stages) {
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.3f | %s | %,d |%n", s.name(), s.seconds(),
          s.taskSeconds(), s.taskSeconds() * 1000 / n, bytes(s.shuffleBytes()), s.shuffleRecords()));
    }
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
    stages.add(new Stage(name, seconds, after[0] - before[0], after[1] - before[1], (after[2] - before[2]) / 1000.0));
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
