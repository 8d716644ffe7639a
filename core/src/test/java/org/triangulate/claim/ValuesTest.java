package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.text.Sentence;
import org.triangulate.text.TextAnalyzer;

class ValuesTest {
  private static final TextAnalyzer TEXT = TextAnalyzer.withoutEmbeddings();
  private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2024, 6, 2));

  static List<Value> values(String sentence) {
    Article a = new Article("v", "v.txt", Optional.empty(), "T", Optional.empty(), Optional.of(LocalDate.of(2024, 6, 3)),
        Optional.empty(), Optional.empty(), sentence, List.of());
    Sentence s = TEXT.analyze(a).sentences().get(0);
    return Values.of(s, DAY);
  }

  private static Value only(String sentence, String slot) {
    List<Value> vs = values(sentence).stream().filter(v -> v.slot().equals(slot)).toList();
    assertEquals(1, vs.size(), () -> slot + " in " + values(sentence));
    return vs.get(0);
  }

  @Test
  void countsOfPeopleNextToACasualtyWordAreThatCasualty() {
    assertEquals(2, only("The storm in Marlow killed two people on Sunday.", "killed").number());
    assertEquals(37, only("Officials in Marlow said 37 people were injured.", "injured").number());
    assertEquals(9, only("Marlow's death toll rose to nine on Monday.", "killed").number());
    assertEquals(5, only("Police in Marlow said five people were picked up overnight.", "arrested").number());
    Value risen = only("The number of people killed by Sunday's magnitude 5.2 tremor in Marlow has risen to eleven, "
        + "officials said.", "killed");
    assertEquals(11, risen.number());
    assertTrue(risen.revised());
  }

  @Test
  void onePersonNamedBySingularNounPhrasesCountsAsALowerBound() {
    assertEquals(1, only("A 17-year-old boy was killed and his brother was hurt in Marlow.", "killed").number());
    assertEquals(1, only("One person died at the scene on Marlow Road.", "killed").number());
    assertEquals(2, only("A man and a woman were shot dead outside a bar in Marlow.", "killed").number());
    assertEquals(1, only("Police said a 23-year-old man was shot near Marlow station.", "injured").number());
    Value girl = only("An 8-year-old girl in Marlow suffered minor injuries.", "injured");
    assertEquals(1, girl.number());
    assertEquals(Optional.of("AT_LEAST"), girl.qualifier(), "one named victim need not be all of them");
    assertTrue(values("His brother was taken to hospital in Marlow.").isEmpty());
  }

  @Test
  void aLengthInTimeContrastedWithAnOldOneIsALengthEvenBeforeAfter() {
    List<Value> vs = values("The Marlow operator revised its account: power came back nine days after the storm, "
        + "rather than the five days it had cited.");
    assertTrue(vs.stream().anyMatch(v -> v.slot().equals("day") && v.number() == 9 && v.revised()), vs::toString);
    assertTrue(vs.stream().anyMatch(v -> v.slot().equals("day") && v.number() == 5 && !v.revised()), vs::toString);
    assertTrue(values("Power came back in Marlow nine days after the storm.").stream().noneMatch(v -> v.slot().equals("day")),
        "without a contrast, 'nine days after' dates; it measures nothing");
  }

  @Test
  void aRevisionIsMarkedAndItsOldValueIsNot() {
    List<Value> vs = values("The Marlow agency revised it to 33,200 square kilometres, up from 31,500 square kilometres.");
    Value now = vs.stream().filter(v -> v.number() == 33_200).findFirst().orElseThrow();
    Value before = vs.stream().filter(v -> v.number() == 31_500).findFirst().orElseThrow();
    assertEquals("km2", now.slot());
    assertTrue(now.revised());
    assertFalse(before.revised());
  }

  @Test
  void incrementsVagueNumbersAndOtherTimesAreNoValues() {
    assertTrue(values("Rescuers in Marlow found two more bodies on Monday.").stream().noneMatch(v -> v.number() == 2));
    assertTrue(values("The flood in Marlow destroyed hundreds of homes.").isEmpty());
    assertTrue(values("It was followed eight days later by a magnitude 5.8 tremor near Marlow.").isEmpty());
    assertTrue(values("The first quake in Marlow on May 10 destroyed 1,240 homes.").isEmpty());
  }

  @Test
  void aThingCarriesThePredicatesAroundIt() {
    Value ransom = only("The attackers demanded a ransom of $12 million from Marlow Port.", "USD");
    assertTrue(ransom.predicates().contains("demand") && ransom.predicates().contains("ransom"), ransom.toString());
    Value homes = only("Marlow officials said 840 homes had been destroyed.", "home");
    assertTrue(homes.predicates().contains("destroi"), homes.toString());
  }

  @Test
  void magnitudesMembersAndSpaceSeparatedThousandsAreRead() {
    assertEquals(5.8, only("A magnitude 5.8 earthquake struck Marlow on Sunday.", "magnitude").number(), 1e-9);
    assertEquals(11, only("Marlow sent an 11-member delegation to the talks.", "member").number());
    assertEquals(3_800, only("About 3 800 containers were stuck at Marlow port on Sunday.", "contain").number());
  }
}
