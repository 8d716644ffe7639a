package org.triangulate.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyGraphJsonTest {
  static final CopyGraph GRAPH = new CopyGraph(List.of(new CopyGraph.Group("a0", List.of("a0", "a1"),
      List.of(new CopyGraph.Edge("a1", "a0", Derivation.Relation.PARAPHRASE, 0.4)))));

  static Dossier withGraph() {
    Dossier d = DossierJsonTest.sample();
    Event e = d.events().get(0);
    Event withGraph = new Event(e.id(), e.title(), e.date(), e.endDate(), e.location(), e.story(), e.articles(),
        e.entities(), e.claims(), e.summary(), GRAPH);
    return new Dossier(d.articles(), List.of(withGraph), d.stories(), GRAPH);
  }

  @Test
  void writesCopyGraphOnDossierAndEvents() throws Exception {
    JsonNode root = DossierJson.mapper().readTree(DossierJson.toJson(withGraph()));
    JsonNode group = root.get("copy_graph").get("groups").get(0);
    assertEquals("a0", group.get("original").asText());
    JsonNode edge = root.get("events").get(0).get("copy_graph").get("groups").get(0).get("edges").get(0);
    assertEquals("a1", edge.get("from").asText());
    assertEquals("a0", edge.get("to").asText());
    assertEquals("paraphrase", edge.get("relation").asText());
  }

  @Test
  void readsBackAndAcceptsDossiersWrittenBeforeTheCopyGraph() throws Exception {
    Dossier d = withGraph();
    assertEquals(d, DossierJson.read(new StringReader(DossierJson.toJson(d))));
    String old = "{\"articles\":[],\"events\":[],\"stories\":[]}";
    assertEquals(CopyGraph.EMPTY, DossierJson.read(new StringReader(old)).copyGraph());
  }

  @Test
  void markdownShowsWhoCopiedWhom() {
    StringWriter w = new StringWriter();
    DossierWriter.write(withGraph(), DossierFormat.MARKDOWN, w);
    assertTrue(w.toString().contains("`a1` paraphrase of `a0`"), w::toString);
  }
}
