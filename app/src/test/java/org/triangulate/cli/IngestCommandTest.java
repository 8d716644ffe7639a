package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.Store;
import org.triangulate.store.StoreFixtures;
import picocli.CommandLine;

class IngestCommandTest {
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void ingestPrintsOneLinePerStoredArticleAndIsIdempotent() {
    String store = tmp.resolve("store").toString();
    String demo = StoreFixtures.demoCorpus().toString();
    Run first = run("ingest", "--store", store, "--no-semantic", demo);
    assertEquals(0, first.exit(), first.err());
    List<String> lines = first.out().lines().toList();
    assertEquals(5, lines.size(), first.out());
    assertTrue(lines.stream().allMatch(l -> l.startsWith("added\t")), first.out());
    assertTrue(first.err().contains("5 added"), first.err());

    Run second = run("ingest", "--store", store, "--no-semantic", demo);
    assertEquals(0, second.exit());
    assertTrue(second.out().lines().allMatch(l -> l.startsWith("unchanged\t")), second.out());
    try (Store s = Store.open(Path.of(store), StoreFixtures.FAST, Pipeline.withDefaults())) {
      assertEquals(5, s.stats().articles());
      assertEquals(List.of(), s.check());
    }
  }

  @Test
  void reanalyseWithoutInputsRecomputesTheStoredAnalysis() {
    String store = tmp.resolve("store").toString();
    assertEquals(0, run("ingest", "--store", store, "--no-semantic", StoreFixtures.demoCorpus().toString()).exit());
    String before;
    try (Store s = Store.open(Path.of(store), StoreFixtures.FAST, Pipeline.withDefaults())) {
      before = org.triangulate.dossier.DossierJson.toJson(s.dossier());
    }
    Run r = run("ingest", "--store", store, "--no-semantic", "--reanalyse");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("5 articles"), r.err());
    try (Store s = Store.open(Path.of(store), StoreFixtures.FAST, Pipeline.withDefaults())) {
      assertEquals(before, org.triangulate.dossier.DossierJson.toJson(s.dossier()));
      assertEquals(List.of(), s.check());
    }
    assertEquals(2, run("ingest", "--store", store, "--no-semantic").exit(), "no inputs without --reanalyse");
  }

  @Test
  void ingestOfOnlyBadInputsExitsWith2() {
    Run r = run("ingest", "--store", tmp.resolve("store").toString(), "--no-semantic", tmp.resolve("missing.txt").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("missing.txt: no such file"), r.err());
  }

  @Test
  void serveWithoutAStoreIsAUsageError() {
    Run r = run("serve", "--store", tmp.resolve("nothing").toString(), "--port", "0");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no store at"), r.err());
  }
}
