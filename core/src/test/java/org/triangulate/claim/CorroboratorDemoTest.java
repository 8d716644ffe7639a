package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.dossier.Claim;

/** The demo corpus (demo/corpus): one flood reported by 01, copied by 02, rewritten by 03, revised by 04. */
class CorroboratorDemoTest {
  private static List<Article> flood;
  private static Corroborator.Result result;

  @BeforeAll
  static void run() {
    flood = ClaimFixtures.demo().subList(0, 4);
    result = Corroborator.withDefaults().corroborate(flood, Lineage.bySentenceOverlap(flood, ClaimSettings.DEFAULTS));
  }

  private static Claim find(Predicate<String> text) {
    List<Claim> hits = result.claims().stream().filter(c -> text.test(c.text())).toList();
    assertEquals(1, hits.size(), () -> "expected one claim, got " + hits);
    return hits.get(0);
  }

  @Test
  void theCopyAndTheRewriteCountWithTheirOriginal() {
    Claim rain = find(t -> t.contains("118 millimetres"));
    assertEquals(List.of("01", "04"), rain.independentSources(), rain.toString());
    assertEquals(Claim.Status.CORROBORATED, rain.status());
    Claim rescued = find(t -> t.contains("140 people"));
    assertEquals(List.of("01"), rescued.independentSources(), "01, its copy and its rewrite are one source");
    assertEquals(Claim.Status.SINGLE_SOURCE, rescued.status());
  }

  @Test
  void aTollRevisedTheSameDayByAReportSayingSoIsAnUpdateNotAConflict() {
    Claim toll = find(t -> t.startsWith("Number of dead"));
    assertEquals(List.of(), toll.conflicts());
    assertEquals(List.of("12", "14"), toll.updates().stream().map(Claim.Conflict::value).toList());
    assertEquals(List.of("04"), toll.updates().get(1).sources());
    assertTrue(result.summary().stream().anyMatch(s -> s.text().contains("revised the number of dead")));
  }

  @Test
  void theSameTwoTollsWithoutARevisionSignalAreAConflict() {
    // 04 as if it had not said it was revising the count and had a neutral headline
    Article plain = withText(flood.get(3), "Carrow flood: hospital gives figures",
        flood.get(3).body().replace(", revising an earlier count from the provincial emergency office", ""));
    List<Article> arts = List.of(flood.get(0), flood.get(1), flood.get(2), plain);
    Corroborator.Result r = Corroborator.withDefaults().corroborate(arts,
        Lineage.bySentenceOverlap(arts, ClaimSettings.DEFAULTS));
    Claim toll = r.claims().stream().filter(c -> c.text().startsWith("Number of dead")).findFirst().orElseThrow();
    assertEquals(Claim.Status.CONTRADICTED, toll.status());
    assertEquals(List.of("12", "14"), toll.conflicts().stream().map(Claim.Conflict::value).toList());
  }

  @Test
  void aHigherTollPublishedOnALaterDayIsAnUpdateEvenWithoutSayingSo() {
    Article later = withText(flood.get(3), "Carrow flood: hospital gives figures",
        flood.get(3).body().replace(", revising an earlier count from the provincial emergency office", ""));
    later = new Article(later.id(), later.origin(), later.url(), later.title(), later.outlet(),
        Optional.of(LocalDate.of(2025, 9, 16)), later.byline(), later.dateline(), later.body(), later.removed());
    List<Article> arts = List.of(flood.get(0), flood.get(1), flood.get(2), later);
    Corroborator.Result r = Corroborator.withDefaults().corroborate(arts,
        Lineage.bySentenceOverlap(arts, ClaimSettings.DEFAULTS));
    Claim toll = r.claims().stream().filter(c -> c.text().startsWith("Number of dead")).findFirst().orElseThrow();
    assertEquals(List.of(), toll.conflicts());
    assertEquals(2, toll.updates().size());
  }

  @Test
  void theDamOperatorFinesOnlyTheRewriteMentionsAreUnsupported() {
    Claim dam = find(t -> t.contains("fined twice"));
    assertEquals(List.of("03"), dam.sources());
    assertEquals("appears only in a derivative of 01", dam.unsupported().orElseThrow());
  }

  private static Article withText(Article a, String title, String body) {
    return new Article(a.id(), a.origin(), a.url(), title, a.outlet(), a.published(), a.byline(), a.dateline(), body,
        a.removed());
  }
}
