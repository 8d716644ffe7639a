package org.triangulate.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.article.Article;
import org.triangulate.cluster.ClusteredEvent;
import org.triangulate.cluster.ClusteredStory;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.WindowSettings;
import org.triangulate.cluster.WindowedClustering;
import org.triangulate.dedup.Provenance;
import org.triangulate.dedup.ProvenanceLink;
import org.triangulate.dossier.DossierJson;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.ingest.Ingestor;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.spark.bench.SyntheticCorpus;
import org.triangulate.testing.SharedData;
import org.triangulate.testing.WarcFixtures;

/** The Spark job gives exactly what the single-machine pipeline gives on the same inputs. */
class SparkPipelineTest {
  @TempDir Path dir;

  /** Spark on {@code inputs} gives the single-machine articles, problems, duplicate links and groups; returns the links. */
  private static int assertSameAsSingleMachine(List<Path> inputs) {
    SparkResult actual = new SparkPipeline(LocalSpark.get(), SparkSettings.DEFAULTS)
        .run(inputs.stream().map(Path::toString).toList());
    try {
      // articles and problems only: reading and cleaning, without the analysis nobody compares
      Pipeline.Cleaned expected = singleMachine(false).clean(inputs, PipelineListener.NONE);
      return assertSameAsSingleMachine(expected.articles(), expected.problems(), actual);
    } finally {
      actual.release();
    }
  }

  /**
   * As above, and the same dossier JSON (the Spark one assembled on the driver by {@code pipeline}, so
   * embedding caches are shared; slow on big corpora).
   */
  private static void assertSameDossierAsSingleMachine(List<Path> inputs, Pipeline pipeline, SparkResult actual) {
    // the Spark dossier's events come from the distributed windowed clustering: compare with the same on one machine
    Pipeline.Result expected = pipeline.withEventGrouping(WindowedClustering.withDefaults()::cluster)
        .run(inputs, PipelineListener.NONE);
    assertSameAsSingleMachine(expected.articles(), expected.problems(), actual);
    assertEquals(DossierJson.toJson(expected.dossier()), DossierJson.toJson(actual.dossier(pipeline)), "dossier JSON");
  }

  /** With the dossier: the full default pipeline (sentence embeddings); without: lexical provenance, faster. */
  private static Pipeline singleMachine(boolean dossier) {
    return dossier
        ? Pipeline.withDefaults()
        : new Pipeline(Ingestor.withDefaults(), ArticleExtractor.withDefaults(), Provenance.lexicalOnly());
  }

  /** Articles, problems, duplicate links and groups equal the single-machine ones; returns the number of links. */
  private static int assertSameAsSingleMachine(List<Article> articles, List<IngestProblem> problems,
      SparkResult actual) {
    assertEquals(articles, actual.collectArticles(), "articles");
    assertEquals(problems, actual.collectProblems(), "problems");
    List<ProvenanceLink> links = new ArrayList<>(Provenance.lexicalOnly().nearDuplicates(articles));
    links.sort(Comparator.comparing(ProvenanceLink::derived).thenComparing(ProvenanceLink::source));
    assertEquals(links, actual.collectDuplicateLinks(), "duplicate links");
    assertEquals(groups(articles, links), actual.collectDuplicateGroups(), "duplicate groups");
    return links.size();
  }

