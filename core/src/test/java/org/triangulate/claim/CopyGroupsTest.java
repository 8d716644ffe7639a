package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Derivation.Relation;

class CopyGroupsTest {
  private final CopyGroups groups = new CopyGroups(List.of("o", "copy", "rewrite", "other", "partial"), Lineage.of(Map.of(
      "copy", List.of(new Derivation("o", Relation.COPY, 1.0)),
      "rewrite", List.of(new Derivation("copy", Relation.PARAPHRASE, 0.6)),
      "partial", List.of(new Derivation("other", Relation.PARTIAL, 0.3)))));

  @Test
  void copiesAndRewritesCountOnceWithTheirOriginal() {
    assertEquals(List.of("o"), groups.independent(List.of("copy", "rewrite", "o")));
    assertEquals(List.of("o", "other"), groups.independent(List.of("o", "copy", "other")));
    assertEquals("o", groups.rootOf("rewrite"));
    assertTrue(groups.isDerivative("rewrite"));
  }

  @Test
  void aGroupWithoutItsOriginalIsRepresentedByItsEarliestMember() {
    assertEquals(List.of("copy"), groups.independent(List.of("rewrite", "copy")));
  }

  @Test
  void partialReuseMergesOnlyWhenBothStateTheClaim() {
    assertEquals(List.of("other"), groups.independent(List.of("other", "partial")));
    assertEquals(List.of("o", "partial"), groups.independent(List.of("o", "partial")));
  }

  @Test
  void aRewriteDrawingOnTwoReportsCountsWithTheOneItTookTheStatementFrom() {
    CopyGroups g = new CopyGroups(List.of("d", "e", "r"), Lineage.of(Map.of(
        "r", List.of(new Derivation("d", Relation.PARAPHRASE, 0.9), new Derivation("e", Relation.PARAPHRASE, 0.3)))),
        0.8);
    // r's sentence is d's almost word for word, e restates the fact in its own words
    java.util.function.ToDoubleBiFunction<String, String> sim = (a, b) -> a.equals("r") && b.equals("d") ? 0.95 : 0.6;
    assertEquals(List.of("d", "e"), g.independent(List.of("d", "e", "r"), sim));
    // a statement only r and e make: r took it from e
    assertEquals(List.of("e"), g.independent(List.of("e", "r"), sim));
  }

  @Test
  void aPartialReuserCountsWithItsSourceOnlyForTheStatementsItReused() {
    CopyGroups g = new CopyGroups(List.of("d", "e"), Lineage.of(Map.of(
        "e", List.of(new Derivation("d", Relation.PARTIAL, 0.2)))), 0.8);
    assertEquals(List.of("d"), g.independent(List.of("d", "e"), (a, b) -> 0.9), "a pasted sentence");
    assertEquals(List.of("d", "e"), g.independent(List.of("d", "e"), (a, b) -> 0.6), "its own restatement");
  }
}
