package org.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.claim.Corroborator;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierJson;
import org.triangulate.testing.SharedData;

/** The claim stage's per-event work computed apart, shipped as JSON and assembled, gives the same dossier. */
class EventClaimsTest {

  @Test
  void outcomesComputedApartAndShippedAsJsonGiveTheSameDossier() {
    Path seeds = SharedData.require("seeds");
    Pipeline pipeline = Pipeline.withDefaults();
    Dossier expected = pipeline.run(List.of(seeds), PipelineListener.NONE).dossier();
    List<Integer> shipped = new ArrayList<>();
    Pipeline apart = pipeline.withClaimRunner((events, articles, provenance) -> {
      Map<String, AnalyzedArticle> byId = new HashMap<>();
      articles.forEach(a -> byId.put(a.id(), a));
      Corroborator corroborator = Corroborator.withDefaults();
      List<EventClaims.Outcome> out = new ArrayList<>();
      // in reverse, as a cluster may finish them in any order; the runner returns them in event order
      for (int i = events.size() - 1; i >= 0; i--) {
        var e = EventClaims.eventFromJson(EventClaims.eventToJson(events.get(i)));
        List<AnalyzedArticle> arts = e.articles().stream().map(byId::get).toList();
        String json = EventClaims.toJson(EventClaims.of(e, arts,
            id -> EventClaims.derivationsFromJson(EventClaims.derivationsToJson(provenance.derivedFrom(id))),
            corroborator));
        out.add(0, EventClaims.fromJson(json));
        shipped.add(i);
      }
      return out;
    });
    Dossier actual = apart.run(List.of(seeds), PipelineListener.NONE).dossier();
    assertEquals(expected.events().size(), shipped.size());
    assertTrue(expected.events().stream().anyMatch(e -> !e.claims().isEmpty()), "the seeds have claims");
    assertEquals(DossierJson.toJson(expected), DossierJson.toJson(actual));
  }

  @Test
  void outcomesForOtherEventsAreRejected() {
    Path seeds = SharedData.require("seeds");
    Pipeline wrong = Pipeline.withDefaults().withClaimRunner((events, articles, provenance) ->
        reversed(events.stream().map(e -> new EventClaims.Outcome(e, List.of())).toList()));
    assertThrows(IllegalArgumentException.class, () -> wrong.run(List.of(seeds), PipelineListener.NONE));
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> out = new ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }
}
