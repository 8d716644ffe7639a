package org.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.triangulate.cluster.WindowedClustering;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.Event;
import org.triangulate.testing.SharedData;

/** The seed pages through the pipeline with per-window clustering give the same events and story as without. */
class WindowedSeedEventsTest {

  @Test
  void theTwoRoundsOfTalksAreTwoEventsOfOneStory() {
    Path seeds = SharedData.require("seeds");
    Dossier d = Pipeline.withDefaults().withEventGrouping(WindowedClustering.withDefaults()::cluster)
        .run(List.of(seeds), PipelineListener.NONE).dossier();
    Set<Set<String>> events = new java.util.HashSet<>();
    for (Event e : d.events()) {
      Set<String> prefixes = new TreeSet<>();
      e.articles().forEach(a -> prefixes.add(a.substring(0, 3)));
      events.add(prefixes);
    }
    assertEquals(Set.of(Set.of("000", "001", "002", "003"), Set.of("004")), events, d.events().toString());
    assertEquals(1, d.stories().size(), d.stories().toString());
    assertEquals(2, d.stories().get(0).events().size());
  }
}
