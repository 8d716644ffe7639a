package org.triangulate.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.dossier.Derivation.Relation;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.testing.SharedData;

/** The real case: an AI rewrite (000) of 001, and three independent reports sharing one quotation. */
class SeedProvenanceTest {
  private static ProvenanceReport report;
  private static Map<String, String> idByPrefix;

  @BeforeAll
  static void analyseSeeds() {
    Path seeds = SharedData.require("seeds");
    Pipeline.Result result = Pipeline.withDefaults().run(List.of(seeds), PipelineListener.NONE);
    report = result.provenance();
    idByPrefix = result.articles().stream().map(Article::id)
        .collect(Collectors.toMap(id -> id.substring(0, 3), Function.identity()));
    for (ProvenanceLink l : Boolean.getBoolean("diag.verbose") ? report.links() : List.<ProvenanceLink>of()) {
      System.out.println(l.derived() + " -> " + l.source() + " " + l.relation() + " " + l.score());
      l.alignments().forEach(a -> System.out.println("   " + a.kind() + " " + a.similarity() + " q=" + a.quoted()
          + " | " + a.derived() + " || " + a.source()));
    }
  }

  private static String seed(String prefix) {
    return idByPrefix.get(prefix);
  }

  @Test
  void aiRewriteIsAParaphraseOf001() {
    List<ProvenanceLink> sources = report.sourcesOf(seed("000"));
    assertEquals(1, sources.size(), () -> "000 should derive from exactly one article: " + sources);
    assertEquals(seed("001"), sources.get(0).source());
    assertEquals(Relation.PARAPHRASE, sources.get(0).relation());
    assertEquals(seed("001"), report.originalOf(seed("000")));
    assertTrue(report.sourcesOf(seed("001")).isEmpty(), "001 is the original, not a derivative");
  }

  @Test
  void reportsSharingAForeignOfficeQuoteAreIndependent() {
    for (String a : List.of("001", "002", "003")) {
      for (String b : List.of("001", "002", "003")) {
        if (!a.equals(b)) {
          assertTrue(report.independent(seed(a), seed(b)), a + " and " + b + " must be independent");
        }
      }
      assertTrue(report.sourcesOf(seed(a)).isEmpty(), a + " derives from nothing: " + report.sourcesOf(seed(a)));
    }
    assertFalse(report.independent(seed("000"), seed("001")));
  }

  @Test
  void unsupportedCpcClaimIsAddedByTheRewrite() {
    List<String> added = report.addedSentences(seed("000"));

    assertTrue(added.stream().anyMatch(s -> s.contains("Country of Particular Concern")),
        () -> "the CPC designation is nowhere in 001: " + added);
  }
}
