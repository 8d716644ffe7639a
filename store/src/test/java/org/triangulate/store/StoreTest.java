package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.dossier.DossierJson;
import org.triangulate.index.Hit;
import org.triangulate.index.IndexDoc;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;

class StoreTest {
  @TempDir Path tmp;

  private Store open() {
    return Store.open(tmp.resolve("store"), StoreFixtures.FAST, Pipeline.withDefaults());
  }

  @Test
  void storedDossierEqualsThePipelinesDossier() {
    Path demo = StoreFixtures.demoCorpus();
    try (Store store = open()) {
      IngestReport r = store.ingest(List.of(demo), StoreListener.NONE);
      assertTrue(r.reanalysed());
      assertEquals(r.stored().size(), r.count(StoredArticle.Outcome.ADDED));
      var expected = Pipeline.withDefaults().run(List.of(demo), PipelineListener.NONE).dossier();
      assertEquals(DossierJson.toJson(expected), DossierJson.toJson(store.dossier()));
      assertEquals(List.of(), store.check());
    }
  }

  @Test
  void reingestingTheSameInputsChangesNothing() {
    Path demo = StoreFixtures.demoCorpus();
    try (Store store = open()) {
      store.ingest(List.of(demo), StoreListener.NONE);
      String before = DossierJson.toJson(store.dossier());
      IngestReport again = store.ingest(List.of(demo), StoreListener.NONE);
      assertFalse(again.reanalysed());
      assertEquals(again.stored().size(), again.count(StoredArticle.Outcome.UNCHANGED));
      assertEquals(before, DossierJson.toJson(store.dossier()));
    }
  }

  @Test
  void addingArticlesLaterGivesTheSameDossierAsOneRun() throws IOException {
    Path a = StoreFixtures.jsonl(Files.createDirectories(tmp.resolve("a")), "first", 6);
    Path b = StoreFixtures.jsonl(Files.createDirectories(tmp.resolve("b")), "second", 5);
    try (Store store = open()) {
      store.ingest(List.of(a), StoreListener.NONE);
      IngestReport second = store.ingest(List.of(b), StoreListener.NONE);
      assertTrue(second.reanalysed());
      assertEquals(11, second.totalArticles());
      var expected = Pipeline.withDefaults().run(List.of(a, b), PipelineListener.NONE).dossier();
      assertEquals(DossierJson.toJson(expected), DossierJson.toJson(store.dossier()));
      assertEquals(List.of(), store.check());
    }
  }

  @Test
  void editedFileUpdatesItsArticleAndOtherFileWithSameIdGetsSuffix() throws IOException {
    Path one = Files.createDirectories(tmp.resolve("one")).resolve("report.txt");
    Path two = Files.createDirectories(tmp.resolve("two")).resolve("report.txt");
    Files.writeString(one, "Bridge closes in Arlen\n\nThe old bridge in Arlen closed on Monday for repairs.\n");
    Files.writeString(two, "Ferry resumes in Brisk\n\nThe ferry to Brisk resumed service on Friday after a month.\n");
    try (Store store = open()) {
      assertEquals(StoredArticle.Outcome.ADDED, store.ingest(List.of(one), StoreListener.NONE).stored().get(0).outcome());
      Files.writeString(one, "Bridge reopens in Arlen\n\nThe old bridge in Arlen reopened on Friday after repairs.\n");
      StoredArticle updated = store.ingest(List.of(one), StoreListener.NONE).stored().get(0);
      assertEquals(new StoredArticle("report", one.toString(), StoredArticle.Outcome.UPDATED), updated);
      StoredArticle other = store.ingest(List.of(two), StoreListener.NONE).stored().get(0);
      assertEquals(new StoredArticle("report~2", two.toString(), StoredArticle.Outcome.ADDED), other);
      assertEquals("Bridge reopens in Arlen", store.article("report").orElseThrow().title());
      assertEquals(2, store.stats().articles());
      assertEquals(List.of(), store.check());
    }
  }

  @Test
  void textSearchFindsArticlesAndEventsByStemmedWords() {
    try (Store store = open()) {
      store.ingest(List.of(StoreFixtures.demoCorpus()), StoreListener.NONE);
      List<Hit> hits = store.search("flooding death toll", IndexDoc.Kind.ARTICLE, Store.SearchMode.TEXT, 10);
      assertFalse(hits.isEmpty());
      assertTrue(hits.stream().anyMatch(h -> h.id().equals("northern-post-carrow")), hits::toString);
      assertTrue(store.search("zzzz qqqq", IndexDoc.Kind.ARTICLE, Store.SearchMode.TEXT, 10).isEmpty());
      assertFalse(store.search("Carrow", IndexDoc.Kind.EVENT, Store.SearchMode.TEXT, 10).isEmpty());
      // query syntax is not interpreted: stray operators are harmless
      assertFalse(store.search("Carrow AND (\"flood", IndexDoc.Kind.ARTICLE, Store.SearchMode.TEXT, 10).isEmpty());
    }
  }

  @Test
  void deletedIndexIsRebuiltFromTheDatabaseOnOpen() throws IOException {
    try (Store store = open()) {
      store.ingest(List.of(StoreFixtures.demoCorpus()), StoreListener.NONE);
    }
    try (Stream<Path> files = Files.list(tmp.resolve("store/index"))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    try (Store store = open()) {
      assertTrue(store.recovery().indexRebuilt());
      assertEquals(List.of(), store.check());
    }
  }

  @Test
  void corruptIndexIsRecreatedAndRebuilt() throws IOException {
    try (Store store = open()) {
      store.ingest(List.of(StoreFixtures.demoCorpus()), StoreListener.NONE);
    }
    try (Stream<Path> files = Files.list(tmp.resolve("store/index"))) {
      for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
        Files.write(f, "garbage".getBytes(StandardCharsets.UTF_8));
      }
    }
    try (Store store = open()) {
      assertTrue(store.recovery().indexRebuilt());
      assertEquals(List.of(), store.check());
      assertFalse(store.search("Carrow", IndexDoc.Kind.ARTICLE, Store.SearchMode.TEXT, 5).isEmpty());
    }
  }

  @Test
  void eventDossierHoldsTheEventItsStoryAndItsArticles() {
    try (Store store = open()) {
      store.ingest(List.of(StoreFixtures.demoCorpus()), StoreListener.NONE);
      var event = store.dossier().events().get(0);
      var d = store.eventDossier(event.id()).orElseThrow();
      assertTrue(d.events().contains(event));
      assertEquals(event.story(), d.stories().get(0).id());
      assertTrue(d.articles().stream().map(x -> x.id()).toList().containsAll(event.articles()));
      assertEquals(Optional.empty(), store.eventDossier("no-such-event"));
    }
  }
}
