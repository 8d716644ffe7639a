package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.article.Article;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.DossierJson;
import org.triangulate.dossier.EntityRef;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.dossier.SummarySentence;

/** Every dossier part goes into its tables and comes back equal. */
class DatabaseTest {
  @TempDir Path tmp;

  static Article article(String id, String title, String body, List<String> removed) {
    return new Article(id, "in/" + id + ".txt", Optional.of("https://x.example/" + id), title, Optional.of("Wire"),
        Optional.of(LocalDate.of(2025, 9, 14)), Optional.empty(), Optional.of("CARROW"), body, removed);
  }

  static DossierArticle dossierArticle(Article a, List<Derivation> derived) {
    return new DossierArticle(a.id(), a.title(), a.outlet(), a.published(), a.byline(), a.body(), derived,
        a.origin(), a.url(), a.dateline(), a.removed());
  }

  @Test
  void everyDossierPartRoundTripsThroughItsTables() {
    Article a = article("a", "Flood kills 12", "Twelve died.\n\nMore rain is due.", List.of("Share this", "By Admin"));
    Article b = article("b", "Flood kills 12 (copy)", "Twelve died.", List.of());
    Article c = article("c", "Toll rises to 14", "Fourteen died.", List.of("Comments"));
    Event e1 = new Event("e1", "Carrow flood", Optional.of(LocalDate.of(2025, 9, 14)), Optional.of(LocalDate.of(2025, 9, 15)),
        Optional.of("Carrow"), "s1", List.of("a", "b", "c"),
        List.of(new EntityRef("Alis Varga", "PERSON", Optional.of("governor")), new EntityRef("Carrow", "LOCATION", Optional.empty())),
        List.of(new Claim("12 people died", List.of("a", "b"), List.of("a"), Claim.Status.CONTRADICTED,
                List.of(new Claim.Conflict("12", List.of("a", "b")), new Claim.Conflict("14", List.of("c")))),
            new Claim("Rain is due", List.of("a"), List.of("a"), Claim.Status.SINGLE_SOURCE, List.of())),
        List.of(new SummarySentence("A flood hit Carrow.", List.of("a", "c")), new SummarySentence("Toll disputed.", List.of("c"))));
    Event e2 = new Event("e2", "Second flood", Optional.empty(), Optional.empty(), Optional.empty(), "s1", List.of("c"),
        List.of(), List.of(), List.of());
    Dossier d = new Dossier(
        List.of(dossierArticle(a, List.of()), dossierArticle(b, List.of(new Derivation("a", Derivation.Relation.COPY, 0.97))),
            dossierArticle(c, List.of())),
        List.of(e1, e2), List.of(new Story("s1", "Carrow floods", List.of("e1", "e2"))));
    try (Database db = Database.open(tmp.resolve("t.db"), StoreFixtures.FAST)) {
      for (Article x : List.of(a, b, c)) {
        db.put(x);
      }
      db.replaceAnalysis(d, db.gens().article());
      Dossier back = new Dossier(db.dossierArticles(null), db.events(null), db.stories(null));
      assertEquals(DossierJson.toJson(d), DossierJson.toJson(back));
      assertEquals(d, back);
      assertEquals(List.of(e1), db.events(List.of("e1")));
      assertEquals(List.of(), db.check());
      assertEquals(1, db.claims(Optional.of(Claim.Status.CONTRADICTED), Optional.empty(), 0, 10).size());
      assertEquals("Rain is due", db.claims(Optional.empty(), Optional.of("RAIN"), 0, 10).get(0).claim().text());
      assertEquals(List.of(a, b, c), db.articlesSince(0));
    }
  }

  @Test
  void claimsPageWithOffsetAndCountAndEventsAreFoundByArticle() {
    Article a = article("a", "Flood kills 12", "Twelve died.", List.of());
    Article c = article("c", "Toll rises to 14", "Fourteen died.", List.of());
    Claim first = new Claim("12 people died", List.of("a"), List.of("a"), Claim.Status.CONTRADICTED,
        List.of(new Claim.Conflict("12", List.of("a")), new Claim.Conflict("14", List.of("c"))));
    Claim second = new Claim("Rain is due", List.of("a"), List.of("a"), Claim.Status.SINGLE_SOURCE, List.of());
    Claim third = new Claim("Rain fell", List.of("c"), List.of("c"), Claim.Status.SINGLE_SOURCE, List.of());
    Event e1 = new Event("e1", "Carrow flood", Optional.of(LocalDate.of(2025, 9, 14)), Optional.empty(), Optional.empty(),
        "s1", List.of("a", "c"), List.of(), List.of(first, second), List.of());
    Event e2 = new Event("e2", "Second flood", Optional.of(LocalDate.of(2026, 9, 14)), Optional.empty(), Optional.empty(),
        "s1", List.of("c"), List.of(), List.of(third), List.of());
    Dossier d = new Dossier(List.of(dossierArticle(a, List.of()), dossierArticle(c, List.of())), List.of(e1, e2),
        List.of(new Story("s1", "Carrow floods", List.of("e1", "e2"))));
    try (Database db = Database.open(tmp.resolve("t.db"), StoreFixtures.FAST)) {
      db.put(a);
      db.put(c);
      db.replaceAnalysis(d, db.gens().article());
      assertEquals(List.of(second, third), db.claims(Optional.empty(), Optional.empty(), 1, 10).stream()
          .map(ClaimRow::claim).toList());
      assertEquals(List.of(second), db.claims(Optional.empty(), Optional.empty(), 1, 1).stream().map(ClaimRow::claim).toList());
      assertEquals(3, db.claimCount(Optional.empty(), Optional.empty()));
      assertEquals(2, db.claimCount(Optional.of(Claim.Status.SINGLE_SOURCE), Optional.empty()));
      assertEquals(2, db.claimCount(Optional.empty(), Optional.of("RAIN")));
      assertEquals(List.of("e1"), db.eventSummaries("a").stream().map(EventSummary::id).toList());
      assertEquals(List.of("e2", "e1"), db.eventSummaries("c").stream().map(EventSummary::id).toList());
      assertEquals(List.of(), db.eventSummaries("nobody"));
    }
  }

  @Test
  void analysisReferringToMissingArticlesIsReportedByCheck() {
    Article a = article("a", "T", "Body.", List.of());
    Event e = new Event("e1", "E", Optional.empty(), Optional.empty(), Optional.empty(), "s1", List.of("a", "ghost"),
        List.of(), List.of(), List.of());
    try (Database db = Database.open(tmp.resolve("t.db"), StoreFixtures.FAST)) {
      db.put(a);
      db.replaceAnalysis(new Dossier(List.of(dossierArticle(a, List.of())), List.of(e),
          List.of(new Story("s1", "S", List.of("e1")))), db.gens().article());
      List<String> problems = db.check();
      assertEquals(1, problems.size(), problems::toString);
      assertTrue(problems.get(0).contains("ghost"));
    }
  }
}
