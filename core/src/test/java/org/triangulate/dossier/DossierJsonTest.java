package org.triangulate.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON field names are a contract other tools read: keep them. */
class DossierJsonTest {
  static Dossier sample() {
    DossierArticle a = new DossierArticle("a1", "T", Optional.of("Dawn"), Optional.of(LocalDate.of(2023, 3, 7)),
        Optional.empty(), "Body.", List.of(new Derivation("a0", Derivation.Relation.NEAR_DUPLICATE, 0.91)),
        "in/a1.txt", Optional.empty(), Optional.empty(), List.of());
    Claim c = new Claim("X led the delegation", List.of("a1", "a2"), List.of("a1"), Claim.Status.SINGLE_SOURCE,
        List.of(new Claim.Conflict("12", List.of("a1"))));
    Event e = new Event("e1", "Talks", Optional.of(LocalDate.of(2023, 3, 6)), Optional.of(LocalDate.of(2023, 3, 7)),
        Optional.of("Islamabad"), "s1", List.of("a1"), List.of(new EntityRef("X", "PERSON", Optional.of("Envoy"))),
        List.of(c), List.of(new SummarySentence("Talks were held.", List.of("a1"))));
    return new Dossier(List.of(a), List.of(e), List.of(new Story("s1", "Arc", List.of("e1"))));
  }

  @Test
  void writesTheContractFieldNames() throws Exception {
    JsonNode root = DossierJson.mapper().readTree(DossierJson.toJson(sample()));
    JsonNode a = root.get("articles").get(0);
    for (String f : List.of("id", "title", "outlet", "published", "byline", "body", "derived_from")) {
      assertTrue(a.has(f), "article." + f);
    }
    assertEquals("2023-03-07", a.get("published").asText());
    assertTrue(a.get("byline").isNull(), "missing values are null");
    assertEquals("near-duplicate", a.get("derived_from").get(0).get("relation").asText());
    JsonNode e = root.get("events").get(0);
    for (String f : List.of("id", "title", "date", "end_date", "location", "story", "articles", "entities", "claims", "summary")) {
      assertTrue(e.has(f), "event." + f);
    }
    JsonNode c = e.get("claims").get(0);
    for (String f : List.of("text", "sources", "independent_sources", "status", "conflicts")) {
      assertTrue(c.has(f), "claim." + f);
    }
    assertEquals("single-source", c.get("status").asText());
    assertEquals("12", c.get("conflicts").get(0).get("value").asText());
    assertTrue(e.get("entities").get(0).has("role"));
    assertTrue(root.get("stories").get(0).has("events"));
  }

  @Test
  void readsBackWhatItWrites() throws Exception {
    Dossier d = sample();
    assertEquals(d, DossierJson.read(new StringReader(DossierJson.toJson(d))));
  }
}
