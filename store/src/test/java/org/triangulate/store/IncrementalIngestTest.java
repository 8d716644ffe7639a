package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierJson;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.testing.SharedData;

/**
 * Ingesting inputs one at a time into a live store (incremental analysis) leaves the same events,
 * stories, claims and derivations as ingesting them all at once, and as the pipeline's full analysis.
 */
class IncrementalIngestTest {
  @TempDir Path tmp;

  @Test
  void seedsAndDemoIngestedOneByOneEqualOneIngestOfAll() throws IOException {
    List<Path> inputs = new ArrayList<>(files(StoreFixtures.demoCorpus()));
    inputs.addAll(files(SharedData.require("seeds")));
    inputs.add(StoreFixtures.jsonl(Files.createDirectories(tmp.resolve("gen")), "gen", 4));
    Pipeline pipeline = Pipeline.withDefaults();
    try (Store oneByOne = Store.open(tmp.resolve("a"), StoreFixtures.FAST, pipeline);
         Store allAtOnce = Store.open(tmp.resolve("b"), StoreFixtures.FAST, pipeline)) {
      for (Path in : inputs) {
        IngestReport r = oneByOne.ingest(List.of(in), StoreListener.NONE);
        assertTrue(r.reanalysed());
        assertEquals(List.of(), oneByOne.check(), () -> "after " + in);
      }
      assertTrue(oneByOne.incrementalAnalyses() >= inputs.size() - 3, () -> oneByOne.incrementalAnalyses()
          + " of " + inputs.size() + " ingests were incremental");
      allAtOnce.ingest(inputs, StoreListener.NONE);
      assertEquals(json(allAtOnce.dossier()), json(oneByOne.dossier()));
      var full = pipeline.run(inputs, PipelineListener.NONE).dossier();
      assertEquals(json(full), json(oneByOne.dossier()));
      assertEquals(allAtOnce.claims(java.util.Optional.empty(), java.util.Optional.empty(), 1000),
          oneByOne.claims(java.util.Optional.empty(), java.util.Optional.empty(), 1000));
      assertEquals(allAtOnce.events(), oneByOne.events());
    }
  }

  @Test
  void reopenedStoreContinuesIncrementallyAndFullReanalysisChangesNothing() throws IOException {
    Path dir = tmp.resolve("store");
    Path gen = Files.createDirectories(tmp.resolve("gen"));
    List<Path> inputs = List.of(StoreFixtures.jsonl(gen, "one", 5), StoreFixtures.jsonl(gen, "two", 3),
        StoreFixtures.jsonl(gen, "three", 4));
    Pipeline pipeline = Pipeline.withDefaults();
    try (Store s = Store.open(dir, StoreFixtures.FAST, pipeline)) {
      s.ingest(List.of(inputs.get(0)), StoreListener.NONE);
    }
    String incremental;
    try (Store s = Store.open(dir, StoreFixtures.FAST, pipeline)) {
      s.ingest(List.of(inputs.get(1)), StoreListener.NONE); // first analysis in this process: full
      s.ingest(List.of(inputs.get(2)), StoreListener.NONE); // incremental
      assertEquals(1, s.incrementalAnalyses());
      incremental = json(s.dossier());
      s.reanalyse();
      assertEquals(incremental, json(s.dossier()));
      assertEquals(List.of(), s.check());
    }
    assertEquals(json(pipeline.run(inputs, PipelineListener.NONE).dossier()), incremental);
  }

  private static String json(Dossier d) {
    return DossierJson.toJson(d);
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
