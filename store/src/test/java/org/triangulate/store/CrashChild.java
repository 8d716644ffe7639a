package org.triangulate.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.triangulate.pipeline.Pipeline;

/**
 * Child process of {@link CrashSafetyTest}: ingests batches of generated articles into a store until
 * it is killed, printing {@code ACK <id>} once each article is durably stored and {@code PHASE <name>}
 * when re-analysis or indexing begins. It never stops by itself before {@value #MAX_BATCHES} batches.
 */
public final class CrashChild {
  static final int MAX_BATCHES = 10_000;

  private CrashChild() {}

  public static void main(String[] args) throws Exception {

    Path store = Path.of(args[0]);
    Path work = Files.createDirectories(Path.of(args[1]));
    String prefix = args[2];
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Store s = Store.open(store, StoreFixtures.FAST, Pipeline.withDefaults())) {
      out.println("OPEN");
      for (int b = 0; b < MAX_BATCHES; b++) {
        Path batch = StoreFixtures.jsonl(work, prefix + b, 10);
        s.ingest(List.of(batch), new StoreListener() {
          @Override
          public void onStored(StoredArticle stored) {
            out.println("ACK " + stored.id());
          }

          @Override
          public void onPhase(String phase) {
            out.println("PHASE " + phase);
          }
        });
      }
    }
    out.println("DONE");
  }
}
