package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.Derivation;
import org.triangulate.text.AnalyzedArticle;

/**
 * The claim stage on the real seed pages (../shared/seeds), given the lineage provenance finds: 000 is
 * an AI-style rewrite of 001; 001, 002 and 003 are independent reports of the March 2023 dialogue.
 */
class CorroboratorSeedTest {
  private static List<Article> articles;
  private static Corroborator.Result first;
  private static final Lineage LINEAGE = Lineage.of(Map.of("000",
      List.of(new Derivation("001", Derivation.Relation.PARAPHRASE, 0.8))));

  @BeforeAll
  static void run() throws IOException {
    articles = ClaimFixtures.seeds("000", "001", "002", "003");
    first = Corroborator.withDefaults().corroborate(ClaimFixtures.analyzed(articles), LINEAGE);
  }

  private static Claim find(List<Claim> claims, Predicate<Claim> test, String what) {
    List<Claim> hits = claims.stream().filter(test).toList();
    assertFalse(hits.isEmpty(), () -> "no claim " + what + " among " + texts(claims));
    return hits.get(0);
  }

  private static String texts(List<Claim> claims) {
    StringBuilder sb = new StringBuilder();
    claims.forEach(c -> sb.append("\n  [").append(c.status().label()).append(' ').append(c.sources()).append("] ")
        .append(c.text()));
    return sb.toString();
  }

  private static boolean states(Claim c, String... words) {
    String all = (c.text() + " " + String.join(" ", c.spans().stream().map(Claim.Span::text).toList()))
        .toLowerCase(java.util.Locale.ROOT);
    for (String w : words) {
      if (!all.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theIslamabadDialogueOfSixAndSevenMarchIsCorroboratedByTheThreeReports() {
    Claim held = find(first.claims(), c -> c.status() == Claim.Status.CORROBORATED && states(c, "Islamabad")
        && c.independentSources().containsAll(List.of("001", "002", "003")), "on the Islamabad dialogue by 001-003");
    assertTrue(held.sources().contains("000") || !states(held, "6"), held.toString());
  }

  @Test
  void delegationLeadersAreCorroboratedByIndependentReports() {
    Claim pak = find(first.claims(), c -> states(c, "Syed Haider Shah") && c.status() == Claim.Status.CORROBORATED,
        "corroborating the Pakistani delegation's leader");
    assertTrue(pak.independentSources().size() >= 2, pak.toString());
    for (Claim.Span s : pak.spans()) {
      assertEquals(s.text(), body(s.article()).substring(s.start(), s.end()), "spans point into the bodies");
    }
  }

  @Test
  void theCpcDesignationOnlyTheRewriteMakesIsFlaggedUnsupported() {
    Claim cpc = find(first.claims(), c -> c.text().contains("Country of Particular Concern"), "on the CPC designation");
    assertEquals(List.of("000"), cpc.sources());
    assertEquals("appears only in a derivative of 001", cpc.unsupported().orElseThrow());
    assertEquals(Claim.Status.SINGLE_SOURCE, cpc.status());
  }

  @Test
  void nothingElseOfTheRewriteThatTheReportSupportsIsFlagged() {
    List<Claim> flagged = first.claims().stream().filter(c -> c.unsupported().isPresent()).toList();
    assertEquals(1, flagged.size(), () -> "flagged: " + texts(flagged));
  }

  @Test
  void theSharedForeignOfficeQuoteIsNotedAsOnePrimaryStatement() {
    Claim quote = find(first.claims(), c -> c.text().contains("multilateral fora"), "quoting the Foreign Office");
    assertEquals(Claim.Status.CORROBORATED, quote.status(), quote.toString());
    assertTrue(quote.notes().stream().anyMatch(n -> n.contains("quote the same statement")), quote.toString());
  }

  @Test
  void trainingOfPoliceInTheLaterRoundIsSingleSource() throws IOException {
    List<AnalyzedArticle> later = ClaimFixtures.analyzed(ClaimFixtures.seeds("004"));
    Corroborator.Result r = Corroborator.withDefaults().corroborate(later, Lineage.none());
    Claim trained = find(r.claims(), c -> c.text().contains("trained over 300 police"), "on police training");
    assertEquals(Claim.Status.SINGLE_SOURCE, trained.status());
    assertEquals(List.of("004"), trained.independentSources());
  }

  @Test
  void theCeasefireEndIsADatedBackgroundFact() throws IOException {
    List<AnalyzedArticle> later = ClaimFixtures.analyzed(ClaimFixtures.seeds("004"));
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

  private static String body(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().body();
  }
}
