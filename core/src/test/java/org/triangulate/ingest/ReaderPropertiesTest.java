package org.triangulate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.testing.WarcFixtures;

/**
 * Randomised (jqwik, fixed seeds) properties of the readers: arbitrary bytes, tag soup, JSON lines
 * and truncated WARCs are always read or reported, never thrown. A failing case that jqwik shrinks
 * goes into src/test/resources/malformed/ (see MalformedInputsTest).
 */
class ReaderPropertiesTest {
  private static final Pipeline PIPELINE = Pipeline.withDefaults();
  private static final String SENTENCE = "Officials in Carrow said on Monday that the river had fallen overnight "
      + "and that repairs to the flood defences would begin within a week.";

  private static Pipeline.Result run(String name, byte[] data) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("triangulate-prop");
      Path file = dir.resolve(name);
      Files.write(file, data);
      return PIPELINE.run(List.of(file), PipelineListener.NONE);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      if (dir != null) {
        try (var files = Files.list(dir)) {
          for (Path p : files.toList()) {
            Files.deleteIfExists(p);
          }
          Files.deleteIfExists(dir);
        } catch (IOException ignored) {
          // temp files; the OS cleans up
        }
      }
    }
  }

  private static void accountedFor(Pipeline.Result r) {
    assertTrue(!r.articles().isEmpty() || !r.problems().isEmpty(), "input neither read nor reported");
  }

  @Property(tries = 100, seed = "20260323")
  void arbitraryBytesAreReadOrReported(@ForAll @Size(max = 3000) byte[] data) {
    accountedFor(run("input.bin", data));
  }

  @Property(tries = 60, seed = "1")
  void arbitraryUnicodeTextIsReadOrReported(@ForAll @Size(max = 2000) String text) {
    accountedFor(run("input.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Provide
  Arbitrary<String> tagSoup() {
    Arbitrary<String> piece = Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<b>", "<i>", "</span>", "<table><tr><td>",
        "<script>var x = '</p>';</script>", "<style>p{color:red}</style>", "<!-- comment", "-->", "<br/>",
        "<a href=\"javascript:alert(1)\">", "&amp;", "&#0;", "&#x1F600;", "&nbsp;", "<img src=x onerror=alert(1)>",
        "<nav>Home | News | Sport</nav>", "<footer>Copyright</footer>", "<h1>Flood in Carrow</h1>", "<p>" + SENTENCE,
        SENTENCE, "<", ">", "\"", "<![CDATA[", "]]>", "<meta property=\"og:title\" content=\"", "<html>", "<body>",
        "<svg><foreignObject>", "<math><mi>", "<template>", "</template>", "<noscript>", "<iframe srcdoc=\"<p>x\">");
    return piece.list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Property(tries = 80, seed = "7")
  void tagSoupIsCleanedOrReported(@ForAll("tagSoup") String html) {
    String page = "<html><body>" + html;
    Pipeline.Result r = run("page.html", page.getBytes(StandardCharsets.UTF_8));
    accountedFor(r);
    // what a browser would run or apply (script and style element contents, as jsoup parses the same
    // page) never reaches the article text; markup-like text in CDATA or comments is text, not code
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
    String visible = doc.text();
    List<String> code = doc.select("script, style").stream().map(org.jsoup.nodes.Element::data).map(String::strip)
        .filter(d -> d.length() >= 8 && !visible.contains(d)).toList();
    r.articles().forEach(a -> code.forEach(c -> assertTrue(!a.body().contains(c),
        () -> "script or style code '" + c + "' survived cleaning: " + a.body())));
  }

  @Provide
  Arbitrary<String> jsonLine() {
    Arbitrary<String> valid = Combinators.combine(Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.of("Arlen", "Brisk", "Carrow", "Dunmere"))
        .as((n, town) -> "{\"id\":\"r" + n + "\",\"title\":\"Storm in " + town + "\",\"text\":\""
            + town.toUpperCase(java.util.Locale.ROOT) + ": " + SENTENCE + " Case " + n + ".\"}");
    Arbitrary<String> broken = Arbitraries.of("{", "[1,2]", "42", "null", "\"text\"", "{\"id\":\"x\"}",
        "{\"text\": 5}", "{\"text\":\"unterminated", "{\"html\": null}", "{\"id\":\"y\",\"text\":\"\\ud800\"}", "}{");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, valid), net.jqwik.api.Tuple.of(2, broken));
  }

  @Property(tries = 60, seed = "11")
  void everyJsonLineBecomesOneArticleOrOneProblem(@ForAll @Size(min = 1, max = 25) List<@net.jqwik.api.From("jsonLine") String> lines) {
    // distinct ids so the pipeline's idempotence (same id and content kept once) does not merge lines
    List<String> unique = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      unique.add(lines.get(i).replaceFirst("\"id\":\"r(\\d+)\"", "\"id\":\"r$1-" + i + "\""));
    }
    Pipeline.Result r = run("records.jsonl", (String.join("\n", unique) + "\n").getBytes(StandardCharsets.UTF_8));
    if (unique.stream().anyMatch(l -> l.startsWith("{\"id\":\"r"))) {
      assertEquals(unique.size(), r.articles().size() + r.problems().size(),
          () -> "lines " + unique + " gave " + r.articles().size() + " articles and problems " + r.problems());
    } else {
      accountedFor(r);
    }
  }

  @Property(tries = 40, seed = "5")
  void truncatedWarcKeepsEveryCompleteRecord(@ForAll @IntRange(min = 1, max = 5) int records,
      @ForAll @IntRange(min = 0, max = 1000) int cutPermille) {
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      parts.add(WarcFixtures.response("https://news.example/" + i,
          "<html><head><title>Report " + i + "</title></head><body><p>" + SENTENCE + " Report " + i + ".</p></body></html>"));
    }
    byte[] whole = WarcFixtures.warc(parts.toArray(new byte[0][]));
    int cut = (int) ((long) whole.length * cutPermille / 1000);
    int complete = 0;
    int end = 0;
    for (byte[] p : parts) {
      end += p.length;
      if (end <= cut) {
        complete++;
      }
    }
    Pipeline.Result r = run("crawl.warc", java.util.Arrays.copyOf(whole, cut));
    int kept = r.articles().size();
    int expectedComplete = complete;
    assertTrue(kept >= expectedComplete && kept <= records,
        () -> "cut at " + cut + "/" + whole.length + ": " + kept + " articles, " + expectedComplete + " complete records");
    if (cut < whole.length && kept < records) {
      assertTrue(!r.problems().isEmpty() || cut == end || kept == expectedComplete, "truncation not reported");
    }
  }
}
