package org.triangulate.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.triangulate.article.Article;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.DateSource;
import org.triangulate.cluster.EventClusterer;
import org.triangulate.cluster.PreparedArticle;
import org.triangulate.cluster.WindowSettings;
import org.triangulate.cluster.WindowedClustering;
import org.triangulate.dedup.ProvenanceLink;
import org.triangulate.bench.Report;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.spark.SparkPipeline;
import org.triangulate.spark.SparkResult;
import org.triangulate.spark.SparkSettings;
import org.triangulate.spark.WindowedGrouping;
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

  @Option(names = "--window-variants", split = ",", defaultValue = "3,7,14",
      description = "window lengths in days clustered on the single JVM for the windowing-cost table; the default "
          + "length is always run, the Spark job is compared with it (default: ${DEFAULT-VALUE})")
  List<Integer> windowVariants;

  @Option(names = "--report", defaultValue = "docs/BENCHMARKS.md", description = "report file (default: ${DEFAULT-VALUE})")
  Path report;

  public static void main(String[] args) {
    int code = new CommandLine(new SparkBench()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** One measured stage: wall time and what Spark reported for it. */
  /**
   * One measured stage: wall time and what Spark reported for it; {@code processCpuSeconds} is the
   * whole JVM's CPU time (driver, task threads and the threads tasks fork, e.g. parallel streams).
   */
  record Stage(String name, double seconds, long shuffleBytes, long shuffleRecords, double taskSeconds, double cpuSeconds,
      double processCpuSeconds) {}

  /** One single-JVM windowed clustering run and its BCubed against the online clusterer and against the truth. */
  record WindowRun(WindowSettings settings, double seconds, Clustering clustering, Bcubed vsOnline, Bcubed vsTruth) {}

  @Override
  public Integer call() throws IOException {
    deleteRecursively(work);
    Path corpus = work.resolve("corpus");
    long t0 = System.nanoTime();
    SyntheticCorpus.Written written = new SyntheticCorpus(documents, perFile, 10, 20240301L).write(corpus);
    double genSeconds = secondsSince(t0);
    System.err.printf(Locale.ROOT, "generated %d documents in %d files (%.1f MB) in %.1f s%n", written.documents(),
        written.files().size(), written.bytes() / 1e6, genSeconds);

    // single JVM, the same work with the same core code: ingest + clean, then core nearDuplicates
    t0 = System.nanoTime();
    List<Article> singleArticles = SingleJvm.clean(corpus);
    double singleCleanSeconds = secondsSince(t0);
    long t1 = System.nanoTime();
    List<ProvenanceLink> singleLinks = SingleJvm.nearDuplicates(singleArticles);
    double singleDedupSeconds = secondsSince(t1);
    double singleSeconds = secondsSince(t0);
    System.err.printf(Locale.ROOT, "single JVM: %d articles, %d links in %.1f s (clean %.1f s, dedup %.1f s)%n",
        singleArticles.size(), singleLinks.size(), singleSeconds, singleCleanSeconds, singleDedupSeconds);

    // events, single JVM: the online clusterer over the whole stream, and the windowed clustering
    // (lexical features and text dates, no embeddings, on both sides), copies collapsing onto the
    // source of their strongest duplicate link as the Spark job does
    Function<String, Optional<String>> sourceOf = SingleJvm.sources(singleArticles, singleLinks);
    t0 = System.nanoTime();
    EventClusterer online = EventClusterer.builder().dates(DateSource.temporal()).build();
    long cpu0 = processCpuNanos();
    List<PreparedArticle> prepared = singleArticles.parallelStream().map(online::prepare).toList();
    double prepareCpuMs = (processCpuNanos() - cpu0) / 1e6 / singleArticles.size();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long thread0 = threads.getCurrentThreadCpuTime();
    int fifth = Math.max(1, prepared.size() / 5);
    double firstFifthAddCpuMs = 0;
    for (int i = 0; i < prepared.size(); i++) {
      if (i == fifth) {
        firstFifthAddCpuMs = (threads.getCurrentThreadCpuTime() - thread0) / 1e6 / fifth;
      }
      PreparedArticle p = prepared.get(i);
      online.add(p, sourceOf.apply(p.article().id()));
    }
    double addCpuMs = (threads.getCurrentThreadCpuTime() - thread0) / 1e6 / singleArticles.size();
    Clustering onlineClustering = online.snapshot();
    double onlineSeconds = secondsSince(t0);
    // the Spark place step's own cost: each article's placing day (its dates tagged once more), one thread
    WindowedClustering placer = WindowedClustering.lexical(WindowSettings.DEFAULTS);
    List<Article> sample = singleArticles.subList(0, Math.min(2000, singleArticles.size()));
    long place0 = threads.getCurrentThreadCpuTime();
    sample.forEach(placer::day);
    double placeCpuMs = (threads.getCurrentThreadCpuTime() - place0) / 1e6 / Math.max(1, sample.size());
    System.err.printf(Locale.ROOT, "  place %.3f CPU ms/doc%n", placeCpuMs);
    System.err.printf(Locale.ROOT, "  prepare %.3f CPU ms/doc, add %.3f CPU ms/doc (first fifth %.3f)%n", prepareCpuMs,
        addCpuMs, firstFifthAddCpuMs);
    System.err.printf(Locale.ROOT, "single JVM online clustering: %d events in %.1f s%n",
        onlineClustering.events().size(), onlineSeconds);
    List<WindowRun> windowRuns = new ArrayList<>();
    Clustering windowedClustering = null;
    double windowedSeconds = 0;
    java.util.SortedSet<Integer> variants = new java.util.TreeSet<>(windowVariants);
    variants.add(WindowSettings.DEFAULTS.windowDays());
    for (int days : variants) {
      WindowSettings ws = new WindowSettings(days, WindowSettings.DEFAULTS.marginDays(),
          WindowSettings.DEFAULTS.storyMembers());
      t0 = System.nanoTime();
      Clustering c = WindowedClustering.lexical(ws).cluster(singleArticles, sourceOf);
      double sec = secondsSince(t0);
      windowRuns.add(new WindowRun(ws, sec, c, Bcubed.of(c.eventByArticle(), onlineClustering.eventByArticle()),
          Bcubed.of(c.eventByArticle(), written.events())));
      if (ws.equals(WindowSettings.DEFAULTS)) {
        windowedClustering = c;
        windowedSeconds = sec;
      }
      System.err.printf(Locale.ROOT, "single JVM windowed clustering, %d-day windows: %d events in %.1f s%n", days,
          c.events().size(), sec);
    }
    Bcubed onlineVsTruth = Bcubed.of(onlineClustering.eventByArticle(), written.events());
    String realPages = realPages();

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
    boolean eventsEqual;
    int linkCount;
    int groupCount;
    double sparkSeconds;
    try {
      long start = System.nanoTime();
      SparkResult result = measure(stages, meter, "list, read + clean, unique ids",
          () -> new SparkPipeline(spark, SparkSettings.DEFAULTS, WindowedGrouping.lexical(WindowSettings.DEFAULTS))
              .run(List.of(corpus.toString())));
      measure(stages, meter, "near duplicates: fingerprints, LSH banding, confirmation, components", () -> {
        long groups = result.duplicateGroups().count();
        return groups;
      });
      Clustering sparkClustering = measure(stages, meter,
          "events: place, windows, stitching, story pass (7-day windows)", result::clustering);
      measure(stages, meter, "write Parquet (articles, problems, duplicates, groups, events, stories)", () -> {
        result.writeParquet(work.resolve("out").toString());
        result.writeEvents(work.resolve("out").toString());
        return null;
      });
      eventsEqual = sparkClustering.equals(windowedClustering);
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
    System.err.printf(Locale.ROOT, "spark %s: %.1f s, articles equal: %s, links equal: %s, events equal: %s%n",
        master, sparkSeconds, equal, linksEqual, eventsEqual);
    String md = markdown(written, singleSeconds + windowedSeconds, sparkSeconds, cores, stages, equal,
        new ScalingEstimate.EventCosts(placeCpuMs, prepareCpuMs, addCpuMs, firstFifthAddCpuMs, written.documents(),
            (double) windowedClustering.events().size()
            / written.documents(), WindowSettings.DEFAULTS))
        .replace("SINGLE_SPLIT", String.format(Locale.ROOT, "clean %.1f s + near duplicates %.1f s + windowed events "
            + "%.1f s", singleCleanSeconds, singleDedupSeconds, windowedSeconds))
        .replace("LINKS_LINE", String.format(Locale.ROOT, "Duplicate links (copy / near-duplicate) equal to core "
            + "`Provenance.nearDuplicates` on the same articles: **%s** (%,d links in %,d groups).",
            linksEqual ? "yes" : "NO", linkCount, groupCount));
    md = md.replace("EVENTS_SECTION\n", eventsMarkdown(written, singleSeconds, onlineSeconds, windowedSeconds,
        onlineClustering, windowRuns, onlineVsTruth, stages, eventsEqual) + realPages);
    Report.update(report, "spark", md);
    return equal && linksEqual && eventsEqual ? 0 : 1;
  }

  private String markdown(SyntheticCorpus.Written w, double singleSeconds, double sparkSeconds, int cores,
      List<Stage> stages, boolean equal, ScalingEstimate.EventCosts eventCosts) {
    int n = w.documents();
    StringBuilder md = new StringBuilder();
    md.append("Command: `mvn -B -q package -DskipTests && bin/triangulate-spark bench --documents ").append(n)
        .append(" --master '").append(master).append("'")
        .append(windowVariants.equals(List.of(3, 7, 14)) ? "" : " --window-variants " + String.join(",",
            windowVariants.stream().map(String::valueOf).toList()))
        .append("`\n\n");
    md.append(String.format(Locale.ROOT, "Corpus: %,d generated articles (`SyntheticCorpus`, seed 20240301) in %d files"
        + " (%d JSONL, %d gzip WARC of HTML pages), %.1f MB; %,d near-duplicate rewrites, %,d verbatim republications.%n%n",
        n, w.files().size(), w.files().size() - w.files().size() / 10, w.files().size() / 10, w.bytes() / 1e6,
        w.rewrites(), w.republications()));
    md.append("| run | wall s | docs/s |\n|---|---:|---:|\n");
    md.append(String.format(Locale.ROOT, "| single JVM (core ingest + clean on 1 thread, core `nearDuplicates` on "
        + "parallel streams, core `WindowedClustering`; SINGLE_SPLIT) | %.1f | %,.0f |%n", singleSeconds, n / singleSeconds));
    md.append(String.format(Locale.ROOT, "| Spark `%s` (%d cores), to Parquet | %.1f | %,.0f |%n%n", master, cores,
        sparkSeconds, n / sparkSeconds));
    md.append("Spark articles equal to the single-JVM pipeline's (every field, same order): **")
        .append(equal ? "yes" : "NO").append("**. LINKS_LINE\n\n");
    md.append("EVENTS_SECTION\n");
    md.append("Per stage (Spark, local; task s = summed executor run time over all tasks, CPU s = their summed "
        + "CPU time, which unlike wall and task time does not grow when other processes share the cores):\n\n");
    md.append("| stage | wall s | task s | CPU s | CPU ms/doc | process CPU ms/doc | shuffle written | shuffle records |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Stage s : stages) {
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.3f | %.3f | %s | %,d |%n", s.name(),
          s.seconds(), s.taskSeconds(), s.cpuSeconds(), s.cpuSeconds() * 1000 / n, s.processCpuSeconds() * 1000 / n,
          bytes(s.shuffleBytes()), s.shuffleRecords()));
    }
    md.append("\n(Process CPU is the whole JVM's: driver, task threads and the threads tasks fork. The event stage "
        + "prepares each window's articles on a parallel stream, off the task thread, so its task CPU undercounts; "
        + "the estimate below uses process CPU for it.)\n");
    md.append(String.format(Locale.ROOT, "%nLoad while measuring: %.1f (1-minute load average at the end; the machine "
        + "is shared, so wall times above include waiting for a core).%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    md.append('\n').append(ScalingEstimate.markdown(n, w.bytes(), stages, eventCosts));
    return md.toString();
  }

  private static <T> T measure(List<Stage> stages, ShuffleMeter meter, String name, Callable<T> work) {
    long[] before = settle(meter);
    long cpu0 = processCpuNanos();
    long t = System.nanoTime();
    T value;
    try {
      value = work.call();
    } catch (Exception e) {
      throw new IllegalStateException(name + " failed", e);
    }
    double seconds = secondsSince(t);
    long cpu1 = processCpuNanos();
    long[] after = settle(meter);
    stages.add(new Stage(name, seconds, after[0] - before[0], after[1] - before[1], (after[2] - before[2]) / 1000.0,
        (after[3] - before[3]) / 1e9, (cpu1 - cpu0) / 1e9));
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

  /**
   * The default pipeline (MiniLM embeddings, full provenance) on the real pages at hand, the demo corpus
   * and the seeds: events with one online clusterer against default {@code WindowedClustering}.
   */
  private static String realPages() {
    List<Path> inputs = new ArrayList<>();
    for (Path p : List.of(Path.of("demo/corpus"), Path.of("../shared/seeds"))) {
      if (Files.isDirectory(p)) {
        inputs.add(p);
      }
    }
    if (inputs.isEmpty()) {
      return "";
    }
    Pipeline pipeline = Pipeline.withDefaults();
    Pipeline.Result online = pipeline.run(inputs, PipelineListener.NONE);
    Pipeline.Result windowed = pipeline.withEventGrouping(WindowedClustering.withDefaults()::cluster)
        .run(inputs, PipelineListener.NONE);
    Bcubed b = Bcubed.of(eventByArticle(windowed.dossier()), eventByArticle(online.dossier()));
    return String.format(Locale.ROOT, "Real pages (%s, %d articles), default pipeline (MiniLM embeddings, full "
        + "provenance): online %d events in %d stories, windowed %d events in %d stories; BCubed of windowed vs "
        + "online P %.3f, R %.3f, F1 %.3f.%n%n", String.join(" + ", inputs.stream().map(Path::toString).toList()),
        online.articles().size(), online.dossier().events().size(), online.dossier().stories().size(),
        windowed.dossier().events().size(), windowed.dossier().stories().size(), b.p(), b.r(), b.f1());
  }

  private static Map<String, String> eventByArticle(org.triangulate.dossier.Dossier d) {
    Map<String, String> out = new HashMap<>();
    d.events().forEach(e -> e.articles().forEach(a -> out.put(a, e.id())));
    return out;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private String eventsMarkdown(SyntheticCorpus.Written w, double singleSeconds, double onlineSeconds,
      double windowedSeconds, Clustering online, List<WindowRun> runs, Bcubed onlineVsTruth, List<Stage> stages,
      boolean eventsEqual) {
    int n = w.documents();
    Stage spark = stages.stream().filter(s -> s.name().startsWith("events")).findFirst().orElseThrow();
    StringBuilder md = new StringBuilder();
    md.append("**Events and story arcs.** Both sides use the lexical clusterer (TF-IDF, capitalised-phrase entities, "
        + "text dates via the `TemporalTagger`; no MiniLM embeddings, which the default adds) and take each article's "
        + "source from its strongest copy / near-duplicate link. The online clusterer adds every article to one "
        + "`EventClusterer` in input order (today's single-machine `Pipeline`); windowed is core `WindowedClustering` "
        + "(the same clusterer per 7-day window of the day the source reports on, 1-day stitching margins, story "
        + "links across windows from 3 articles per event), which the Spark job distributes. On one JVM each "
        + "article's features are prepared once for its placing day, window and stitching zone; the Spark job "
        + "tags each article's dates once more in its place step and prepares window and zone articles in their "
        + "own tasks.\n\n");
    md.append("| run | wall s | docs/s |\n|---|---:|---:|\n");
    md.append(String.format(Locale.ROOT, "| single JVM, online clusterer (prepare on parallel streams, add on 1 thread) "
        + "| %.1f | %,.0f |%n", onlineSeconds, n / onlineSeconds));
    md.append(String.format(Locale.ROOT, "| single JVM, `WindowedClustering` (windows and boundaries on parallel streams) "
        + "| %.1f | %,.0f |%n", windowedSeconds, n / windowedSeconds));
    md.append(String.format(Locale.ROOT, "| Spark `%s`, event stage | %.1f | %,.0f |%n%n", master, spark.seconds(),
        n / spark.seconds()));
    md.append("Spark events and stories equal to single-machine `WindowedClustering` on the same articles and sources "
        + "(every event, member list, date, title, story): **").append(eventsEqual ? "yes" : "NO").append("**.\n\n");
    md.append("What windowing costs (BCubed over articles; \"vs online\" takes the online clusterer's events as the "
        + "reference, \"vs truth\" the generator's invented events):\n\n");
    md.append("| clustering | events | stories | wall s | P vs online | R vs online | F1 vs online | F1 vs truth |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    md.append(String.format(Locale.ROOT, "| online (one clusterer) | %,d | %,d | %.1f | 1 | 1 | 1 | %.3f |%n",
        online.events().size(), online.stories().size(), onlineSeconds, onlineVsTruth.f1()));
    for (WindowRun r : runs) {
      md.append(String.format(Locale.ROOT, "| windowed, %d-day windows, %d-day margins | %,d | %,d | %.1f | %.3f | %.3f "
          + "| %.3f | %.3f |%n", r.settings().windowDays(), r.settings().marginDays(), r.clustering().events().size(),
          r.clustering().stories().size(), r.seconds(), r.vsOnline().p(), r.vsOnline().r(), r.vsOnline().f1(),
          r.vsTruth().f1()));
    }
    md.append("\nThe generated corpus spreads its events over one month and publishes every report 0–2 days after its "
        + "event; most reports name the day (\"on Tuesday\") and are placed on it. What splits remain are reports that "
        + "name no day, placed on their publication day, beyond the margin of a boundary. Reports that trail their "
        + "event by days are measured in section `spark-windowing`.\n\n");
    return md.toString();
  }

  /** BCubed precision, recall and F1 of a clustering (article to cluster) against a reference, over the reference's articles. */
  record Bcubed(double p, double r, double f1) {
    static Bcubed of(Map<String, String> predicted, Map<String, String> gold) {
      Map<String, Map<String, Integer>> overlap = new HashMap<>();
      Map<String, Integer> predSize = new HashMap<>();
      Map<String, Integer> goldSize = new HashMap<>();
      for (Map.Entry<String, String> e : gold.entrySet()) {
        String p = predicted.get(e.getKey());
        if (p == null) {
          continue;
        }
        overlap.computeIfAbsent(p, k -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
        predSize.merge(p, 1, Integer::sum);
        goldSize.merge(e.getValue(), 1, Integer::sum);
      }
      double p = 0;
      double r = 0;
      int n = 0;
      for (Map.Entry<String, Map<String, Integer>> c : overlap.entrySet()) {
        for (Map.Entry<String, Integer> g : c.getValue().entrySet()) {
          int k = g.getValue();
          p += (double) k * k / predSize.get(c.getKey());
          r += (double) k * k / goldSize.get(g.getKey());
          n += k;
        }
      }
      p /= n;
      r /= n;
      return new Bcubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  static String bytes(long b) {
    return b < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", b / 1e3) : String.format(Locale.ROOT, "%.1f MB", b / 1e6);
  }

  private static double secondsSince(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static void deleteRecursively(Path dir) throws IOException {
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
