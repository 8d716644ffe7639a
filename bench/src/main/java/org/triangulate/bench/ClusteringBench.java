package org.triangulate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.triangulate.article.Article;
import org.triangulate.cluster.ClusterSettings;
import org.triangulate.cluster.DateSource;
import org.triangulate.cluster.EventClusterer;
import org.triangulate.cluster.PreparedArticle;
import org.triangulate.dedup.SentenceEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code clustering}: BCubed and pairwise P/R/F1 of event clustering on ECB+ (gold sub-topics), over
 * several stream orders; throughput with embeddings; per-article latency at 10k and 100k stored
 * articles on a generated stream. {@code --tune} grid-searches the score weights and join threshold
 * on the train and dev topics only and prints the ranking instead of writing the report.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
    description = "Event clustering quality (ECB+), throughput and latency; writes section 'clustering'.")
final class ClusteringBench implements Callable<Integer> {
  @Mixin Bench.Common common;

  @Option(names = "--seeds", defaultValue = "5", description = "shuffled stream orders per setting (default: ${DEFAULT-VALUE})")
  int seeds;

  @Option(names = "--tune", description = "grid-search weights and threshold on train+dev, print, write nothing")
  boolean tune;

  @Option(names = "--tune-grid", description = "with --tune, also the full grid of weights (slow)")
  boolean tuneGrid;

  @Option(names = "--tune-time", description = "with --tune, only the time-model grid (around DEFAULTS' content scoring)")
  boolean tuneTime;

  @Option(names = "--stored", defaultValue = "100000", description = "size of the generated stream for latency (default: ${DEFAULT-VALUE})")
  int stored;

  @Option(names = "--skip-speed", description = "quality only")
  boolean skipSpeed;

  @Option(names = "--embedding-cache", paramLabel = "FILE",
      description = "keep ECB+ vectors in FILE between runs (quality only; speed never uses it)")
  Path embeddingCache;

