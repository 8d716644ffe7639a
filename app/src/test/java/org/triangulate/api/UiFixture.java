package org.triangulate.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.stream.Stream;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.EntityRef;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.dossier.SummarySentence;
import org.triangulate.dossier.TimelineEntry;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.Store;
import org.triangulate.store.StoreFixtures;
import org.triangulate.store.StoreListener;
import org.triangulate.store.StoreSettings;

/**
 * A store for the web UI's browser tests, with semantic search (MiniLM) and a hand-made analysis of
 * invented storm reports: one event of {@value #BIG_SIZE} reports (three copy groups and many
 * independent reports), {@value #CLAIMS} claims including a contradiction and a revision with their
 * supporting spans, unsupported claims of a rewrite, a story timeline with background facts, and a
 * few small events. Shared by the browser test classes of this JVM, removed at exit.
 */
final class UiFixture {
  static final String BIG = "e-gask-storm";
  static final String LATER = "e-gask-repairs";
  static final String STORY = "s-gask";
  static final int BIG_SIZE = 60;
  static final int CLAIMS = 80;
  static final String CONTRADICTED = "The storm killed 9 people";
  static final String UPDATED = "Number of damaged homes: 150 (revised from 120)";
  static final String A0_SPAN = "A storm tore through Gask on Tuesday night and killed 9 people, the regional council said.";
  static final String B0_SPAN = "Eleven people died when the storm hit Gask on Tuesday, the fire service said.";
  static final int MISC_EVENTS = 5;

  private static UiFixture instance;

  final Path dir;
  final Store store;
  final ApiServer server;

