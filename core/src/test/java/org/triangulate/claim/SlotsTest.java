package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.dossier.Claim;
import org.triangulate.text.TextAnalyzer;

/** Conflicts, updates and agreements of typed values across invented independent reports. */
class SlotsTest {
  private static final TextAnalyzer TEXT = TextAnalyzer.withoutEmbeddings();

  private static Article article(String id, String published, String body) {
    return new Article(id, id + ".txt", Optional.empty(), "Storm in Marlow", Optional.empty(),
        Optional.of(LocalDate.parse(published)), Optional.empty(), Optional.empty(), body, List.of());
  }

  private static List<Claim> claims(Article... articles) {
    return Corroborator.withDefaults().corroborate(TEXT.analyzeAll(List.of(articles)), Lineage.none(),
        Optional.of(LocalDate.of(2024, 6, 2))).claims();
  }

  private static Claim slot(List<Claim> claims, String slot) {
    List<Claim> hits = new ArrayList<>(claims.stream().filter(c -> c.slot().equals(Optional.of(slot))).toList());
    assertEquals(1, hits.size(), () -> slot + " among " + claims);
    return hits.get(0);
  }

  @Test
  void independentReportsGivingDifferentTollsContradictEachOther() {
    Claim c = slot(claims(
        article("a", "2024-06-02", "MARLOW - A storm hit Marlow on Sunday, killing 12 people, police said."),
        article("b", "2024-06-02", "Fourteen people died when a storm struck the town of Marlow on Sunday.")), "killed");
    assertEquals(Claim.Status.CONTRADICTED, c.status());
    assertEquals(2, c.conflicts().size());
  }

  @Test
  void aLaterReportSayingItRevisesTheTollIsAnUpdate() {
    Claim c = slot(claims(
        article("a", "2024-06-02", "MARLOW - A storm hit Marlow on Sunday, killing 12 people, police said."),
        article("b", "2024-06-03", "The death toll from Sunday's storm in Marlow has risen to 14, the hospital said.")),
        "killed");
    assertTrue(c.conflicts().isEmpty(), c.toString());
    assertEquals(List.of("a", "b"), c.updates().stream().flatMap(u -> u.sources().stream()).toList());
    assertEquals(Optional.of("14"), c.value());
  }

  @Test
  void aBoundIsNoConflict() {
    Claim c = slot(claims(
        article("a", "2024-06-02", "A storm hit Marlow on Sunday, killing at least 12 people, police said."),
        article("b", "2024-06-02", "Fourteen people were killed in Marlow on Sunday when the storm struck.")), "killed");
    assertTrue(c.conflicts().isEmpty(), c.toString());
    assertEquals(Claim.Status.CORROBORATED, c.status());
  }

  @Test
  void twoSpellingsOfOneNameFromIndependentReportsConflictButTransliterationsDoNot() {
    List<Claim> spelt = claims(
        article("a", "2024-06-02", "Police named the driver as Tomas Vellinger, 34, who was arrested in Marlow."),
        article("b", "2024-06-02", "The driver, Tomas Vellanger, 34, was held by police in Marlow on Sunday."));
    Claim c = slot(spelt, "person");
    assertEquals(Claim.Status.CONTRADICTED, c.status());
    assertTrue(Wording.fold("Rafał Kosecki").equals(Wording.fold("Rafal Kosecki")));
    assertTrue(Wording.fold("Dumitrașcu").equals(Wording.fold("Dumitrascu")));
    assertFalse(Wording.variants("maria lopez", "maria lozano"), "another surname is another person");
  }
}
