package org.triangulate.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.dossier.Derivation.Relation;

class ProvenanceTest {
  private static final String STORY = """
      Heavy rain flooded the harbour district of Lenmark on Friday, the city council said.

      Firefighters evacuated 220 residents from basements near the old customs house overnight.

      The port authority closed the northern quay until the water level drops below one metre.

      Council engineer Ruth Aaland said the new pumps had run at full capacity since Thursday evening.

      Shops along Quay Street reported damage to stock worth several thousand crowns.

      The weather office expects more rain on Sunday and has kept its orange warning in place.
      """;

  static Article article(String id, String body, Optional<LocalDate> published, List<String> removed) {
    return new Article(id, id + ".txt", Optional.empty(), id, Optional.empty(), published, Optional.empty(),
        Optional.empty(), body, removed);
  }

  static Article article(String id, String body) {
    return article(id, body, Optional.empty(), List.of());
  }

  @Test
  void exactCopyDerivesFromTheEarlierArticle() {
    ProvenanceReport r = Provenance.lexicalOnly().analyse(List.of(
        article("b", STORY.toUpperCase(), Optional.of(LocalDate.of(2025, 3, 2)), List.of()),
        article("a", STORY, Optional.of(LocalDate.of(2025, 3, 1)), List.of())));
    assertEquals(List.of(new ProvenanceLink("b", "a", Relation.COPY, 1.0, List.of())), r.links());
    assertEquals("a", r.originalOf("b"));
    assertFalse(r.independent("a", "b"));
    assertTrue(r.addedSentences("b").isEmpty());
  }

  @Test
  void creditLineMarksTheRepublicationWhenDatesAreMissing() {
    String padded = STORY + "\nReaders may send photos of the flooding to the newsroom by email.\n";
    ProvenanceReport r = Provenance.lexicalOnly().analyse(List.of(
        article("scraper", padded, Optional.empty(), List.of("Source: Lenmark Post", "Related Posts")),
        article("post", STORY)));
    ProvenanceLink l = r.sourcesOf("scraper").get(0);
    assertEquals("post", l.source());
    assertEquals(Relation.NEAR_DUPLICATE, l.relation());
    assertTrue(l.score() >= 0.8 && l.score() < 1, "score " + l.score());
    assertEquals(List.of("Readers may send photos of the flooding to the newsroom by email."),
        r.addedSentences("scraper"));
  }

  @Test
  void sharingOneQuotationIsNotCopying() {
    String quote = "\"We will rebuild the quay before winter and every family will get help,\" mayor Ines Berg said.";
    String a = "Storm damage in Lenmark was assessed by engineers on Monday morning.\n" + quote
        + "\nThe cost of repairs has not yet been estimated by the council.";
    String b = "Residents of the harbour district began clearing mud from their homes.\n" + quote
        + "\nVolunteers from neighbouring towns arrived with pumps and dry clothes.";
    ProvenanceReport r = Provenance.lexicalOnly().analyse(List.of(article("a", a), article("b", b)));
    assertTrue(r.links().isEmpty(), () -> r.links().toString());
    assertTrue(r.independent("a", "b"));
  }

  @Test
  void copiedPassagesWithinOtherwiseDifferentTextsArePartialReuse() {
    String[] own = {
        "A regional paper today looks back at a difficult week for coastal towns in the north.",
        "Farmers inland say their fields have not been this wet in twenty years of records.",
        "The regional rail operator cancelled trains between Lenmark and Osby on two days.",
        "Insurance brokers expect claims to rise sharply in the coming month across the region.",
        "Schools in three districts moved lessons online because buses could not run safely.",
        "The national weather office will publish a full review of the storm season in spring."};
    List<String> story = STORY.lines().filter(l -> !l.isBlank()).toList();
    String roundup = String.join("\n", own[0], own[1], story.get(1), story.get(2), story.get(3), own[2], own[3],
        own[4], own[5]);
    ProvenanceReport r = Provenance.lexicalOnly().analyse(List.of(
        article("post", STORY, Optional.of(LocalDate.of(2025, 3, 1)), List.of()),
        article("roundup", roundup, Optional.of(LocalDate.of(2025, 3, 5)), List.of())));
    ProvenanceLink l = r.sourcesOf("roundup").get(0);
    assertEquals("post", l.source());
    assertEquals(Relation.PARTIAL, l.relation(), l::toString);
    assertEquals(6, r.addedSentences("roundup").size(), () -> r.addedSentences("roundup").toString());
  }

  @Test
  void unrelatedArticlesAreNeverEmbedded() {
    AtomicInteger calls = new AtomicInteger();
    SentenceEmbedder counting = new SentenceEmbedder() {
      @Override
      public float[] embed(String sentence) {
        calls.incrementAndGet();
        return SentenceEmbedder.normalize(new float[] {sentence.length(), 1});
      }
    };
    List<Article> articles = new ArrayList<>();
    articles.add(article("flood", STORY));
    articles.add(article("election", """
        Voters in the northern province elect a new assembly on Sunday after a short campaign.
        The governing alliance hopes to keep its majority despite rising prices for bread and fuel.
        Opposition leader Mara Holm promised free school meals and cheaper trains for commuters.
        """));
    articles.add(article("football", """
        Osby United won the cup final three goals to one in front of a sold-out stadium.
        Striker Jonas Lund scored twice before half time and was substituted with a knee injury.
        """));
    ProvenanceReport r = new Provenance(ProvenanceSettings.DEFAULTS, Optional.of(counting)).analyse(articles);
    assertTrue(r.links().isEmpty());
    assertEquals(0, calls.get(), "no candidate pair, so nothing to embed");
  }

  @Test
  void cachedEmbedderComputesEachSentenceOnce() {
    AtomicInteger calls = new AtomicInteger();
    SentenceEmbedder inner = s -> {
      calls.incrementAndGet();
      return SentenceEmbedder.normalize(new float[] {s.length(), 2});
    };
    SentenceEmbedder cached = SentenceEmbedder.cached(inner, 10);
    cached.embedAll(List.of("one sentence.", "another one.", "one sentence."));
    cached.embed("another one.");
    assertEquals(2, calls.get());
    assertEquals(1.0, SentenceEmbedder.cosine(cached.embed("x"), cached.embed("x")), 1e-6);
  }

  @Test
  void nearDuplicatesPathFindsCopiesWithoutAlignment() {
    List<ProvenanceLink> links = Provenance.lexicalOnly().nearDuplicates(List.of(article("a", STORY),
        article("b", STORY.replace("220", "230")), article("c", "Something else entirely, about a cup final.")));
    assertEquals(1, links.size(), links::toString);
    assertEquals(Relation.NEAR_DUPLICATE, links.get(0).relation());
  }

  @Test
  void duplicateIdsAndUnknownIdsAreRejected() {
    Provenance p = Provenance.lexicalOnly();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.analyse(List.of(article("x", STORY), article("x", "other text here"))));
    assertTrue(e.getMessage().contains("'x'"));
    ProvenanceReport r = p.analyse(List.of(article("x", STORY)));
    assertThrows(IllegalArgumentException.class, () -> r.independent("x", "nope"));
  }

  @Test
  void emptyBodiesAreNeverLinked() {
    ProvenanceReport r = Provenance.lexicalOnly().analyse(List.of(article("a", "…"), article("b", "—")));
    assertTrue(r.links().isEmpty());
  }
}
