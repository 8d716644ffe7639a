package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.text.Sentence;
import org.triangulate.text.TextAnalyzer;

class FillerTest {
  private static Sentence sentence(String text) {
    return TextAnalyzer.withoutEmbeddings().analyze(new Article("f", "f.txt", Optional.empty(), "T", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), text, List.of())).sentences().get(0);
  }

  @Test
  void summingUpAndClichesAreFiller() {
    assertTrue(Filler.is(sentence("In conclusion, the Marlow storm serves as a stark reminder of nature's power.")));
    assertTrue(Filler.is(sentence("It remains to be seen whether the council in Marlow will act.")));
  }

  @Test
  void wordsForTheTimeOfWritingAreNoDate() {
    Sentence s = TextAnalyzer.withoutEmbeddings().analyze(new Article("f", "f.txt", Optional.empty(), "T",
        Optional.empty(), Optional.of(java.time.LocalDate.of(2024, 3, 1)), Optional.empty(), Optional.empty(),
        "In today's ever-changing world, few towns are as exposed to floods as Marlow.", List.of())).sentences().get(0);
    assertTrue(Filler.is(s), "'today' resolved to the publication day still dates nothing");
  }

  @Test
  void aSentenceWithANumberOrADateIsNeverFiller() {
    assertFalse(Filler.is(sentence("Overall, 12 people were killed in Marlow.")));
    assertFalse(Filler.is(sentence("The council in Marlow met on Monday.")));
  }
}
