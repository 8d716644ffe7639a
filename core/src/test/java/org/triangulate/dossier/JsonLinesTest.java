package org.triangulate.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DossierFormat#JSONL}: one self-contained record per line, articles, then events, then stories. */
class JsonLinesTest {
  private static List<String> lines() {
    StringWriter w = new StringWriter();
    DossierWriter.write(CsvTablesTest.dossier(), DossierFormat.JSONL, w);
    assertTrue(w.toString().endsWith("\n"));
    return w.toString().lines().toList();
  }

  @Test
  void writesOneLinePerArticleEventAndStoryInThatOrder() throws Exception {
    List<String> lines = lines();
    assertEquals(4 + 2 + 2, lines.size());
    ObjectMapper json = new ObjectMapper();
    List<String> kinds = lines.stream().map(l -> {
      try {
        return json.readTree(l).get("record").asText();
      } catch (Exception e) {
        throw new AssertionError("not one JSON object: " + l, e);
      }
    }).toList();
    assertEquals(List.of("article", "article", "article", "article", "event", "event", "story", "story"), kinds);
    assertTrue(lines.get(0).startsWith("{\"record\":\"article\",\"id\":\"a\""), lines.get(0));
  }

  @Test
  void formatNamesIncludeTheLineAndTableFormats() {
    assertEquals(DossierFormat.JSONL, DossierFormat.parse("jsonl"));
    assertEquals(DossierFormat.JSONL, DossierFormat.parse("NDJSON"));
    assertEquals(DossierFormat.CSV, DossierFormat.parse("csv"));
  }

  @Test
  void anEventLineCarriesItsClaimsWithSlotsAndValues() throws Exception {
    JsonNode e1 = new ObjectMapper().readTree(lines().get(4));
    assertEquals("e1", e1.get("id").asText());
    assertEquals("2024-05-01", e1.get("date").asText());
    JsonNode killed = e1.get("claims").get(0);
    assertEquals("killed", killed.get("slot").asText());
    assertEquals("12", killed.get("value").asText());
    assertEquals("corroborated", killed.get("status").asText());
    assertEquals(1, e1.get("copy_graph").get("groups").size());
  }

  @Test
  void recordsAreTheDossierJsonContractsObjects() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode whole = json.readTree(DossierJson.toJson(CsvTablesTest.dossier()));
    JsonNode story = json.readTree(lines().get(6));
    ((com.fasterxml.jackson.databind.node.ObjectNode) story).remove("record");
    assertEquals(whole.get("stories").get(0), story);
    JsonNode article = json.readTree(lines().get(2));
    ((com.fasterxml.jackson.databind.node.ObjectNode) article).remove("record");
    assertEquals(whole.get("articles").get(2), article);
  }
}