  private UiFixture() throws IOException {
    dir = Files.createTempDirectory("triangulate-ui-test");
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    Files.writeString(inputs.resolve("storm.jsonl"), jsonl(), StandardCharsets.UTF_8);
    store = Store.open(dir.resolve("store"), new StoreSettings(2, 10_000, true), Pipeline.withDefaults());
    store.ingest(List.of(inputs), StoreListener.NONE);
    StoreFixtures.replaceAnalysis(store, analysis(store.dossier().articles()));
    server = ApiServer.start(store, ApiSettings.DEFAULTS.withPort(0));
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown));
  }

  static synchronized UiFixture get() {
    if (instance == null) {
      try {
        instance = new UiFixture();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  // ------------------------------------------------------------------ invented reports

  private static final String[] OUTLETS = {"Gask Gazette", "Elstow Echo", "Coast Courier", "Harbour Post", "Valley Wire",
      "North Shore News", "Brisk Times", "Farrow Standard"};

  static List<String> bigIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ids.add("storm-a" + i);
    }
    for (int i = 0; i < 8; i++) {
      ids.add("storm-b" + i);
    }
    for (int i = 0; i < 4; i++) {
      ids.add("storm-c" + i);
    }
    for (int i = 0; i < BIG_SIZE - 24; i++) {
      ids.add("storm-i" + i);
    }
    return ids;
  }

  private static String body(String id) {
    String group = id.substring(6, 7);
    int n = Integer.parseInt(id.substring(7));
    String a = "GASK: " + A0_SPAN + "\n\nMore than 120 homes were damaged and power was cut to 4,000 households."
        + "\n\nThe council opened the sports hall as a shelter. Schools will stay closed until Friday.";
    return switch (group) {
      case "a" -> n == 0 ? a : n % 3 == 2 ? a.replace("sports hall", "town sports hall") + "\n\nInsurers said claims would be "
          + "handled quickly, a rewrite adds (" + n + ")." : a + "\n\nRepublished with permission (" + n + ").";
      case "b" -> "ELSTOW: " + B0_SPAN + "\n\nRescue crews searched collapsed barns through the night.\n\nBy Wednesday the "
          + "count of damaged homes had risen to 150, the council said." + (n == 0 ? "" : "\n\nFrom the wire (" + n + ").");
      case "c" -> "Coastal roads near Gask were closed after the storm washed away a stretch of the sea wall."
          + "\n\nEngineers said repairs could take months." + (n == 0 ? "" : "\n\nSyndicated copy (" + n + ").");
      default -> "Residents of Gask described the night of the storm to reporter " + n + ". Schools will stay closed until "
          + "Friday.\n\nResident " + n + " said the wind " + WINDS[n % WINDS.length] + " at about " + (20 + n % 4)
          + " o'clock, and that neighbour number " + (n + 3) + " lost a roof.";
    };
  }

  private static final String[] WINDS = {"rattled the shutters", "bent the old oak", "tore the fence down",
      "lifted the shed", "broke the windows", "knocked out the lights"};

  private static String jsonl() {
    StringBuilder sb = new StringBuilder();
    List<String> ids = new ArrayList<>(bigIds());
    ids.add("repairs-1");
    for (int i = 0; i < MISC_EVENTS; i++) {
      ids.add("misc-" + i);
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String title;
      String text;
      if (id.startsWith("storm-")) {
        title = "Storm in Gask: report " + id.substring(6);
        text = body(id);
      } else if (id.equals("repairs-1")) {
        title = "Gask sea wall repairs finished three months after the storm";
        text = "Repairs to the Gask sea wall damaged in the March storm were finished on Monday, the council said.";
      } else {
        title = "Harbour festival number " + id.substring(5) + " opens in Brisk";
        text = "The harbour festival opened in Brisk on Saturday with boats, music and a fish market.";
      }
      ObjectNode o = JacksonMapper.MAPPER.createObjectNode();
      o.put("id", id);
      o.put("title", title);
      o.put("outlet", OUTLETS[i % OUTLETS.length]);
      o.put("published", LocalDate.of(2025, 3, 4).plusDays(i % 4).toString());
      o.put("url", "https://news.example/" + id);
      o.put("text", text);
      sb.append(o).append('\n');
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ hand-made analysis

  private static Dossier analysis(List<DossierArticle> stored) {
    Map<String, DossierArticle> byId = new LinkedHashMap<>();
    stored.forEach(a -> byId.put(a.id(), a));
    List<DossierArticle> articles = new ArrayList<>();
    for (DossierArticle a : stored) {
      articles.add(new DossierArticle(a.id(), a.title(), a.outlet(), a.published(), a.byline(), a.body(), derived(a.id()),
          a.origin(), a.url(), a.dateline(), a.removed()));
    }
    List<Event> events = new ArrayList<>();
    events.add(new Event(BIG, "Storm kills at least 9 in Gask", Optional.of(LocalDate.of(2025, 3, 4)),
        Optional.of(LocalDate.of(2025, 3, 4)), Optional.of("Gask"), STORY, bigIds(),
        List.of(new EntityRef("Gask regional council", "ORG", Optional.empty())), claims(byId),
        List.of(new SummarySentence("A storm tore through Gask on Tuesday night.", List.of("storm-b0", "storm-a0", "storm-i3")),
            new SummarySentence("Reports disagree on the death toll: 9 or 11.", List.of("storm-b0", "storm-a0")))));
    events.add(new Event(LATER, "Gask sea wall repairs finished", Optional.of(LocalDate.of(2025, 6, 9)), Optional.empty(),
        Optional.of("Gask"), STORY, List.of("repairs-1"), List.of(), List.of(), List.of()));
    for (int i = 0; i < MISC_EVENTS; i++) {
      events.add(new Event("e-misc-" + i, "Harbour festival number " + i + " opens in Brisk",
          Optional.of(LocalDate.of(2024, 7, 1 + i)), Optional.empty(), Optional.of("Brisk"), "s-misc-" + i,
          List.of("misc-" + i), List.of(), List.of(), List.of()));
    }
    List<Story> stories = new ArrayList<>();
    stories.add(new Story(STORY, "Storm and repairs in Gask", List.of(BIG, LATER), List.of(
        new TimelineEntry("2024-11", "The council had warned that the sea wall needed repairs.", List.of("storm-c0"),
            TimelineEntry.Kind.BACKGROUND, Optional.of(BIG)),
        new TimelineEntry("2025-03-04", "Storm kills at least 9 in Gask", List.of("storm-a0", "storm-b0"),
            TimelineEntry.Kind.EVENT, Optional.of(BIG)),
        new TimelineEntry("2025-06-09", "Gask sea wall repairs finished", List.of("repairs-1"), TimelineEntry.Kind.EVENT,
            Optional.of(LATER)))));
    for (int i = 0; i < MISC_EVENTS; i++) {
      stories.add(new Story("s-misc-" + i, "Harbour festival " + i, List.of("e-misc-" + i)));
    }
    return new Dossier(articles, events, stories);
  }

  private static List<Derivation> derived(String id) {
    if (!id.startsWith("storm-") || id.startsWith("storm-i") || id.endsWith("0") && id.length() == 8) {
      return List.of();
    }
    String group = id.substring(6, 7);
    int n = Integer.parseInt(id.substring(7));
    if (group.equals("a") && n % 3 == 2) {
      return List.of(new Derivation("storm-a" + (n - 1), Derivation.Relation.PARAPHRASE, 0.74));
    }
    return List.of(new Derivation("storm-" + group + "0", n % 2 == 0 ? Derivation.Relation.NEAR_DUPLICATE
        : Derivation.Relation.COPY, 0.93));
  }

  private static List<Claim> claims(Map<String, DossierArticle> byId) {
    List<Claim> claims = new ArrayList<>();
    List<String> a = List.of("storm-a0", "storm-a1", "storm-a3");
    List<String> b = List.of("storm-b0", "storm-b1");
    claims.add(new Claim(CONTRADICTED, concat(a, b), List.of("storm-a0", "storm-b0"), Claim.Status.CONTRADICTED,
        List.of(new Claim.Conflict("9", a), new Claim.Conflict("11", b)),
        List.of(span(byId, "storm-a0", A0_SPAN), span(byId, "storm-a1", A0_SPAN), span(byId, "storm-b0", B0_SPAN)),
        List.of(), Optional.empty(), List.of()));
    claims.add(new Claim(UPDATED, List.of("storm-a0", "storm-b0"), List.of("storm-a0", "storm-b0"), Claim.Status.CORROBORATED,
        List.of(), List.of(span(byId, "storm-a0", "More than 120 homes were damaged"),
            span(byId, "storm-b0", "the count of damaged homes had risen to 150")),
        List.of(new Claim.Conflict("120", List.of("storm-a0")), new Claim.Conflict("150", List.of("storm-b0"))),
        Optional.empty(), List.of()));
    for (int n = 2; n < 12; n += 3) {
      claims.add(new Claim("Insurers said claims would be handled quickly (" + n + ")", List.of("storm-a" + n),
          List.of("storm-a" + n), Claim.Status.SINGLE_SOURCE, List.of(), List.of(), List.of(),
          Optional.of("appears only in a derivative of storm-a" + (n - 1)), List.of()));
    }
    for (int i = 0; claims.size() < 26; i++) {
      claims.add(new Claim("Corroborated storm fact number " + i, List.of("storm-c0", "storm-i" + i), List.of("storm-c0",
          "storm-i" + i), Claim.Status.CORROBORATED, List.of()));
    }
    for (int i = 0; claims.size() < CLAIMS; i++) {
      String id = "storm-i" + (i % (BIG_SIZE - 24));
      String wind = WINDS[(i % (BIG_SIZE - 24)) % WINDS.length];
      claims.add(new Claim("Resident " + (i % (BIG_SIZE - 24)) + " said the wind " + wind + " (" + i + ")", List.of(id),
          List.of(id), Claim.Status.SINGLE_SOURCE, List.of(), List.of(span(byId, id, "the wind " + wind)), List.of(),
          Optional.empty(), List.of()));
    }
    return claims;
  }

  private static List<String> concat(List<String> x, List<String> y) {
    return Stream.concat(x.stream(), y.stream()).toList();
  }

  /** The span of {@code text} in the stored (cleaned) body of {@code id}. */
  private static Claim.Span span(Map<String, DossierArticle> byId, String id, String text) {
    String body = byId.get(id).body();
    int at = body.indexOf(text);
    if (at < 0) {
      throw new IllegalStateException("fixture text not in cleaned body of " + id + ": " + text + "\n" + body);
    }
    return new Claim.Span(id, at, at + text.length(), text);
  }

  private void shutdown() {
    server.close();
    store.close();
    TestFiles.deleteTree(dir);
  }
}
