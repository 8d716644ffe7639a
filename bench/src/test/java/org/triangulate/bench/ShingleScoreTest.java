package org.triangulate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.testing.SharedData;

class ShingleScoreTest {
  private static void assertCounts(String truth, String pred, double tp, double fp, double fn) {
    ShingleScore.Doc d = ShingleScore.score(truth, pred, 3);
    assertEquals(tp, d.tp(), 1e-12, "tp of (" + truth + ", " + pred + ")");
    assertEquals(fp, d.fp(), 1e-12, "fp of (" + truth + ", " + pred + ")");
    assertEquals(fn, d.fn(), 1e-12, "fn of (" + truth + ", " + pred + ")");
  }

  @Test
  void reproducesTheUpstreamUnitCasesWithTrigrams() {
    assertCounts("a b c", "a b c", 1, 0, 0);
    assertCounts("a b c d", "a b c", 0.5, 0, 0.5);
    assertCounts("a b c a b c", "a b c", 0.25, 0, 0.75);
    assertCounts("", "", 0, 0, 0);
    assertCounts("a", "", 0, 0, 1);
    assertCounts("", "a", 0, 1, 0);
  }

  @Test
  void tokenizesLikePythonWordRegexWithoutCombiningMarks() {
    assertEquals(List.of("Hello", "world_1", "x"), ShingleScore.tokens("Hello, world_1! -- x"));
    // U+0301 COMBINING ACUTE ACCENT is not \w in Python: it splits the word
    assertEquals(List.of("e", "te"), ShingleScore.tokens("e\u0301te"));
    // letters of other scripts, superscript two (No) and Roman numeral (Nl) are word characters
    assertEquals(List.of("Москва", "서울", "x²", "Ⅻ"), ShingleScore.tokens("Москва; 서울 x² Ⅻ"));
    // a supplementary-plane letter (U+1D400 MATHEMATICAL BOLD CAPITAL A) stays one token
    assertEquals(List.of("a\uD835\uDC00b"), ShingleScore.tokens("a\uD835\uDC00b"));
  }

  @Test
  void shorterTextsGiveOneShortShingleAndMultisetsCount() {
    Map<List<String>, Integer> s = ShingleScore.shingles(List.of("a", "b"), 4);
    assertEquals(Map.of(List.of("a", "b"), 1), s);
    assertEquals(2, ShingleScore.shingles(List.of("a", "b", "c", "d", "a", "b", "c", "d"), 4)
        .get(List.of("a", "b", "c", "d")));
  }

  @Test
  void emptyPredictionsCountAsZeroRecallButAreLeftOutOfPrecision() {
    List<ShingleScore.Doc> docs = List.of(
        ShingleScore.score("one two three four five", "one two three four five", 4),
        ShingleScore.score("one two three four five", "", 4));
    ShingleScore.Summary s = ShingleScore.summarize(docs);
    assertEquals(1.0, s.precision(), 1e-12);
    assertEquals(0.5, s.recall(), 1e-12);
    assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-12, "F1 of the macro averages");
    assertEquals(0.5, s.accuracy(), 1e-12);
    assertEquals(1, s.emptyPredictions());
  }

  @Test
  void accuracyComparesTokensNotFormatting() {
    assertTrue(ShingleScore.score("A b.\n\nC d", "A  b C, d", 4).exact());
    assertFalse(ShingleScore.score("A b C d", "a b C d", 4).exact(), "case-sensitive");
  }

  private static ShingleScore.Summary published(String system) throws IOException {
    Path zyte = SharedData.require("bench/article-extraction/zyte-aeb");
    var truth = BenchData.json(zyte.resolve("ground-truth.json"));
    Map<String, String> pred = BenchData.predictions(zyte.resolve("predictions/" + system + ".json.gz"));
    List<ShingleScore.Doc> docs = new ArrayList<>();
    truth.fields().forEachRemaining(e -> docs.add(ShingleScore.score(
        e.getValue().path("articleBody").asText(), pred.getOrDefault(e.getKey(), ""), ShingleScore.ZYTE_N)));
    assertEquals(181, docs.size());
    return ShingleScore.summarize(docs);
  }

  private static void assertPublished(String system, double f1, double p, double r, double acc) throws IOException {
    ShingleScore.Summary s = published(system);
    String got = s.toString();
    assertEquals(f1, s.f1(), 0.0005, system + " F1: " + got);
    assertEquals(p, s.precision(), 0.0005, system + " precision: " + got);
    assertEquals(r, s.recall(), 0.0005, system + " recall: " + got);
    assertEquals(acc, s.accuracy(), 0.0005, system + " accuracy: " + got);
  }

  @Test
  void reproducesThePublishedTableFromThePublishedPredictions() throws IOException {
    assertPublished("trafilatura", 0.958, 0.938, 0.978, 0.293);
    assertPublished("readability_js", 0.947, 0.914, 0.982, 0.166);
    assertPublished("html-text", 0.665, 0.500, 0.994, 0.000);
    assertPublished("AutoExtract", 0.970, 0.984, 0.956, 0.470);
  }

  @Test
  void readsBothPredictionFileShapes() throws IOException {
    Path dir = java.nio.file.Files.createTempDirectory("pred");
    Path legacy = dir.resolve("a.json");
    Path wrapped = dir.resolve("b.json");
    java.nio.file.Files.writeString(legacy, "{\"x\":{\"articleBody\":\"t\"},\"y\":{\"articleBody\":null}}",
        StandardCharsets.UTF_8);
    java.nio.file.Files.writeString(wrapped, "{\"version\":\"2.0.0\",\"output\":{\"x\":{\"articleBody\":\"t\"},\"y\":{}}}",
        StandardCharsets.UTF_8);
    assertEquals(Map.of("x", "t", "y", ""), BenchData.predictions(legacy));
    assertEquals(Map.of("x", "t", "y", ""), BenchData.predictions(wrapped));
  }
}
