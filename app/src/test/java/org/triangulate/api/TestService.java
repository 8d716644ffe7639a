package org.triangulate.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.EntityRef;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.dossier.SummarySentence;
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
    StoreFixtures.replaceAnalysis(store, richAnalysis(store.dossier()));
    server = ApiServer.start(store, ApiSettings.DEFAULTS.withPort(0));
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown));
  }

  static final String FLOOD_EVENT = "e-carrow-2025";
  static final String LATER_EVENT = "e-carrow-2026";

  /** A hand-made analysis of the demo corpus with every dossier part, including hostile text. */
  private static Dossier richAnalysis(Dossier stored) {
    Map<String, DossierArticle> byOrigin = new LinkedHashMap<>();
    for (DossierArticle a : stored.articles()) {
      byOrigin.put(Path.of(a.origin()).getFileName().toString(), a);
    }
    String original = byOrigin.get("01-valley-herald.html").id();
    String copy = byOrigin.get("02-republished.txt").id();
    String rewrite = byOrigin.get("03-rewrite.txt").id();
    String north = "northern-post-carrow";
    DossierArticle feed = stored.articles().stream().filter(a -> a.origin().contains("05-regional-feed"))
        .findFirst().orElseThrow();
    List<DossierArticle> articles = new ArrayList<>();
    for (DossierArticle a : stored.articles()) {
      List<Derivation> derived = a.id().equals(copy) ? List.of(new Derivation(original, Derivation.Relation.COPY, 0.94))
          : a.id().equals(rewrite) ? List.of(new Derivation(original, Derivation.Relation.PARAPHRASE, 0.71)) : List.of();
      articles.add(new DossierArticle(a.id(), a.title(), a.outlet(), a.published(), a.byline(), a.body(), derived,
          a.origin(), a.url(), a.dateline(), a.removed()));
    }
    Event flood = new Event(FLOOD_EVENT, "Flash flood in Carrow kills at least 12",
        Optional.of(LocalDate.of(2025, 9, 14)), Optional.of(LocalDate.of(2025, 9, 14)), Optional.of("Carrow"), "s-carrow",
        List.of(original, copy, rewrite, north, HOSTILE_ID),
        List.of(new EntityRef("Alis Varga", "PERSON", Optional.of("provincial governor")),
            new EntityRef("Dunmere river", "LOCATION", Optional.empty())),
        List.of(new Claim("A flash flood hit Carrow on Sunday", List.of(original, copy, rewrite, north),
                List.of(original, north), Claim.Status.CORROBORATED, List.of()),
            new Claim("The flood killed 12 people", List.of(original, copy, rewrite, north), List.of(original, north),
                Claim.Status.CONTRADICTED, List.of(new Claim.Conflict("12", List.of(original, copy, rewrite)),
                    new Claim.Conflict("14", List.of(north))), List.of(), List.of(), Optional.empty(), List.of(),
                Optional.of("killed"), Optional.empty()),
            new Claim("The dam operator had been fined twice", List.of(rewrite), List.of(rewrite),
                Claim.Status.SINGLE_SOURCE, List.of()),
            new Claim(HOSTILE_CLAIM, List.of(HOSTILE_ID), List.of(HOSTILE_ID), Claim.Status.SINGLE_SOURCE, List.of())),
        List.of(new SummarySentence("A flash flood tore through Carrow on Sunday after the Dunmere river burst its banks.",
                List.of(original, north)),
            new SummarySentence("Reports disagree on the death toll: 12 or 14.", List.of(original, north)),
            new SummarySentence(HOSTILE_CLAIM, List.of(HOSTILE_ID))));
    Event later = new Event(LATER_EVENT, feed.title(), feed.published(), feed.published(), Optional.of("Carrow"),
        "s-carrow", List.of(feed.id()), List.of(), List.of(), List.of(new SummarySentence(feed.title(), List.of(feed.id()))));
    return new Dossier(articles, List.of(flood, later), List.of(new Story("s-carrow", "Floods in Carrow",
        List.of(FLOOD_EVENT, LATER_EVENT))));
  }

  static final String HOSTILE_CLAIM = "<img src=x onerror=\"window.__xss=5\"> claim </td></tr><script>window.__xss=6</script>";

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
    TestFiles.deleteTree(dir);
  }
}
