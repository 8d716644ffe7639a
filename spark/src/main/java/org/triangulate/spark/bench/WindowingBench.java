package org.triangulate.spark.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.triangulate.article.Article;
import org.triangulate.bench.Report;
import org.triangulate.cluster.ClusteredStory;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.DateSource;
import org.triangulate.cluster.EventClusterer;
import org.triangulate.cluster.PreparedArticle;
import org.triangulate.cluster.WindowSettings;
import org.triangulate.cluster.WindowedClustering;
import org.triangulate.dedup.ProvenanceLink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/triangulate-spark bench-windowing}: what cutting the stream into time windows (the Spark
 * job's event stage, core {@link WindowedClustering}) costs against one clusterer over the whole stream
 * when reports keep coming days after their event. The generated corpus of {@code bench} publishes every
 * original 0–2 days after its event, so windows lose nothing there; here a share of the originals are
 * late follow-ups. Rewrites section {@code spark-windowing} of docs/BENCHMARKS.md.
 */
@Command(name = "bench-windowing", mixinStandardHelpOptions = true,
    description = "Windowed vs online event clustering on a corpus with late follow-ups; writes section "
        + "'spark-windowing' of docs/BENCHMARKS.md.")
public final class WindowingBench implements Callable<Integer> {
  @Option(names = "--documents", defaultValue = "20000", description = "generated articles (default: ${DEFAULT-VALUE})")
  int documents;

  @Option(names = "--follow-up-share", defaultValue = "0.25",
      description = "share of the originals that are late follow-ups (default: ${DEFAULT-VALUE})")
  double followUpShare;

  @Option(names = "--follow-up-days", defaultValue = "14",
      description = "latest day after its event a follow-up appears; the earliest is day 4 (default: ${DEFAULT-VALUE})")
  int followUpDays;

  @Option(names = "--windows", split = ",", defaultValue = "7/1,7/2,7/1/published,7/3/published,14/1/published",
      description = "DAYS/MARGIN[/published] to measure: window and margin days, and '/published' to place "
          + "articles by publication day instead of the day they report on (default: ${DEFAULT-VALUE})")
  List<String> windows;

  @Option(names = "--work", defaultValue = "spark/target/bench-windowing",
      description = "scratch directory (default: ${DEFAULT-VALUE})")
  Path work;

  @Option(names = "--report", defaultValue = "docs/BENCHMARKS.md", description = "report file (default: ${DEFAULT-VALUE})")
  Path report;

  @Option(names = "--section", defaultValue = "spark-windowing",
      description = "section of the report to rewrite (default: ${DEFAULT-VALUE})")
  String section;

  public static void main(String[] args) {
    int code = new CommandLine(new WindowingBench()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** One clustering and how it scores. */
  private record Row(String name, Clustering clustering, double seconds, SparkBench.Bcubed vsOnline,
      SparkBench.Bcubed eventsVsTruth, SparkBench.Bcubed storiesVsTruth, double followUpsJoined,
      double followUpsInStory) {}

  @Override
  public Integer call() throws IOException {
    List<WindowSettings> settings = new ArrayList<>();
    for (String w : windows) {
      String[] parts = w.split("/");
      if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].equals("published"))) {
        throw new CommandLine.ParameterException(new CommandLine(this),
            "--windows: expected DAYS/MARGIN or DAYS/MARGIN/published, got " + w);
      }
      settings.add(new WindowSettings(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
          WindowSettings.DEFAULTS.storyMembers(), parts.length == 2));
    }
    SparkBench.deleteRecursively(work);
    SyntheticCorpus corpus = new SyntheticCorpus(documents, 500, 10, 20240301L).withFollowUps(followUpShare,
        followUpDays);
    SyntheticCorpus.Written written = corpus.write(work.resolve("corpus"));
    List<Article> articles = SingleJvm.clean(work.resolve("corpus"));
    List<ProvenanceLink> links = SingleJvm.nearDuplicates(articles);
    Function<String, Optional<String>> sourceOf = SingleJvm.sources(articles, links);
    System.err.printf(Locale.ROOT, "%,d articles, %,d follow-ups, %,d duplicate links%n", articles.size(),
        written.followUps().size(), links.size());

    long t0 = System.nanoTime();
    EventClusterer online = EventClusterer.builder().dates(DateSource.temporal()).build();
    List<PreparedArticle> prepared = articles.parallelStream().map(online::prepare).toList();
    for (PreparedArticle p : prepared) {
      online.add(p, sourceOf.apply(p.article().id()));
    }
    Clustering onlineClustering = online.snapshot();
    List<Row> rows = new ArrayList<>();
    rows.add(row("online (one clusterer over the whole stream)", onlineClustering, seconds(t0), onlineClustering,
        written));
    for (WindowSettings ws : settings) {
      t0 = System.nanoTime();
      Clustering c = WindowedClustering.lexical(ws).cluster(articles, sourceOf);
      rows.add(row(String.format(Locale.ROOT, "windowed, %d-day windows, %d-day margins, by %s%s", ws.windowDays(),
          ws.marginDays(), ws.placeByReportedDay() ? "reported day" : "publication day",
          ws.equals(WindowSettings.DEFAULTS) ? " (default)" : ""), c, seconds(t0), onlineClustering, written));
    }
    Report.update(report, section, markdown(written, links.size(), rows));
    return 0;
  }

  private Row row(String name, Clustering c, double seconds, Clustering online, SyntheticCorpus.Written written) {
    Map<String, String> events = c.eventByArticle();
    Map<String, String> stories = storyByArticle(c);
    Row r = new Row(name, c, seconds, SparkBench.Bcubed.of(events, online.eventByArticle()),
        SparkBench.Bcubed.of(events, written.events()), SparkBench.Bcubed.of(stories, written.events()),
        followUpsWithOriginals(events, written), followUpsWithOriginals(stories, written));
    System.err.printf(Locale.ROOT, "%s: %d events, %d stories in %.1f s; events F1 vs truth %.3f%n", name,
        c.events().size(), c.stories().size(), seconds, r.eventsVsTruth().f1());
    return r;
  }

  private static Map<String, String> storyByArticle(Clustering c) {
    Map<String, String> storyOfEvent = new HashMap<>();
    for (ClusteredStory s : c.stories()) {
      s.events().forEach(e -> storyOfEvent.put(e, s.id()));
    }
    Map<String, String> out = new HashMap<>();
    c.eventByArticle().forEach((article, event) -> out.put(article, storyOfEvent.getOrDefault(event, "-" + event)));
    return out;
  }

  /**
   * The share of follow-ups put in the same group as at least one on-time original of their event (an
   * original that is not a follow-up); follow-ups of events without such an original are not counted.
   */
  private static double followUpsWithOriginals(Map<String, String> groupOf, SyntheticCorpus.Written written) {
    Map<String, java.util.Set<String>> onTimeGroups = new HashMap<>();
    written.events().forEach((article, truth) -> {
      if (!written.followUps().contains(article) && groupOf.containsKey(article)) {
        onTimeGroups.computeIfAbsent(truth, k -> new java.util.HashSet<>()).add(groupOf.get(article));
      }
    });
    int counted = 0;
    int joined = 0;
    for (String f : written.followUps()) {
      java.util.Set<String> groups = onTimeGroups.get(written.events().get(f));
      if (groups == null || !groupOf.containsKey(f)) {
        continue;
      }
      counted++;
      if (groups.contains(groupOf.get(f))) {
        joined++;
      }
    }
    return counted == 0 ? Double.NaN : (double) joined / counted;
  }

  private String markdown(SyntheticCorpus.Written w, int links, List<Row> rows) {
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Command: `mvn -B -q package -DskipTests && bin/triangulate-spark "
        + "bench-windowing --documents %d --follow-up-share %s --follow-up-days %d --windows %s%s`%n%n", documents,
        stripZeros(followUpShare), followUpDays, String.join(",", windows),
        section.equals("spark-windowing") ? "" : " --section " + section));
    md.append(String.format(Locale.ROOT, "Corpus: the `bench` generator (`SyntheticCorpus`, seed 20240301), %,d articles "
        + "over %,d invented events in one month, %,d near-duplicate rewrites and %,d republications (%,d duplicate "
        + "links); %s. All runs use the lexical "
        + "clusterer (no MiniLM) with text dates and each article's source from its strongest duplicate link, as in "
        + "section `spark`. Windows place each article (copies: their source) on the day it reports on, the "
        + "clusterer's own placing day (best-voted day its text names, not after publication), or, in the rows "
        + "marked so, on its publication day.%n%n", w.documents(), w.events().values().stream().distinct().count(), w.rewrites(),
        w.republications(), links, followUpShare == 0
            ? "**no late follow-ups**: every original appears 0–2 days after its event, as in section `spark`"
            : String.format(Locale.ROOT, "%,d originals (%.0f%% of them) are **late follow-ups**, published 4–%d days "
                + "after their event and naming its date (\"on March 5\"); the other originals appear 0–2 days after it",
                w.followUps().size(), 100 * followUpShare, followUpDays)));
    md.append("BCubed over articles. \"Events vs online\" takes one clusterer's events as the reference; \"vs truth\" "
        + "the generator's events, for events and for story arcs (articles grouped by story). \"Follow-ups joined\": "
        + "the share of follow-ups in the same event (story) as an on-time original of their event.\n\n");
    md.append("| clustering | events | stories | wall s | events F1 vs online | events P / R / F1 vs truth "
        + "| stories F1 vs truth | follow-ups joined: event | story |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.3f | %.3f / %.3f / %.3f | %.3f | %s | %s |%n",
          r.name(), r.clustering().events().size(), r.clustering().stories().size(), r.seconds(), r.vsOnline().f1(),
          r.eventsVsTruth().p(), r.eventsVsTruth().r(), r.eventsVsTruth().f1(), r.storiesVsTruth().f1(),
          share(r.followUpsJoined()), share(r.followUpsInStory())));
    }
    md.append(String.format(Locale.ROOT, "%nLoad while measuring: %.1f (1-minute load average at the end; 2 cores).%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    return md.toString();
  }

  /** A share with three decimals, or "–" when there was nothing to count. */
  private static String share(double d) {
    return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static String stripZeros(double d) {
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
