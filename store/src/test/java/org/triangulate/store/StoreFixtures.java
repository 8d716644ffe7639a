package org.triangulate.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Test inputs and stores; public so app and bench tests can build a store the same way. */
public final class StoreFixtures {
  private StoreFixtures() {}

  /** The bundled demo corpus (five invented flood reports), found from any module directory. */
  public static Path demoCorpus() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("demo/corpus");
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    throw new IllegalStateException("demo/corpus not found above " + Path.of("").toAbsolutePath());
  }

  /** Settings for fast tests: lexical hashing embedder instead of the MiniLM model. */
  public static final StoreSettings FAST = new StoreSettings(2, 10_000, false);

  /** Writes a JSONL file of {@code n} distinct generated articles with ids {@code prefix-0..n-1}. */
  public static Path jsonl(Path dir, String prefix, int n) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String town = TOWNS[i % TOWNS.length];
      sb.append(String.format(Locale.ROOT,
          "{\"id\":\"%s-%d\",\"title\":\"Storm damages %d homes in %s\",\"outlet\":\"Test Wire\","
              + "\"published\":\"2025-0%d-1%d\",\"text\":\"%s: A storm damaged %d homes in %s on Tuesday, "
              + "officials said. Power was cut to %d households while crews cleared fallen trees.\\n\\n"
              + "The regional council said repairs would take %d days.\"}\n",
          prefix, i, 10 + i, town, 1 + i % 9, i % 10, town.toUpperCase(Locale.ROOT), 10 + i, town, 100 * i + 7,
          2 + i % 5));
    }
    Path f = dir.resolve(prefix + ".jsonl");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  /**
   * Replaces the store's analysis with {@code dossier} (whose ids must be stored articles), so API and
   * UI tests can show summaries, claims and copy graphs whatever the pipeline produces today.
   */
  public static void replaceAnalysis(Store store, org.triangulate.dossier.Dossier dossier) {
    store.replaceAnalysis(dossier);
  }

  private static final String[] TOWNS = {"Arlen", "Brisk", "Coldharbour", "Dunmere", "Elstow", "Farrow", "Gask"};
}
