package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.dossier.Claim;

/** Conflicts on numbers, dates and names, told apart from updates. */
class SlotsTest {
  private static Article article(String id, LocalDate published, String title, String body) {
    return new Article(id, id + ".txt", Optional.empty(), title, Optional.of("Outlet " + id), Optional.of(published),
        Optional.empty(), Optional.empty(), body, List.of());
  }

  private static List<Claim> claims(Article... a) {
    // the dictionary-free annotator: these tests are about the slot rules, given dates resolved as written
    return Corroborator.lexical().corroborate(List.of(a), Lineage.none()).claims();
  }

  private static final LocalDate AUG_5 = LocalDate.of(2024, 8, 5);

  @Test
  void differentArrestDatesAreAConflict() {
    List<Claim> c = claims(
        article("a", AUG_5, "Arrest", "Police arrested the former mayor Tom Bell on 2 August in Lyon over fraud charges."),
        article("b", AUG_5, "Arrest", "The former mayor Tom Bell was arrested by police in Lyon on 3 August over fraud charges."));
    Claim arrest = c.stream().filter(x -> x.text().contains("Bell")).findFirst().orElseThrow();
    assertEquals(Claim.Status.CONTRADICTED, arrest.status(), arrest.toString());
    assertEquals(List.of("2024-08-02", "2024-08-03"), arrest.conflicts().stream().map(Claim.Conflict::value).toList());
  }

  @Test
  void aPostponedDateIsAnUpdate() {
    List<Claim> c = claims(
        article("a", AUG_5, "Summit", "The regional summit of trade ministers will open in Vienna on 12 August."),
        article("b", AUG_5.plusDays(2), "Summit postponed",
            "The regional summit of trade ministers will now open in Vienna on 19 August, postponed by a week."));
    Claim summit = c.stream().filter(x -> x.text().contains("summit")).findFirst().orElseThrow();
    assertEquals(List.of(), summit.conflicts());
    assertEquals(List.of("2024-08-12", "2024-08-19"), summit.updates().stream().map(Claim.Conflict::value).toList());
  }

  @Test
  void differentSpellingsOfANameAreAConflict() {
    List<Claim> c = claims(
        article("a", AUG_5, "Talks", "The Pakistani delegation was led by Additional Secretary Syed Haider Shah in Islamabad."),
        article("b", AUG_5, "Talks", "The Pakistani delegation was led by Additional Secretary Syed Hyder Shah in Islamabad."));
    Claim lead = c.stream().filter(x -> x.text().contains("delegation")).findFirst().orElseThrow();
    assertEquals(Claim.Status.CONTRADICTED, lead.status(), lead.toString());
    assertEquals(2, lead.conflicts().size());
  }

  @Test
  void hedgedFiguresWithinTenPercentAgree() {
    List<Claim> c = claims(
        article("a", AUG_5, "Flood", "The flood forced about 3,000 residents from their homes in the valley town of Carrow."),
        article("b", AUG_5, "Flood", "The flood forced roughly 3,100 residents from their homes in the valley town of Carrow."));
    Claim displaced = c.stream().filter(x -> x.text().contains("residents")).findFirst().orElseThrow();
    assertEquals(Claim.Status.CORROBORATED, displaced.status(), displaced.toString());
  }

  @Test
  void aLowerTollWithoutRevisionIsAConflictEvenWhenLater() {
    List<Claim> c = claims(
        article("a", AUG_5, "Blast", "An explosion at the Marlow chemical plant killed 9 workers on Sunday, police said."),
        article("b", AUG_5.plusDays(1), "Blast", "An explosion at the Marlow chemical plant killed 7 workers on Sunday, police said."));
    assertTrue(c.stream().anyMatch(x -> x.status() == Claim.Status.CONTRADICTED), c.toString());
  }
}
