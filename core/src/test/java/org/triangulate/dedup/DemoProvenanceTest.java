package org.triangulate.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.dossier.CopyGraph;
import org.triangulate.dossier.Derivation.Relation;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;

/** The bundled demo corpus: a republication, an AI rewrite, an independent report, a later flood. */
class DemoProvenanceTest {
  private static final String ORIGINAL = "01-valley-herald";
  private static final String REPUBLISHED = "02-republished";
  private static final String REWRITE = "03-rewrite";
  private static final String INDEPENDENT = "northern-post-carrow";
  private static Pipeline.Result result;

  @BeforeAll
  static void analyseDemo() {
    Path demo = Path.of("..", "demo", "corpus");
    result = Pipeline.withDefaults().run(List.of(demo), PipelineListener.NONE);
  }

  @Test
  void republicationIsACopyOfTheOriginal() {
    List<ProvenanceLink> sources = result.provenance().sourcesOf(REPUBLISHED);
    assertEquals(1, sources.size(), sources::toString);
    assertEquals(ORIGINAL, sources.get(0).source());
    assertTrue(EnumSet.of(Relation.COPY, Relation.NEAR_DUPLICATE).contains(sources.get(0).relation()),
        sources::toString);
  }

  @Test
  void rewriteIsAParaphraseOfTheOriginalNotOfItsCopy() {
    List<ProvenanceLink> sources = result.provenance().sourcesOf(REWRITE);
    assertEquals(1, sources.size(), sources::toString);
    assertEquals(ORIGINAL, sources.get(0).source());
    assertEquals(Relation.PARAPHRASE, sources.get(0).relation());
    assertTrue(result.provenance().addedSentences(REWRITE).stream().anyMatch(s -> s.contains("fined twice")),
        () -> "the dam operator's fines are the rewrite's own: " + result.provenance().addedSentences(REWRITE));
  }

  @Test
  void independentReportAndLaterFloodDeriveFromNothing() {
    ProvenanceReport p = result.provenance();
    assertTrue(p.sourcesOf(INDEPENDENT).isEmpty(), () -> p.sourcesOf(INDEPENDENT).toString());
    assertTrue(p.sourcesOf(ORIGINAL).isEmpty(), () -> p.sourcesOf(ORIGINAL).toString());
    for (String other : List.of(ORIGINAL, REPUBLISHED, REWRITE)) {
      assertTrue(p.independent(INDEPENDENT, other), other);
    }
    assertFalse(p.independent(REPUBLISHED, REWRITE), "two derivatives of one original are not independent");
    String later = result.articles().get(4).id();
    assertTrue(p.sourcesOf(later).isEmpty(), () -> p.sourcesOf(later).toString());
  }

  @Test
  void dossierCarriesDerivationsAndOneCopyGroup() {
    DossierArticle rewrite = result.dossier().articles().stream().filter(a -> a.id().equals(REWRITE)).findFirst()
        .orElseThrow();
    assertEquals(ORIGINAL, rewrite.derivedFrom().get(0).id());
    List<CopyGraph.Group> groups = result.dossier().copyGraph().groups();
    assertEquals(1, groups.size(), groups::toString);
    assertEquals(ORIGINAL, groups.get(0).original());
    assertEquals(List.of(ORIGINAL, REPUBLISHED, REWRITE), groups.get(0).members());
  }
}
