package org.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.cluster.EventClusterer;
import org.triangulate.dedup.Provenance;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.DossierJson;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.entity.EntityExtractor;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.ingest.Ingestor;
import org.triangulate.testing.SharedData;

/**
 * Adding articles one batch at a time gives the dossier of one full analysis of them all in the same
 * order, and the deltas name every event, story and article that changed.
 */
class IncrementalAnalysisTest {

  @Test
  void seedsAndDemoCorpusAddedOneByOneEqualOneAnalysis() {
    Path seeds = SharedData.require("seeds");
    Pipeline pipeline = Pipeline.withDefaults();
    List<Article> articles = new ArrayList<>(pipeline.run(List.of(seeds), PipelineListener.NONE).articles());
    articles.addAll(pipeline.run(List.of(demoCorpus()), PipelineListener.NONE).articles());
    assertIncrementalEqualsFull(pipeline, articles, new Random(1), 1, 1);
  }

  @Test
  void seedsAddedAfterTheDemoCorpusInBatchesEqualOneAnalysis() {
    Path seeds = SharedData.require("seeds");
    Pipeline pipeline = Pipeline.withDefaults();
    List<Article> articles = new ArrayList<>(pipeline.run(List.of(demoCorpus()), PipelineListener.NONE).articles());
    articles.addAll(pipeline.run(List.of(seeds), PipelineListener.NONE).articles());
    assertIncrementalEqualsFull(pipeline, articles, new Random(2), 3, 1);
  }

  @Test
  void aGeneratedStreamWithCopiesAndRecurringTopicsEqualsOneAnalysis() {
    Pipeline pipeline = new Pipeline(Ingestor.withDefaults(), ArticleExtractor.withDefaults(),
        Provenance.lexicalOnly(), () -> EventClusterer.builder().build(), EntityExtractor.withDefaults());
    List<Article> articles = stream(new Random(7), 80);
    assertIncrementalEqualsFull(pipeline, articles, new Random(3), 4, 8);
  }

