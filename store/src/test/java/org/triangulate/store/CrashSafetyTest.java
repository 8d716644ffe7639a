package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.pipeline.Pipeline;

/**
 * kill -9 mid-ingest: a child JVM ingests until killed (destroyForcibly sends SIGKILL); then the store
 * must open, hold every article the child acknowledged, and be consistent (analysis and index caught up).
 */
class CrashSafetyTest {
  @TempDir Path tmp;

  @Test
  void killedIngestLosesNoAcknowledgedArticleAndReopensConsistent() throws Exception {
    Path store = tmp.resolve("store");
    List<String> acked = new ArrayList<>();
    // 1: killed while storing the articles of its third batch, after two analyses and index commits:
    //    the analysis is stale and the index behind
    acked.addAll(runAndKill(store, "x", lines -> count(lines, "ACK ") >= 25));
    // 2: reopens what the first kill left (repairing it), then is killed as its second indexing begins:
    //    analysis committed, index behind
    acked.addAll(runAndKill(store, "y", lines -> count(lines, "PHASE index") >= 2));

    try (Store s = Store.open(store, StoreFixtures.FAST, Pipeline.withDefaults())) {
      for (String id : acked) {
        assertTrue(s.article(id).isPresent(), () -> "acknowledged article lost: " + id);
      }
      assertEquals(List.of(), s.check());
      assertTrue(s.stats().articles() >= acked.size());
      assertFalse(s.events().isEmpty());
    }
  }

  private static long count(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).count();
  }

  /** Runs the child until {@code killWhen} holds for its output so far, kills it, returns the acknowledged ids. */
  private List<String> runAndKill(Path store, String prefix, Predicate<List<String>> killWhen)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        CrashChild.class.getName(), store.toString(), tmp.resolve("work-" + prefix).toString(), prefix)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    List<String> lines = new ArrayList<>();
    boolean killed = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
        if (killWhen.test(lines)) {
          p.destroyForcibly();
          killed = true;
          break;
        }
      }
    } finally {
      p.destroyForcibly();
      p.waitFor();
    }
    assertTrue(killed, () -> "child ended before the kill point: " + lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    assertFalse(lines.contains("DONE"));
    return lines.stream().filter(l -> l.startsWith("ACK ")).map(l -> l.substring(4)).toList();
  }
}
