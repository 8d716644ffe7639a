package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.Derivation;

/** The acceptance criteria of issue 6 on the real seed pages (../shared/seeds). */
class CorroboratorSeedTest {
  private static List<Article> articles;
  private static Corroborator.Result first;

  @BeforeAll
  static void run() throws IOException {
    articles = ClaimFixtures.seeds("000", "001", "002", "003");
    first = Corroborator.withDefaults().corroborate(articles,
        Lineage.bySentenceOverlap(articles, ClaimSettings.DEFAULTS));
  }

  private static Claim find(List<Claim> claims, Predicate<String> text) {
    List<Claim> hits = claims.stream().filter(c -> text.test(c.text())).toList();
    assertEquals(1, hits.size(), () -> "expected one claim, got " + hits);
    return hits.get(0);
  }

  @Test
  void theAiRewriteIsFoundToDeriveFromTheFirstReport() {
    Lineage p = Lineage.bySentenceOverlap(articles, ClaimSettings.DEFAULTS);
    assertEquals(List.of("001"), p.derivedFrom("000").stream().map(Derivation::id).toList());
    for (String id : List.of("001", "002", "003")) {
      assertEquals(List.of(), p.derivedFrom(id), id + " is an original report (sharing a quote is not copying)");
    }
  }

  @Test
  void delegationLeadersAreCorroboratedByThreeIndependentReports() {
    Claim pak = find(first.claims(), t -> t.contains("Syed Haider Shah") && t.contains("Pakistan"));
    Claim us = find(first.claims(), t -> t.contains("Landberg") && t.toLowerCase().contains("us delegation"));
    for (Claim c : List.of(pak, us)) {
      assertEquals(Claim.Status.CORROBORATED, c.status(), c.toString());
      assertEquals(Set.of("001", "002", "003"), Set.copyOf(c.independentSources()), c.toString());
      assertTrue(c.sources().contains("000"), "the rewrite states it too, counted with 001: " + c);
      assertTrue(c.spans().stream().allMatch(s -> articleBody(s.article()).substring(s.start(), s.end())
          .equals(s.text())), "spans point into the bodies");
    }
  }

  @Test
  void theCpcDesignationOnlyTheRewriteMakesIsFlaggedUnsupported() {
    Claim cpc = find(first.claims(), t -> t.contains("Country of Particular Concern"));
    assertEquals(List.of("000"), cpc.sources());
    assertEquals("appears only in a derivative of 001", cpc.unsupported().orElseThrow());
    assertEquals(Claim.Status.SINGLE_SOURCE, cpc.status());
  }

  @Test
  void theSharedForeignOfficeQuoteIsNotedAsOnePrimaryStatement() {
    Claim quote = find(first.claims(), t -> t.contains("cooperation at multilateral fora"));
    assertEquals(Claim.Status.CORROBORATED, quote.status());
    assertTrue(quote.notes().stream().anyMatch(n -> n.contains("quote the same statement")), quote.toString());
  }

  @Test
  void trainingOfPoliceInTheLaterRoundIsSingleSource() throws IOException {
    List<Article> later = ClaimFixtures.seeds("004");
    Corroborator.Result r = Corroborator.withDefaults().corroborate(later, Lineage.none());
    Claim trained = find(r.claims(), t -> t.contains("trained over 300 police"));
    assertEquals(Claim.Status.SINGLE_SOURCE, trained.status());
    assertEquals(List.of("004"), trained.independentSources());
  }

  @Test
  void theCeasefireEndIsADatedBackgroundFact() throws IOException {
    List<Article> later = ClaimFixtures.seeds("004");
    Corroborator.Result r = Corroborator.withDefaults().corroborate(later, Lineage.none());
    assertTrue(r.background().stream().anyMatch(b -> b.date().equals("2022-11") && b.text().contains("ceasefire")),
        r.background().toString());
  }

  @Test
  void everySummarySentenceCitesItsSourcesAndNoUnsupportedClaimIsSummarised() {
    assertFalse(first.summary().isEmpty());
    first.summary().forEach(s -> assertFalse(s.sources().isEmpty()));
    assertTrue(first.summary().stream().noneMatch(s -> s.text().contains("Country of Particular Concern")));
  }

  private static String articleBody(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().body();
  }
}
