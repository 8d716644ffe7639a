package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.Derivation;

/**
 * The demo corpus (demo/corpus, our own text): one flood reported by 01, copied by 02, rewritten by
 * 03 (which adds the dam operator's fines), revised by 04 (14 dead instead of 12).
 */
class CorroboratorDemoTest {
  private static List<Article> flood;
  private static Corroborator.Result result;
  private static final Lineage LINEAGE = Lineage.of(Map.of(
      "02", List.of(new Derivation("01", Derivation.Relation.COPY, 1.0)),
      "03", List.of(new Derivation("01", Derivation.Relation.PARAPHRASE, 0.8))));

  @BeforeAll
  static void run() {
    flood = ClaimFixtures.demo().subList(0, 4);
    result = corroborate(flood);
  }

  private static Corroborator.Result corroborate(List<Article> articles) {
    return Corroborator.withDefaults().corroborate(ClaimFixtures.analyzed(articles), LINEAGE);
  }

  private static Claim find(List<Claim> claims, Predicate<Claim> test) {
    List<Claim> hits = claims.stream().filter(test).toList();
    assertFalse(hits.isEmpty(), () -> "no such claim among " + claims);
    return hits.get(0);
  }

  private static Optional<Claim> toll(Corroborator.Result r) {
    return r.claims().stream().filter(c -> c.slot().equals(Optional.of("killed"))).findFirst();
  }

  @Test
  void theCopyAndTheRewriteCountWithTheirOriginal() {
    Claim rain = find(result.claims(), c -> c.text().contains("118 millimetres"));
    assertEquals(List.of("01", "04"), rain.independentSources(), rain.toString());
    assertEquals(Claim.Status.CORROBORATED, rain.status());
    Claim rescued = find(result.claims(), c -> c.text().contains("140 people"));
    assertEquals(List.of("01"), rescued.independentSources(), "01, its copy and its rewrite are one source");
    assertEquals(Claim.Status.SINGLE_SOURCE, rescued.status());
  }

  @Test
  void aTollRevisedByAReportSayingSoIsAnUpdateNotAConflict() {
    Claim toll = toll(result).orElseThrow();
    assertEquals(List.of(), toll.conflicts(), toll.toString());
    assertEquals(2, toll.updates().size(), toll.toString());
    assertTrue(toll.updates().get(0).value().contains("12"), toll.toString());
    assertTrue(toll.updates().get(1).value().contains("14"), toll.toString());
    assertEquals(List.of("04"), toll.updates().get(1).sources());
    assertEquals(Optional.of("14"), toll.value());
  }

  @Test
  void theSameTwoTollsWithoutARevisionSignalAreAConflict() {
    Article plain = withText(flood.get(3), flood.get(3).body()
        .replace(", revising an earlier count from the provincial emergency office", "")
        .replace("At least 14 people have died", "Fourteen people have died"));
    Corroborator.Result r = corroborate(List.of(flood.get(0), flood.get(1), flood.get(2), plain));
    Claim toll = toll(r).orElseThrow();
    assertEquals(Claim.Status.CONTRADICTED, toll.status(), toll.toString());
    assertEquals(2, toll.conflicts().size(), toll.toString());
  }

  @Test
  void aHigherTollPublishedOnALaterDayIsAnUpdateEvenWithoutSayingSo() {
    Article later = withText(flood.get(3), flood.get(3).body()
        .replace(", revising an earlier count from the provincial emergency office", "")
        .replace("At least 14 people have died", "Fourteen people have died"));
    later = new Article(later.id(), later.origin(), later.url(), later.title(), later.outlet(),
        Optional.of(LocalDate.of(2025, 9, 16)), later.byline(), later.dateline(), later.body(), later.removed());
    Claim toll = toll(corroborate(List.of(flood.get(0), flood.get(1), flood.get(2), later))).orElseThrow();
    assertEquals(List.of(), toll.conflicts(), toll.toString());
    assertEquals(2, toll.updates().size(), toll.toString());
  }

  @Test
  void theDamOperatorFinesOnlyTheRewriteMentionsAreUnsupported() {
    Claim dam = find(result.claims(), c -> c.text().contains("fined twice"));
    assertEquals(List.of("03"), dam.sources());
    assertEquals("appears only in a derivative of 01", dam.unsupported().orElseThrow());
  }

  @Test
  void aFigureTheRewriteAddsToARestatedSentenceIsItsOwnUnsupportedClaim() {
    Article rewrite = withText(flood.get(2), flood.get(2).body().replace("An amber warning had been issued the evening before.",
        "An amber warning had been issued the evening before, and 2,600 sandbags will be handed out by the end of the month."));
    Corroborator.Result r = corroborate(List.of(flood.get(0), flood.get(1), rewrite, flood.get(3)));
    Claim added = find(r.claims(), c -> c.text().contains("2,600 sandbags"));
    assertEquals(List.of("03"), added.sources(), added.toString());
    assertEquals("appears only in a derivative of 01", added.unsupported().orElseThrow());
    Claim rain = find(r.claims(), c -> c.text().contains("118 millimetres"));
    assertTrue(rain.unsupported().isEmpty(), "what the rewrite restates stays supported: " + rain);
  }

  @Test
  void aFigureOnlyTheCopyAndTheRewriteAddIsOneUnsupportedClaimOfBoth() {
    String added = "\n\nVolunteers handed out 2,600 sandbags in Carrow on Monday, the council said.";
    Article copy = withText(flood.get(1), flood.get(1).body() + added);
    Article rewrite = withText(flood.get(2), flood.get(2).body() + added);
    Corroborator.Result r = corroborate(List.of(flood.get(0), copy, rewrite, flood.get(3)));
    Claim sandbags = find(r.claims(), c -> c.text().contains("2,600 sandbags"));
    assertEquals(List.of("02", "03"), sandbags.sources(), sandbags.toString());
    assertEquals("appears only in a derivative of 01", sandbags.unsupported().orElseThrow());
  }

  @Test
  void claimsComeCorroboratedFirstThenContradictedThenSingleSource() {
    List<Claim.Status> order = result.claims().stream().map(Claim::status).toList();
    List<Claim.Status> sorted = order.stream().sorted(java.util.Comparator.comparingInt(s -> switch (s) {
      case CORROBORATED -> 0;
      case CONTRADICTED -> 1;
      case SINGLE_SOURCE -> 2;
    })).toList();
    assertEquals(sorted, order);
  }

  private static Article withText(Article a, String body) {
    return new Article(a.id(), a.origin(), a.url(), "Carrow flood: hospital gives figures", a.outlet(), a.published(),
        a.byline(), a.dateline(), body, a.removed());
  }
}
