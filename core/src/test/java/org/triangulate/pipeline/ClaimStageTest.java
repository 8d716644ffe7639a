package org.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.claim.Corroborator;
import org.triangulate.text.TextAnalyzer;
import org.triangulate.dedup.Provenance;
import org.triangulate.dedup.ProvenanceReport;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.dossier.TimelineEntry;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.RawDocument;

/** The claim stage on one event made of the demo flood reports, whatever clustered them. */
class ClaimStageTest {
  private static List<Article> flood() {
    Path dir = Path.of("").toAbsolutePath();
    while (!dir.resolve("demo/corpus").toFile().isDirectory()) {
      dir = dir.getParent();
    }
    List<Article> out = new ArrayList<>();
    for (RawDocument doc : Ingestor.withDefaults().ingest(List.of(dir.resolve("demo/corpus"))).documents()) {
      Article a = ArticleExtractor.withDefaults().extract(doc);
      if (!a.origin().contains("05-regional")) {
        out.add(a);
      }
    }
    return out;
  }

  @Test
  void fillsClaimsSummaryAndTimeline() {
    List<Article> arts = flood();
    ProvenanceReport report = Provenance.lexicalOnly().analyse(arts);
    List<String> ids = arts.stream().map(Article::id).toList();
    List<DossierArticle> das = arts.stream().map(a -> new DossierArticle(a.id(), a.title(), a.outlet(), a.published(),
        a.byline(), a.body(), report.derivedFrom(a.id()), a.origin(), a.url(), a.dateline(), a.removed())).toList();
    Event e = new Event("e1", "Carrow flood", arts.get(0).published(), Optional.empty(), Optional.of("Carrow"), "s1", ids,
        List.of(), List.of(), List.of());
    Dossier before = new Dossier(das, List.of(e), List.of(new Story("s1", "Carrow flood", List.of("e1"))));

    Dossier after = ClaimStage.apply(before, TextAnalyzer.withDefaults().analyzeAll(arts), report,
        Corroborator.withDefaults());

    Event filled = after.events().get(0);
    assertTrue(filled.claims().size() > 5);
    assertTrue(filled.summary().size() >= 3);
    Claim toll = filled.claims().stream().filter(c -> c.slot().equals(Optional.of("killed"))).findFirst()
        .orElseThrow();
    assertEquals(2, toll.updates().size(), toll.toString());
    assertTrue(toll.updates().get(0).value().contains("12") && toll.updates().get(1).value().contains("14"),
        toll.toString());
    assertEquals(after.articles(), before.articles(), "the claim stage adds no derivations of its own");
    List<TimelineEntry> timeline = after.stories().get(0).timeline();
    assertTrue(timeline.stream().anyMatch(t -> t.kind() == TimelineEntry.Kind.EVENT && t.event().equals(Optional.of("e1"))));
  }
}
