package org.triangulate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScoreTest {
  @Test
  void countsFoundAndMissingSnippetsWithCollapsedWhitespace() {
    SnippetScore s = new SnippetScore();
    s.add("The  quick\nbrown fox. Imprint", List.of("quick brown", "lazy dog"), List.of("Imprint", "Cookies"));
    s.add(null, List.of("anything"), List.of("nothing"));
    // tp 1 (quick brown), fn 2 (lazy dog, crash), fp 1 (Imprint), tn 2 (Cookies, crash)
    assertEquals(0.5, s.precision(), 1e-12);
    assertEquals(1.0 / 3, s.recall(), 1e-12);
    assertEquals(0.5, s.accuracy(), 1e-12);
    assertEquals(2.0 / 5, s.f1(), 1e-12);
  }
}
