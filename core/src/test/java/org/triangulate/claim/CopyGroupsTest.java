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
}