  @Override
  public Integer call() throws Exception {
    Path dir = common.shared.resolve("bench/news-clustering/ecbplus");
    List<EcbPlus.Doc> docs = EcbPlus.load(dir);
    SentenceEmbedder embedder = SentenceEmbedder.miniLm();
    FileCachedEmbedder cache = embeddingCache == null ? null : new FileCachedEmbedder(embedder, embeddingCache);
    SentenceEmbedder vectors = cache == null ? embedder : cache;
    // Features are prepared once per feature set and shared by the stream orders of every row (the
    // embeddings, the costly part, are computed once per text: the speed section measures their cost).
    Map<String, PreparedArticle> prepared = prepareAll(preparer(ClusterSettings.DEFAULTS, vectors), docs, 2);
    Map<String, PreparedArticle> preparedNoNumbers =
        prepareAll(preparer(ClusterSettings.DEFAULTS.withNumberTokens(false), vectors), docs, 2);
    if (cache != null) {
      cache.save();
    }
    if (tune) {
      tune(docs, prepared, preparedNoNumbers);
      return 0;
    }
    StringBuilder md = new StringBuilder();
    md.append("Command: `java -jar bench/target/triangulate-bench.jar clustering --seeds ").append(seeds)
        .append("` (after `mvn -B -q package -DskipTests`). Settings: `ClusterSettings.DEFAULTS` ")
        .append(settingsLine(ClusterSettings.DEFAULTS)).append(".\n\n");
    md.append("**Quality: ECB+ (news-clustering/ecbplus), documents grouped by seminal event (gold sub-topic).** ")
        .append("Each row clusters the split as one stream, in `doc_id` order and in ").append(seeds)
        .append(" shuffles (seeds 1..").append(seeds).append("); mean over the ").append(seeds + 1)
        .append(" orders, ± the standard deviation of BCubed F1. Texts go through the product's own cleaner ")
        .append("(`url` left out). Thresholds were tuned on train+dev only (`--tune`). Features are computed ")
        .append("once per document and shared by the ").append(seeds + 1)
        .append(" orders (each order starts an empty clusterer, so IDF statistics are per order); the ")
        .append("embedding cost is measured separately below.\n\n");
    md.append("| split | features | BCubed P | BCubed R | BCubed F1 | ± | pairwise P | pairwise R | pairwise F1 | events (gold) |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    record Variant(String name, boolean embeddings, ClusterSettings settings) {}
    ClusterSettings defaults = ClusterSettings.DEFAULTS;
    List<Variant> variants = List.of(
        new Variant("all (TF-IDF + entities and numbers + MiniLM + time)", true, defaults),
        new Variant("no number tokens", true, defaults.withNumberTokens(false)),
        new Variant("no embeddings", false, defaults),
        new Variant("TF-IDF only", false, defaults.withScoring(1, 0, 0, defaults.joinThreshold())));
    for (String split : List.of("test", "all")) {
      Predicate<EcbPlus.Doc> in = split.equals("all") ? d -> true : d -> d.split().equals(split);
      List<EcbPlus.Doc> subset = docs.stream().filter(in).toList();
      for (Variant v : variants) {
        Run r = evaluate(subset, v.settings().numberTokens() ? prepared : preparedNoNumbers, v.settings(),
            v.embeddings() ? embedder : null, seeds, false);
        md.append(row(split, v.name(), r));
      }
      Run topic = evaluate(subset, prepared, ClusterSettings.DEFAULTS, embedder, seeds, true);
      md.append(row(split, "all, scored against gold **topics** (event types)", topic));
    }
    md.append("\nTarget: BCubed F1 >= 0.85 on the test split.\n");
    md.append("\nReference points on the test split (README of the data): every document a singleton 0.174 ")
        .append("BCubed F1; gold topics (event type, both incidents merged) 0.693.\n\n");
    if (!skipSpeed) {
      md.append(speed(docs));
    }
    md.append(String.format(Locale.ROOT, "%nSystem load average at the end of the run: %.1f (on %d cores; other "
        + "processes share the machine, so speed numbers are lower bounds).%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors()));
    Report.update(common.report, "clustering", md.toString());
    System.out.println(md);
    return 0;
  }

  // --- quality ---------------------------------------------------------------------------------

  record Run(ClusterScores mean, double spread, double events, long goldEvents) {}

  private static Run evaluate(List<EcbPlus.Doc> docs, Map<String, PreparedArticle> prepared,
      ClusterSettings settings, SentenceEmbedder embedder, int seeds, boolean byTopic) {
    Map<String, String> gold = new HashMap<>();
    for (EcbPlus.Doc d : docs) {
      gold.put(d.id(), byTopic ? d.topic() : d.event());
    }
    List<ClusterScores> all = new ArrayList<>();
    double events = 0;
    for (int seed = 0; seed <= seeds; seed++) {
      List<EcbPlus.Doc> order = new ArrayList<>(docs);
      if (seed > 0) {
        Collections.shuffle(order, new Random(seed));
      }
      EventClusterer c = EventClusterer.builder().settings(settings).embedder(embedder).build();
      Map<String, String> predicted = new HashMap<>();
      for (EcbPlus.Doc d : order) {
        c.add(prepared.get(d.id()), Optional.empty());
      }
      var snap = c.snapshot();
      predicted.putAll(snap.eventByArticle());
      events += snap.events().size();
      all.add(ClusterScores.of(predicted, gold));
    }
    return new Run(ClusterScores.mean(all), ClusterScores.f1Spread(all), events / (seeds + 1),
        gold.values().stream().distinct().count());
  }

  private static String row(String split, String name, Run r) {
    ClusterScores m = r.mean();
    return String.format(Locale.ROOT, "| %s | %s | %s | %s | **%s** | %s | %s | %s | %s | %.1f (%d) |%n",
        split, name, Report.f3(m.p()), Report.f3(m.r()), Report.f3(m.f1()), Report.f3(r.spread()),
        Report.f3(m.pairP()), Report.f3(m.pairR()), Report.f3(m.pairF1()), r.events(), r.goldEvents());
  }

  private void tune(List<EcbPlus.Doc> docs, Map<String, PreparedArticle> prepared,
      Map<String, PreparedArticle> preparedNoNumbers) {
    List<EcbPlus.Doc> train = docs.stream().filter(d -> !d.split().equals("test")).toList();
    SentenceEmbedder embedder = SentenceEmbedder.miniLm();
    int tuneSeeds = Math.min(seeds, 2);
    if (tuneTime) {
      tuneTime(train, prepared, embedder, tuneSeeds);
      return;
    }
    // 1. Variants around DEFAULTS: number tokens, entity weight, merge step, join threshold.
    List<TuneResult> variants = new ArrayList<>();
    ClusterSettings d = ClusterSettings.DEFAULTS;
    for (boolean undated : new boolean[] {false, true}) {
      for (boolean numbers : new boolean[] {true, false}) {
        for (double entity : new double[] {0.2, 0.3, 0.4}) {
          for (double merge : new double[] {1.01, 0.5}) {
            for (double join : new double[] {0.275, 0.30, 0.325, 0.35}) {
              ClusterSettings s = d.withNumberTokens(numbers).withTextDatesPlaceUndated(undated)
                  .withScoring(d.termWeight(), entity, d.embeddingWeight(), join).withMergeThreshold(merge);
              Run r = evaluate(train, numbers ? prepared : preparedNoNumbers, s, embedder, tuneSeeds, false);
              variants.add(new TuneResult(r.mean().f1(), r.spread(), settingsLine(s)));
            }
          }
        }
      }
    }
    print("variants around DEFAULTS", variants, tuneSeeds);
    if (!tuneGrid) {
      return;
    }
    // 2. The weight grid (steps of 0.2) and join thresholds, with the default feature set.
    List<TuneResult> results = new ArrayList<>();
    for (int t = 0; t <= 10; t += 2) {
      for (int e = 0; e <= 10 - t; e += 2) {
        int v = 10 - t - e;
        for (double join = 0.15; join <= 0.50001; join += 0.025) {
          ClusterSettings s = ClusterSettings.DEFAULTS.withScoring(t / 10.0, e / 10.0, v / 10.0, join);
          Run r = evaluate(train, prepared, s, embedder, tuneSeeds, false);
          results.add(new TuneResult(r.mean().f1(), r.spread(), settingsLine(s)));
        }
      }
    }
    print("weight grid", results, tuneSeeds);
  }

  /**
   * The time model on train+dev: tolerance, decay (linear ramp, or halving every {@code h} days), the
   * gap at which the factor reaches 0, whether the gap is measured against the event's whole coverage,
   * and whether dates after an article's publication place it. "no time" switches the factor off.
   */
  private void tuneTime(List<EcbPlus.Doc> train, Map<String, PreparedArticle> prepared,
      SentenceEmbedder embedder, int tuneSeeds) {
    List<TuneResult> results = new ArrayList<>();
    ClusterSettings d = ClusterSettings.DEFAULTS;
    Run none = evaluate(train, prepared, d.withTime(100_000, 0, 100_001, false, true), embedder, tuneSeeds, false);
    results.add(new TuneResult(none.mean().f1(), none.spread(), "no time factor"));
    // what each part of the time model does, from the former defaults (2 d tolerance, linear ramp to 8 d)
    for (boolean future : new boolean[] {true, false}) {
      for (boolean coverage : new boolean[] {false, true}) {
        results.add(timeRun(train, prepared, embedder, tuneSeeds, d.withTime(2, 0, 8, coverage, future)));
      }
    }
    // the decay, with the gap against the coverage and no placing by later dates
    for (int tol : new int[] {2, 3, 4, 7}) {
      for (int max : new int[] {8, 14, 30}) {
        if (max > tol) {
          results.add(timeRun(train, prepared, embedder, tuneSeeds, d.withTime(tol, 0, max, true, false)));
        }
      }
      for (double half : new double[] {3, 4, 5, 7, 14, 30}) {
        for (int max : new int[] {90, 365}) {
          results.add(timeRun(train, prepared, embedder, tuneSeeds, d.withTime(tol, half, max, true, false)));
        }
      }
    }
    // the entity weight and join threshold again, under the time model of DEFAULTS
    for (double entity : new double[] {0.2, 0.3, 0.4}) {
      for (double join : new double[] {0.275, 0.30, 0.325, 0.35}) {
        ClusterSettings s = d.withScoring(d.termWeight(), entity, d.embeddingWeight(), join);
        Run r = evaluate(train, prepared, s, embedder, tuneSeeds, false);
        System.out.printf(Locale.ROOT, "%.4f ± %.4f  DEFAULTS with %s%n", r.mean().f1(), r.spread(), settingsLine(s));
      }
    }
    print("time model", results, tuneSeeds);
    results.forEach(r -> System.out.printf(Locale.ROOT, "all: %.4f ± %.4f  %s%n", r.f1(), r.spread(), r.settings()));
  }

  private static TuneResult timeRun(List<EcbPlus.Doc> train, Map<String, PreparedArticle> prepared,
      SentenceEmbedder embedder, int tuneSeeds, ClusterSettings s) {
    Run r = evaluate(train, prepared, s, embedder, tuneSeeds, false);
    System.out.printf(Locale.ROOT, "%.4f ± %.4f  %s%n", r.mean().f1(), r.spread(), timeLine(s));
    return new TuneResult(r.mean().f1(), r.spread(), timeLine(s));
  }

  private static String timeLine(ClusterSettings s) {
    return String.format(Locale.ROOT, "tolerance %d d, %s, max gap %d d, gap against %s, later dates place %s",
        s.timeToleranceDays(), s.timeHalfLifeDays() > 0
            ? String.format(Locale.ROOT, "half-life %.0f d", s.timeHalfLifeDays()) : "linear",
        s.maxGapDays(), s.coverageSpan() ? "coverage" : "vote span", s.futureDatesPlace() ? "yes" : "no");
  }

  record TuneResult(double f1, double spread, String settings) {}

  private static void print(String what, List<TuneResult> results, int tuneSeeds) {
    List<TuneResult> sorted = new ArrayList<>(results);
    sorted.sort((a, b) -> Double.compare(b.f1(), a.f1()));
    System.out.println(what + ": train+dev BCubed F1 (mean over doc_id order and " + tuneSeeds + " shuffles):");
    for (TuneResult r : sorted.subList(0, Math.min(30, sorted.size()))) {
      System.out.printf(Locale.ROOT, "%.4f ± %.4f  %s%n", r.f1(), r.spread(), r.settings());
    }
  }
  private static String settingsLine(ClusterSettings s) {
    return String.format(Locale.ROOT, "(weights term %.2f / entity %.2f / embedding %.2f, join %.3f, merge %.2f, "
        + "time tolerance %d d, %s to 0 at %d d, gap against the event's %s, later dates place reports %s, "
        + "number tokens %s, text dates place undated articles %s)",
        s.termWeight(), s.entityWeight(), s.embeddingWeight(), s.joinThreshold(), s.mergeThreshold(),
        s.timeToleranceDays(), s.timeHalfLifeDays() > 0
            ? String.format(Locale.ROOT, "halving every %.0f d", s.timeHalfLifeDays()) : "linear",
        s.maxGapDays(), s.coverageSpan() ? "whole coverage" : "best-voted days",
        s.futureDatesPlace() ? "yes" : "no", s.numberTokens() ? "on" : "off", s.textDatesPlaceUndated() ? "yes" : "no");
  }

  // --- speed -----------------------------------------------------------------------------------

  private static EventClusterer preparer(ClusterSettings settings, SentenceEmbedder embedder) {
    return EventClusterer.builder().settings(settings).dates(DateSource.temporal()).embedder(embedder).build();
  }

  private static Map<String, PreparedArticle> prepareAll(EventClusterer c, List<EcbPlus.Doc> docs, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<PreparedArticle>> fs = new ArrayList<>();
      for (EcbPlus.Doc d : docs) {
        fs.add(pool.submit(() -> c.prepare(d.article())));
      }
      Map<String, PreparedArticle> out = new HashMap<>();
      for (int i = 0; i < docs.size(); i++) {
        out.put(docs.get(i).id(), fs.get(i).get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private String speed(List<EcbPlus.Doc> docs) throws Exception {
    StringBuilder md = new StringBuilder();
    // Throughput: the whole ECB+ corpus, prepared (embeddings) on 2 threads, added in order on one.
    SentenceEmbedder miniLm = SentenceEmbedder.miniLmUncached();
    miniLm.embed("warm up the model before the clock starts");
    EventClusterer c = EventClusterer.builder().dates(DateSource.temporal()).embedder(miniLm).build();
    double loadBefore = loadAverage();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    Map<String, PreparedArticle> prepared = prepareAll(c, docs, 2);
    for (EcbPlus.Doc d : docs) {
      c.add(prepared.get(d.id()), Optional.empty());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    double loadAfter = loadAverage();
    md.append(String.format(Locale.ROOT, "**Throughput with embeddings:** %d ECB+ articles (mean 369 tokens) "
        + "prepared (analysis, entities, text dates, MiniLM embedding of the first 1,000 characters) on 2 threads "
        + "and clustered in order: %.1f s, **%.0f articles/s** on %d cores (model already loaded, no cache); "
        + "the process used %.1f s of CPU (%.1f ms per article, all threads including the ONNX runtime's); "
        + "load average %.1f before, %.1f after.%n%n",
        docs.size(), seconds, docs.size() / seconds, Runtime.getRuntime().availableProcessors(),
        cpuSeconds, cpuSeconds * 1000 / docs.size(), loadBefore, loadAfter));
    md.append(stages(docs, miniLm));

    // Latency: generated stream; embeddings replaced by a cheap deterministic stand-in of the same size,
    // so the numbers are the clustering cost (the MiniLM cost per article is the throughput above).
    SentenceEmbedder fake = new HashEmbedder(384);
    EventClusterer big = EventClusterer.builder().embedder(fake).build(); // generated text holds no dates
    List<Article> stream = new SyntheticNews(42).stream(stored);
    int[] marks = {10_000, 100_000};
    int window = 1000;
    long[] addNs = new long[stored];
    long[] prepNs = new long[stored];
    long start = System.nanoTime();
    for (int i = 0; i < stream.size(); i++) {
      long a = System.nanoTime();
      PreparedArticle p = big.prepare(stream.get(i));
      long b = System.nanoTime();
      big.add(p, Optional.empty());
      long e = System.nanoTime();
      prepNs[i] = b - a;
      addNs[i] = e - b;
    }
    double total = (System.nanoTime() - start) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
    int eventsMade = big.snapshot().events().size();
    md.append("**Latency per added article** on a generated stream (`SyntheticNews`, seed 42: invented words ")
        .append("and names, ~4 articles per event, 60 articles a day, 150-350 words each). `add` is the ")
        .append("clustering step (candidate lookup in the inverted index, scoring, centroid and index update, ")
        .append("story linking); `prepare` is term and entity analysis only: a hash stand-in of 384 dimensions replaces MiniLM so that ")
        .append("100k articles run in minutes, and the generated text has no dates to tag (publication dates are set); ")
        .append("the full per-article preparation cost on real text is the throughput above. ")
        .append("Measured over the ").append(window).append(" articles added just before each store size.\n\n");
    md.append("| stored articles | add p50 | add p95 | add p99 | prepare p50 | prepare p95 |\n|---|---|---|---|---|---|\n");
    for (int m : marks) {
      if (m > stored) {
        continue;
      }
      long[] add = Arrays.copyOfRange(addNs, m - window, m);
      long[] prep = Arrays.copyOfRange(prepNs, m - window, m);
      md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s |%n", m, ms(add, 0.5), ms(add, 0.95),
          ms(add, 0.99), ms(prep, 0.5), ms(prep, 0.95)));
    }
    md.append(String.format(Locale.ROOT, "%nWhole generated stream: %,d articles in %.1f s (%.0f articles/s without "
        + "embeddings), %,d events, heap after GC %,d MB.%n", stored, total, stored / total, eventsMade, usedMb));
    return md.toString();
  }

  /**
   * Where the preparation time goes: each stage run alone on one thread over every fifth ECB+ document,
   * as process CPU time per article (the ONNX runtime computes on its own threads too).
   */
  private static String stages(List<EcbPlus.Doc> docs, SentenceEmbedder miniLm) {
    List<Article> sample = new ArrayList<>();
    for (int i = 0; i < docs.size(); i += 5) {
      sample.add(docs.get(i).article());
    }
    EventClusterer lexical = EventClusterer.builder().build();
    DateSource dates = DateSource.temporal();
    record Stage(String name, java.util.function.Consumer<Article> run) {}
    List<Stage> stages = List.of(
        new Stage("terms, capitalised-phrase entities, numbers", lexical::prepare),
        new Stage("text dates (TemporalTagger)", dates::mentions),
        new Stage("MiniLM embedding of the first 1,000 characters",
            a -> miniLm.embed(EventClusterer.embeddedText(a))));
    StringBuilder md = new StringBuilder();
    md.append("Where the preparation time goes (each stage alone on one thread, ").append(sample.size())
        .append(" documents, every fifth; process CPU time, which includes the ONNX runtime's own threads, ")
        .append("and wall time per article):\n\n| stage | CPU ms / article | wall ms / article |\n|---|---|---|\n");
    for (Stage st : stages) {
      for (int i = 0; i < Math.min(10, sample.size()); i++) {
        st.run().accept(sample.get(i)); // warm-up
      }
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      for (Article a : sample) {
        st.run().accept(a);
      }
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", st.name(),
          (processCpuNanos() - cpu0) / 1e6 / sample.size(), (System.nanoTime() - t0) / 1e6 / sample.size()));
    }
    return md.append("\n").toString();
  }

  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String ms(long[] ns, double q) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "%.2f ms", s[(int) Math.min(s.length - 1, Math.floor(q * s.length))] / 1e6);
  }
}
