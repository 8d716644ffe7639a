package org.triangulate.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.Store;
import org.triangulate.store.StoreFixtures;
import org.triangulate.store.StoreListener;

/**
 * One store (demo corpus plus a hostile article) served on a free loopback port, shared by the API
 * and browser tests of this JVM and removed at exit.
 */
final class TestService {
  /** Title of the hostile article: markup that must show as text, never run. */
  static final String HOSTILE_TITLE = "<script>window.__xss=1</script>\"><img src=x onerror=\"window.__xss=2\"> Flood probe";
  static final String HOSTILE_ID = "hostile-probe";
  static final String HOSTILE_REMOVED = "Share on <b>Facebook</b>";

  private static TestService instance;

  final Path dir;
  final Store store;
  final ApiServer server;

  private TestService() throws IOException {
    dir = Files.createTempDirectory("triangulate-api-test");
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    String hostileTitle = HOSTILE_TITLE.replace("\\", "\\\\").replace("\"", "\\\"");
    Files.writeString(inputs.resolve("hostile.jsonl"), "{\"id\":\"" + HOSTILE_ID + "\",\"title\":\"" + hostileTitle
        + "\",\"outlet\":\"<b>Evil</b> Outlet\",\"published\":\"2025-09-16\",\"url\":\"javascript:alert(1)\","
        + "\"text\":\"CARROW: A flood probe article. <script>window.__xss=3</script> \\\"><img src=x onerror=\\\"window.__xss=4\\\"> "
        + "Officials in Carrow said the river had fallen overnight.\\n\\n" + HOSTILE_REMOVED
        + "\\n\\nThe town council met on Tuesday to plan repairs to the flood defences.\"}\n", StandardCharsets.UTF_8);
    store = Store.open(dir.resolve("store"), StoreFixtures.FAST, Pipeline.withDefaults());
    store.ingest(List.of(StoreFixtures.demoCorpus(), inputs), StoreListener.NONE);
    server = ApiServer.start(store, ApiSettings.DEFAULTS.withPort(0));
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown));
  }

  static synchronized TestService get() {
    if (instance == null) {
      try {
        instance = new TestService();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private void shutdown() {
    server.close();
    store.close();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // best effort at exit
    }
  }
}
