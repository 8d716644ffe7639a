package org.triangulate.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  static Embedder miniLm;
  @TempDir Path dir;

  @BeforeAll
  static void loadModel() {
    miniLm = Embedder.miniLm();
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void miniLmVectorsAreNormalisedAndCloserForRelatedMeaning() {
    float[] flood = miniLm.embed("Flash flood kills twelve as river bursts its banks");
    float[] related = miniLm.embed("Deadly inundation after heavy rain overwhelms the town");
    float[] unrelated = miniLm.embed("Tech shares rally as central bank holds interest rates");
    assertEquals(384, flood.length);
    assertEquals(1.0, dot(flood, flood), 1e-3);
    assertTrue(dot(flood, related) > dot(flood, unrelated) + 0.1,
        () -> "related " + dot(flood, related) + " vs unrelated " + dot(flood, unrelated));
  }

  private static final List<IndexDoc> DOCS = List.of(
      new IndexDoc(IndexDoc.Kind.ARTICLE, "flood", "Flash flood kills 12 in Carrow",
          "A flash flood tore through the lower districts after the river burst its banks, killing twelve people."),
      new IndexDoc(IndexDoc.Kind.ARTICLE, "markets", "Shares rise on rate decision",
          "Stock markets rallied on Thursday after the central bank left interest rates unchanged."),
      new IndexDoc(IndexDoc.Kind.ARTICLE, "talks", "Counter-terrorism dialogue resumes",
          "Delegations from both countries met in Islamabad to discuss cooperation against militant groups."),
      new IndexDoc(IndexDoc.Kind.EVENT, "e1", "Carrow flood", "Flood in Carrow, 12 dead"));

  @Test
  void semanticSearchFindsByMeaningWithoutSharedWords() {
    try (SearchIndex index = SearchIndex.open(dir, miniLm)) {
      index.apply(DOCS, Set.of(), Map.of("k", "1"));
      List<Hit> hits = index.nearest("deluge drowned residents", Optional.of(IndexDoc.Kind.ARTICLE), 3);
      assertEquals("flood", hits.get(0).id(), hits::toString);
      assertTrue(index.search("deluge drowned residents", Optional.of(IndexDoc.Kind.ARTICLE), 3).isEmpty());
      assertEquals("talks", index.nearest("security cooperation between governments", Optional.empty(), 1).get(0).id());
    }
  }

  @Test
  void semanticSearchFindsNothingForNonsenseAndCountsWhatItFinds() {
    try (SearchIndex index = SearchIndex.open(dir, miniLm)) {
      index.apply(DOCS, Set.of(), Map.of("k", "1"));
      for (String nonsense : List.of("zyxxyq", "qwpl vbnm", "lorem ipsum dolor sit amet")) {
        assertEquals(List.of(), index.nearest(nonsense, Optional.of(IndexDoc.Kind.ARTICLE), 10), nonsense);
        assertEquals(0, index.countNearest(nonsense, Optional.of(IndexDoc.Kind.ARTICLE)), nonsense);
      }
      List<Hit> hits = index.nearest("river flooding kills people", Optional.of(IndexDoc.Kind.ARTICLE), 10);
      assertEquals("flood", hits.get(0).id(), hits::toString);
      assertTrue(hits.get(0).score() >= SearchIndex.MINILM_MIN_ARTICLE_SCORE, hits::toString);
      assertEquals(hits.size(), index.countNearest("river flooding kills people", Optional.of(IndexDoc.Kind.ARTICLE)));
      assertEquals(1, index.count("interest rates", Optional.of(IndexDoc.Kind.ARTICLE)));
      assertEquals(0, index.count("zyxxyq", Optional.empty()));
    }
  }

  @Test
  void checkpointAndDocumentsSurviveReopenAndClearingRemovesOneKind() {
    Embedder hashing = Embedder.hashing(32);
    try (SearchIndex index = SearchIndex.open(dir, hashing)) {
      assertEquals(Map.of(), index.checkpoint());
      index.apply(DOCS, Set.of(), Map.of("article_gen", "7"));
    }
    try (SearchIndex index = SearchIndex.open(dir, hashing)) {
      assertEquals(Map.of("article_gen", "7"), index.checkpoint());
      assertEquals(Set.of("flood", "e1"), index.search("floods", Optional.empty(), 5).stream().map(Hit::id).collect(java.util.stream.Collectors.toSet()));
      assertEquals(Set.of("flood", "markets", "talks"), index.ids(IndexDoc.Kind.ARTICLE));
      index.apply(List.of(), Set.of(IndexDoc.Kind.ARTICLE), Map.of("article_gen", "8"));
      assertEquals(Set.of(), index.ids(IndexDoc.Kind.ARTICLE));
      assertEquals(Set.of("e1"), index.ids(IndexDoc.Kind.EVENT));
      // stemming: "floods" finds "flood"; only the event is left
      assertEquals(List.of("e1"), index.search("floods", Optional.empty(), 5).stream().map(Hit::id).toList());
    }
  }

  @Test
  void indexBuiltWithAnotherEmbedderIsDiscardedOnOpen() {
    try (SearchIndex index = SearchIndex.open(dir, Embedder.hashing(32))) {
      index.apply(DOCS, Set.of(), Map.of("article_gen", "3"));
    }
    try (SearchIndex index = SearchIndex.open(dir, Embedder.hashing(16))) {
      assertTrue(index.recreated());
      assertEquals(Map.of(), index.checkpoint());
      index.apply(DOCS, Set.of(), Map.of("article_gen", "3"));
      assertEquals(4, index.size());
    }
  }
}