  /** Connected components by union-find on the driver, named after the earliest article. */
  private static Map<String, String> groups(List<Article> articles, List<ProvenanceLink> links) {
    Map<String, Integer> order = new HashMap<>();
    for (Article a : articles) {
      order.put(a.id(), order.size());
    }
    int[] parent = new int[articles.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (ProvenanceLink l : links) {
      int x = find(parent, order.get(l.derived()));
      int y = find(parent, order.get(l.source()));
      parent[Math.max(x, y)] = Math.min(x, y);
    }
    Map<String, String> out = new TreeMap<>();
    for (ProvenanceLink l : links) {
      for (String id : List.of(l.derived(), l.source())) {
        out.put(id, articles.get(find(parent, order.get(id))).id());
      }
    }
    return out;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** One Spark run on the seeds (they need the full pipeline, embeddings included) serves both checks. */
  @Test
  void seedsGiveTheSingleMachineResultWithTheTwoRoundsOfTalksInOneStory() {
    Path seeds = SharedData.require("seeds");
    Pipeline pipeline = singleMachine(true);
    SparkResult actual = new SparkPipeline(LocalSpark.get(), SparkSettings.DEFAULTS).run(List.of(seeds.toString()));
    try {
      assertSameDossierAsSingleMachine(List.of(seeds), pipeline, actual);
      Clustering c = actual.clustering();
      Set<Set<String>> events = new HashSet<>();
      for (ClusteredEvent e : c.events()) {
        Set<String> prefixes = new TreeSet<>();
        e.articles().forEach(a -> prefixes.add(a.substring(0, 3)));
        events.add(prefixes);
      }
      assertEquals(Set.of(Set.of("000", "001", "002", "003"), Set.of("004")), events, c.toString());
      assertEquals(1, c.stories().size(), c.stories().toString());
    } finally {
      actual.release();
    }
  }

  /**
   * The distributed event stage (sources: the strongest duplicate link) equals core
   * {@link WindowedClustering#cluster} on one machine with the same sources.
   */
  private static void assertSameEventsAsSingleMachine(List<Article> articles, SparkResult result,
      WindowSettings windows) {
    Map<String, String> sources = assertSameEvents(articles, result, windows);
    WindowedClustering single = WindowedClustering.lexical(windows);
    Clustering actual = result.clustering();
    // a property of the generated data, so that the test exercises stitching (the seeds link stories across windows)
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, Long> window = new HashMap<>();
    for (Article a : articles) {
      String root = WindowedClustering.root(a.id(), id -> Optional.ofNullable(sources.get(id)));
      window.put(a.id(), single.window(single.day(byId.get(root))));
    }
    assertTrue(actual.events().stream().anyMatch(e -> e.articles().stream().map(window::get).distinct().count() > 1),
        "some event was stitched across a window boundary");
  }

  private static ClusteredEvent event(Row r) {
    return new ClusteredEvent(r.getString(0), r.getString(1), date(r.get(2)), date(r.get(3)),
        Optional.ofNullable(r.getString(4)), r.getString(5), r.getList(6));
  }

  private static Optional<java.time.LocalDate> date(Object v) {
    return v == null ? Optional.empty()
        : Optional.of(v instanceof java.time.LocalDate d ? d : ((java.sql.Date) v).toLocalDate());
  }

  /** Asserts the Spark events equal core {@link WindowedClustering#cluster}; returns the sources both used. */
  private static Map<String, String> assertSameEvents(List<Article> articles, SparkResult result,
      WindowSettings windows) {
    Map<String, Long> order = new HashMap<>();
    articles.forEach(a -> order.put(a.id(), (long) order.size()));
    Map<String, String> sources = SparkResult.strongestSources(Provenance.lexicalOnly().nearDuplicates(articles),
        order);
    Clustering expected = WindowedClustering.lexical(windows).cluster(articles,
        id -> Optional.ofNullable(sources.get(id)));
    assertEquals(expected, result.clustering(), "events and stories");
    return sources;
  }

  /**
   * One generated corpus (JSON lines and WARC files, copies and rewrites, 30% of the originals late
   * follow-ups up to two weeks after their event) for every check of the distributed stages: reading,
   * duplicates, events stitched across windows, follow-ups placed on the day they report on, Parquet.
   * 150 documents are enough for each of those to occur (asserted below), at half the cost of 300.
   */
  @Test
  void generatedCorpusGivesTheSingleMachineResultAndParquetHoldsIt() throws IOException {
    SyntheticCorpus.Written written = new SyntheticCorpus(150, 50, 3, 42).withFollowUps(0.3, 14)
        .write(dir.resolve("corpus"));
    assertTrue(written.files().stream().anyMatch(f -> f.toString().endsWith(".warc.gz")), "WARC files generated");
    Path corpus = dir.resolve("corpus");
    WindowSettings windows = WindowSettings.DEFAULTS;
    SparkResult result = new SparkPipeline(LocalSpark.get(), SparkSettings.DEFAULTS, WindowedGrouping.lexical(windows))
        .run(List.of(corpus.toString()));
    try {
      Pipeline.Cleaned single = singleMachine(false).clean(List.of(corpus), PipelineListener.NONE);
      int links = assertSameAsSingleMachine(single.articles(), single.problems(), result);
      assertSameEventsAsSingleMachine(single.articles(), result, windows);
      // properties of the generated data, so that the test exercises dedup and the placing day
      assertTrue(links >= 10, "the corpus has copies and near duplicates to find: " + links);
      WindowedClustering w = WindowedClustering.lexical(windows);
      assertTrue(single.articles().stream().filter(a -> written.followUps().contains(a.id()))
              .anyMatch(a -> w.window(w.day(a)) < w.window(a.published())),
          "a follow-up placed in its event's earlier window");

      String out = dir.resolve("out").toString();
      result.writeParquet(out);
      var spark = LocalSpark.get();
      List<Row> rows = spark.read().parquet(out + "/articles").orderBy("file_index", "seq").collectAsList();
      assertEquals(result.collectArticles(), rows.stream().map(Rows::toArticle).toList(), "articles in Parquet");
      assertEquals(written.documents(), rows.size());
      assertEquals(0, spark.read().parquet(out + "/problems").count());
      assertEquals(links, spark.read().parquet(out + "/duplicates").count());
      assertEquals(result.collectDuplicateGroups().size(), spark.read().parquet(out + "/groups").count());
      result.writeEvents(out);
      assertEquals(new HashSet<>(result.clustering().events()), new HashSet<>(spark.read().parquet(out + "/events")
          .collectAsList().stream().map(SparkPipelineTest::event).toList()), "events in Parquet");
      assertEquals(result.clustering().stories().size(), spark.read().parquet(out + "/stories").count());
    } finally {
      result.release();
    }
  }

  @Test
  void messyInputsGiveTheSameArticlesProblemsAndIds() throws IOException {
    String html = "<!doctype html><html><head><title>Flood in Rivertown</title></head><body><article>"
        + "<p>Heavy rain flooded the lower town on Monday, officials said, and roads were closed.</p></article></body></html>";
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Talks resume\n\nThe two delegations met in the capital on Tuesday.");
    Files.createDirectories(in.resolve("sub"));
    // same id "a", other content: becomes a~2 on both sides
    Files.writeString(in.resolve("sub/a.txt"), "Other story\n\nA different report about a harbour fire.");
    Files.writeString(in.resolve(".hidden.txt"), "Never read\n\nHidden files are skipped.");
    Files.write(in.resolve("junk.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 9});
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"j1\",\"title\":\"T\",\"text\":\"Body one is here.\"}\n"
        + "{broken\n{\"id\":\"j2\",\"text\":\"<p></p>\"}\n{\"id\":\"j1\",\"title\":\"T\",\"text\":\"Body one is here.\"}\n");
    byte[] warc = WarcFixtures.warc(WarcFixtures.response("https://example.org/a", html),
        WarcFixtures.response("https://example.org/b", html.replace("Monday", "Tuesday")));
    Files.write(in.resolve("crawl.warc.gz"), gzip(warc));
    Files.write(in.resolve("cut.warc"), java.util.Arrays.copyOf(warc, warc.length - 60));
    // the directory again, a missing path, and a single file: repeats are dropped, order kept
    assertSameAsSingleMachine(List.of(in, dir.resolve("missing.txt"), in.resolve("a.txt"), in));
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
