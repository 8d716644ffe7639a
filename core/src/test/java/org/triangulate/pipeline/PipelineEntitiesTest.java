package org.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.dossier.EntityRef;
import org.triangulate.dossier.Event;
import org.triangulate.testing.SharedData;

class PipelineEntitiesTest {

  @Test
  void eventsListTheirPeopleWithRolesAndTheirGroups() throws IOException {
    var r = Pipeline.withDefaults().run(List.of(SharedData.seed("003")), PipelineListener.NONE);
    Event e = r.dossier().events().get(0);
    // (Donald Blome is named only in the photo caption, which cleaning removes)
    EntityRef landberg = e.entities().stream().filter(x -> x.name().equals("Christopher Landberg")).findFirst()
        .orElseThrow(() -> new AssertionError(e.entities().toString()));
    assertEquals("PERSON", landberg.type());
    assertEquals(Optional.of("Acting Coordinator for Counterterrorism"), landberg.role());
    assertTrue(e.entities().stream().anyMatch(x -> x.name().equals("Tehreek-i-Taliban Pakistan")
        && x.type().equals("GROUP")), e.entities().toString());
    assertTrue(e.entities().stream().noneMatch(x -> x.name().equals("Imran Khan")),
        "the cleaned body has no sidebar, so no sidebar people: " + e.entities());
  }
}
