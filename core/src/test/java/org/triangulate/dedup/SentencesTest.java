package org.triangulate.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void splitsAtTerminatorsButNotAfterAbbreviationsOrInitials() {
    List<Sentence> s = Sentences.split("Mr. Smith met Dr. Jones in the U.S. capital. They talked. Did it help? Yes.");
    assertEquals(List.of("Mr. Smith met Dr. Jones in the U.S. capital.", "They talked.", "Did it help?", "Yes."),
        s.stream().map(Sentence::text).toList());
  }

  @Test
  void quotationStateCarriesAcrossSentencesOfAParagraph() {
    List<Sentence> s = Sentences.split(
        "“Talks begin on Monday. Shah will lead the delegation,” the ministry said. Analysts were doubtful.");
    assertEquals(3, s.size());
    assertTrue(s.get(0).quoted());
    assertTrue(s.get(1).quoted(), "second sentence of a two-sentence quote");
    assertTrue(s.get(1).attributed());
    assertFalse(s.get(2).quoted());
    assertFalse(s.get(2).attributed());
  }

  @Test
  void paragraphsNeverShareASentence() {
    assertEquals(2, Sentences.split("A headline without a stop\nThe body starts here.").size());
  }
}
