package org.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.Event;
import org.triangulate.testing.SharedData;

/** Events and story arcs of the five real seed pages (Pakistan-US counter-terrorism dialogue). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedEventsTest {
  private Dossier dossier;

  @BeforeAll
  void run() {
    Path seeds = SharedData.require("seeds");
    dossier = Pipeline.withDefaults().run(List.of(seeds), PipelineListener.NONE).dossier();
  }

  private Event eventOf(String seedPrefix) {
    return dossier.events().stream()
        .filter(e -> e.articles().stream().anyMatch(a -> a.startsWith(seedPrefix + "_")))
        .findFirst().orElseThrow(() -> new AssertionError("no event holds seed " + seedPrefix));
  }

  private static Set<String> prefixes(Event e) {
    Set<String> out = new TreeSet<>();
    e.articles().forEach(a -> out.add(a.substring(0, 3)));
    return out;
  }

  @Test
  void theFirstRoundOfTalksIsOneEventAndTheSecondAnother() {
    assertEquals(2, dossier.events().size(), dossier.events().toString());
    assertEquals(Set.of("000", "001", "002", "003"), prefixes(eventOf("001")));
    assertEquals(Set.of("004"), prefixes(eventOf("004")));
  }

  @Test
  void bothRoundsBelongToOneStory() {
    assertEquals(1, dossier.stories().size(), dossier.stories().toString());
    assertEquals(eventOf("001").story(), eventOf("004").story());
    assertEquals(2, dossier.stories().get(0).events().size());
  }

  @Test
  void theFirstRoundIsDatedSixToSevenMarch2023InIslamabad() {
    Event first = eventOf("001");
    assertEquals(Optional.of(LocalDate.of(2023, 3, 6)), first.date());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 7)), first.endDate());
    assertTrue(first.location().map(l -> l.equalsIgnoreCase("Islamabad")).orElse(false), first.toString());
  }

  @Test
  void theSecondRoundIsDatedTenthMay2024() {
    Event second = eventOf("004");
    assertEquals(Optional.of(LocalDate.of(2024, 5, 10)), second.date());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 10)), second.endDate());
  }
}
