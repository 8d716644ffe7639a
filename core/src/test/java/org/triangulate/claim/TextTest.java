package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void aDecimalSplitByTokenizationDoesNotEndTheSentence() {
    List<Text.Span> s = Text.sentences("They took watches worth two million euros (£1. 7 million). Police said so.");
    assertEquals(2, s.size(), s.toString());
    assertEquals("They took watches worth two million euros (£1. 7 million).", s.get(0).text());
  }

  @Test
  void aSentenceEndingInANumberStillEndsBeforeACapital() {
    assertEquals(2, Text.sentences("The toll rose to 12. Rescuers kept searching.").size());
  }
}
