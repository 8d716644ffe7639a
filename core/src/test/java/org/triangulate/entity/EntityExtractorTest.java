package org.triangulate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.testing.SharedData;

class EntityExtractorTest {
  private static final EntityExtractor RULES = EntityExtractor.rulesOnly();

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.isCalled(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + entities));
  }

  @Test
  void titleBeforeNameBecomesTheRole() {
    List<Entity> e = RULES.extract("The US delegation will be headed by Acting Coordinator for Counterterrorism "
        + "Christopher Landberg. US Ambassador to Pakistan Donald Blome attended.");
    Entity landberg = named(e, "Christopher Landberg");
    assertEquals(EntityType.PERSON, landberg.type());
    assertEquals(Optional.of("Acting Coordinator for Counterterrorism"), landberg.role());
    Entity blome = named(e, "Donald Blome");
    assertEquals(Optional.of("US Ambassador to Pakistan"), blome.role());
    assertEquals(EntityType.LOCATION, named(e, "Pakistan").type());
  }

  @Test
  void appositionAfterNameBecomesTheRoleAndItsAcronymIsNoEntity() {
    List<Entity> e = RULES.extract("Syed Haider Shah, Additional Secretary (UN&ED) will lead Pakistan delegation.");
    assertEquals(Optional.of("Additional Secretary (UN&ED)"), named(e, "Syed Haider Shah").role());
    assertTrue(e.stream().noneMatch(x -> x.isCalled("UN&ED")), e.toString());
  }

  @Test
  void employerBeforeTheTitleIsTheAffiliation() {
    List<Entity> e = RULES.extract("Pakistan was led by FO Additional Secretary Syed Haider Shah and the US delegation "
        + "was headed by State Department Acting Coordinator for Counterterrorism Christopher Landberg.");
    Entity landberg = named(e, "Christopher Landberg");
    assertEquals(Optional.of("Acting Coordinator for Counterterrorism"), landberg.role());
    assertEquals(Optional.of("State Department"), landberg.affiliation());
    assertEquals(Optional.of("Additional Secretary"), named(e, "Syed Haider Shah").role());
    assertEquals(EntityType.ORG, named(e, "State Department").type());
  }

  @Test
  void acronymDefinitionsAndSpellingVariantsMerge() {
    List<Entity> e = RULES.extract("Threats from the Tehreek-i-Taliban Pakistan (TTP) grew. The TTP denied it. "
        + "Talks with Tehreek-e-Taliban Pakistan collapsed. The Foreign Office (FO) said the FO would respond.");
    Entity ttp = named(e, "TTP");
    assertEquals(EntityType.GROUP, ttp.type());
    assertTrue(ttp.isCalled("Tehreek-e-Taliban Pakistan") && ttp.isCalled("Tehreek-i-Taliban Pakistan"), ttp.toString());
    assertEquals(4, ttp.mentions().size());
    assertEquals("Foreign Office", named(e, "FO").name());
    assertEquals(1, e.stream().filter(x -> x.type() == EntityType.GROUP).count(), e.toString());
  }

  @Test
  void surnameAloneJoinsTheFullName() {
    List<Entity> e = RULES.extract("Acting Coordinator for Counterterrorism Christopher Landberg arrived. "
        + "Landberg said the talks were useful.");
    Entity landberg = named(e, "Christopher Landberg");
    assertTrue(landberg.isCalled("Landberg"));
    assertEquals(2, landberg.mentions().size());
  }

  @Test
  void mergesAcrossDocumentsByAcronymAndInitials() {
    List<Entity> a = RULES.extract("a", "Attacks by the Tehreek-e-Taliban Pakistan rose.");
    List<Entity> b = RULES.extract("b", "The TTP claimed the attack, Dawn reported.");
    List<Entity> all = new ArrayList<>(a);
    all.addAll(b);
    List<Entity> merged = EntityExtractor.merge(all);
    Entity ttp = named(merged, "TTP");
    assertEquals("Tehreek-e-Taliban Pakistan", ttp.name());
    assertEquals(List.of("a", "b"), ttp.mentions().stream().map(Mention::document).distinct().toList());
  }

  @Test
  void ordinaryCapitalisedWordsAreNotPeople() {
    List<Entity> e = RULES.extract("The Counter Terrorism Dialogue opened. Country of Particular Concern (CPC) status "
        + "was discussed. Officials said Monday that Pakistani forces were ready.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.PERSON), e.toString());
  }

  @Test
  void seedPagesYieldTheThreeOfficialsWithTheirRoles() throws IOException {
    String s001 = Files.readString(SharedData.seed("001"), StandardCharsets.UTF_8);
    String s003 = Files.readString(SharedData.seed("003"), StandardCharsets.UTF_8);
    List<Entity> e1 = RULES.extract("001", s001);
    assertEquals(Optional.of("Additional Secretary (UN&ED)"), named(e1, "Syed Haider Shah").role());
    assertEquals(Optional.of("Acting Coordinator for Counterterrorism"), named(e1, "Christopher Landberg").role());
    List<Entity> e3 = RULES.extract("003", s003);
    assertEquals(Optional.of("US Ambassador to Pakistan"), named(e3, "Donald Blome").role());
    Entity ttp = named(e3, "TTP");
    assertEquals(EntityType.GROUP, ttp.type());
    assertEquals("Tehreek-i-Taliban Pakistan", ttp.name());
    List<Entity> all = new ArrayList<>(e1);
    all.addAll(e3);
    List<Entity> event = EntityExtractor.merge(all);
    assertEquals(1, event.stream().filter(x -> x.isCalled("Syed Haider Shah")).count());
    assertEquals(Optional.of("Additional Secretary (UN&ED)"), named(event, "Syed Haider Shah").role());
    assertEquals(Optional.of("Acting Coordinator for Counterterrorism"), named(event, "Christopher Landberg").role());
    assertFalse(event.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.name().contains("Secretary")));
  }

  @Test
  void survivesRandomCapitalisedNoise() {
    java.util.Random r = new java.util.Random(7);
    String[] words = {"The", "Minister", "for", "Ali", "Khan", "(", "TTP", ")", ",", "Secretary", "of", "and",
        "Office", "Taliban", "Pakistan", "said", "US", "Ambassador", "to", "Acting", "Landberg", "-", "e", "."};
    for (int i = 0; i < 400; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 1 + r.nextInt(25); k++) {
        sb.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
      }
      for (Entity e : RULES.extract(sb.toString())) {
        assertFalse(e.name().isBlank());
        for (Mention m : e.mentions()) {
          assertEquals(sb.substring(m.start(), m.end()), m.text());
        }
      }
    }
  }
}