  @Test
  void anArticleAddedTwiceIsRejectedAndChangesNothing() {
    Pipeline pipeline = new Pipeline(Ingestor.withDefaults(), ArticleExtractor.withDefaults(),
        Provenance.lexicalOnly(), () -> EventClusterer.builder().build(), EntityExtractor.withDefaults());
    List<Article> articles = stream(new Random(8), 6);
    IncrementalAnalysis inc = pipeline.incremental(articles);
    String before = DossierJson.toJson(inc.dossier());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> inc.add(List.of(articles.get(2))));
    assertEquals(before, DossierJson.toJson(inc.dossier()));
  }

  /** Compares with a full analysis after about one batch in {@code checkEvery} and after the last. */
  private static void assertIncrementalEqualsFull(Pipeline pipeline, List<Article> articles, Random r, int maxBatch,
      int checkEvery) {
    int start = 1 + r.nextInt(Math.max(1, articles.size() / 4));
    IncrementalAnalysis inc = pipeline.incremental(articles.subList(0, start));
    Dossier applied = inc.dossier();
    assertEquals(DossierJson.toJson(full(pipeline, articles.subList(0, start))), DossierJson.toJson(applied));
    boolean sawIncremental = false;
    for (int i = start; i < articles.size(); ) {
      int n = Math.min(articles.size() - i, 1 + r.nextInt(maxBatch));
      IncrementalAnalysis.Delta delta = inc.add(articles.subList(i, i + n));
      sawIncremental |= !delta.full();
      i += n;
      applied = delta.full() ? rowsOf(inc.dossier()) : apply(applied, delta);
      if (i < articles.size() && r.nextInt(checkEvery) != 0) {
        continue;
      }
      Dossier expected = full(pipeline, articles.subList(0, i));
      assertEquals(DossierJson.toJson(expected), DossierJson.toJson(inc.dossier()), "dossier after " + i);
      assertEquals(DossierJson.toJson(rowsOf(expected)), DossierJson.toJson(rowsOf(applied)),
          "deltas applied after " + i);
    }
    assertTrue(sawIncremental, "at least one batch should be added incrementally");
  }

  private static Dossier full(Pipeline pipeline, List<Article> articles) {
    return pipeline.analyse(articles, List.of(), PipelineListener.NONE).dossier();
  }

  /** What a store does with a delta: replace changed rows, drop removed ones, keep the rest. */
  private static Dossier apply(Dossier d, IncrementalAnalysis.Delta delta) {
    Map<String, Event> events = new LinkedHashMap<>();
    d.events().forEach(e -> events.put(e.id(), e));
    delta.removedEvents().forEach(events::remove);
    delta.events().forEach(e -> events.put(e.id(), e));
    for (Event e : delta.restoried()) {
      Event old = events.get(e.id());
      assertEquals(old.title(), e.title());
      assertEquals(old.claims(), e.claims());
      events.put(e.id(), e);
    }
    Map<String, Story> stories = new LinkedHashMap<>();
    d.stories().forEach(s -> stories.put(s.id(), s));
    delta.removedStories().forEach(stories::remove);
    delta.stories().forEach(s -> stories.put(s.id(), s));
    Map<String, DossierArticle> articles = new LinkedHashMap<>();
    d.articles().forEach(a -> articles.put(a.id(), a));
    delta.articles().forEach(a -> articles.put(a.id(), a));
    // dossier order: events by number (creation), stories by number, as a full analysis lists them
    List<Event> ev = events.values().stream()
        .sorted(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.id().substring(1)))).toList();
    List<Story> st = stories.values().stream()
        .sorted(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.id().substring(1)))).toList();
    List<DossierArticle> arts = List.copyOf(articles.values());
    return new Dossier(arts, ev, st);
  }

  /** The dossier without its whole-collection copy graph (a store derives that from the articles). */
  private static Dossier rowsOf(Dossier d) {
    return new Dossier(d.articles(), d.events(), d.stories());
  }

  static Path demoCorpus() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("demo/corpus");
      if (java.nio.file.Files.isDirectory(c)) {
        return c;
      }
    }
    throw new IllegalStateException("demo/corpus not found");
  }

  /**
   * Reports of recurring topics (the same places and people weeks apart), with exact copies, light
   * rewrites and some copies published before the article they copy.
   */
  static List<Article> stream(Random r, int n) {
    String[] places = {"Arlen", "Brisk", "Coldharbour", "Dunmere"};
    String[] people = {"Mara Quill", "Tobias Renn", "Ilse Varga", "Odile Marsh"};
    String[] topics = {"flood", "strike", "budget vote", "bridge collapse", "election"};
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i / 3 * 2 + r.nextInt(2));
      if (i > 5 && r.nextInt(4) == 0) {
        Article src = out.get(out.size() - 1 - r.nextInt(Math.min(out.size(), 6)));
        boolean exact = r.nextBoolean();
        String body = exact ? src.body() : src.body().replace(" said ", " told reporters ");
        LocalDate d = r.nextInt(5) == 0 ? src.published().orElseThrow().minusDays(1) : day;
        out.add(article("c" + i, "Copy: " + src.title(), body, d));
        continue;
      }
      String place = places[r.nextInt(places.length)];
      String who = people[r.nextInt(people.length)];
      String topic = topics[r.nextInt(topics.length)];
      int k = r.nextInt(50);
      String title = "The " + topic + " in " + place + " leaves " + k + " homes affected";
      String body = place.toUpperCase(java.util.Locale.ROOT) + ": The " + topic + " in " + place + " affected " + k
          + " homes on Monday, " + who + " said.\n\n" + who + " said the council of " + place
          + " would meet on Friday to discuss the " + topic + ". Officials counted " + (k * 3 + 1)
          + " people in shelters.\n\nResidents of " + place + " said the " + topic + " was the worst since "
          + (1990 + r.nextInt(30)) + ".";
      out.add(article("a" + i, title, body, day));
    }
    return out;
  }

  private static Article article(String id, String title, String body, LocalDate published) {
    return new Article(id, id + ".txt", Optional.empty(), title, Optional.of("Wire " + id.charAt(0)),
        Optional.of(published), Optional.empty(), Optional.empty(), body, List.of());
  }
}
