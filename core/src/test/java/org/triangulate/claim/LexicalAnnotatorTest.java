package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LexicalAnnotatorTest {
  private final Annotator annotator = Annotator.lexical();
  private static final Optional<LocalDate> MON_6_MARCH_2023 = Optional.of(LocalDate.of(2023, 3, 6));

  private List<String> dates(String s) {
    return annotator.annotate(s, MON_6_MARCH_2023).timexes().stream().map(Annotator.Timex::iso).toList();
  }

  @Test
  void resolvesAbsoluteDatesAtTheirPrecision() {
    assertEquals(List.of("2023-03-06"), dates("The dialogue is on 6-7 March 2023 in Islamabad."));
    assertEquals(List.of("2023-03-07"), dates("Published March 7, 2023 by the desk."));
    assertEquals(List.of("2022-11"), dates("The ceasefire ended in November 2022."));
    assertEquals(List.of("2001-09-11"), dates("since the attacks of September 11, 2001."));
  }

  @Test
  void resolvesRelativeDatesAgainstThePublicationDate() {
    assertEquals(List.of("2023-03-05"), dates("The statement was issued on Sunday."));
    assertEquals(List.of("2022-11"), dates("after the Taliban called off a cease-fire in November."));
    assertEquals(List.of("2023-03-10"), dates("The team will return on Friday."));
    assertEquals(List.of("2023-03-05"), dates("Officials said so yesterday."));
  }

  @Test
  void relativeDatesNeedAPublicationDate() {
    assertEquals(List.of(), annotator.annotate("It happened on Sunday in November.", Optional.empty()).timexes());
  }

  @Test
  void figuresCarryTheirUnitAndHedge() {
    var f = annotator.annotate("killing 12 people and forcing about 3,000 residents from their homes",
        Optional.empty()).figures();
    assertEquals(2, f.size());
    assertEquals(12, f.get(0).value());
    assertEquals("people", f.get(0).unit());
    assertEquals(3000, f.get(1).value());
    assertEquals("residents", f.get(1).unit());
    assertTrue(f.get(1).hedged());
    var words = annotator.annotate("the search for four missing residents", Optional.empty()).figures();
    assertEquals(4, words.get(0).value());
    assertEquals("residents", words.get(0).unit());
  }

  @Test
  void yearsInDatesAreNotFigures() {
    var a = annotator.annotate("The US trained over 300 police since March 2023.", Optional.empty());
    assertEquals(1, a.figures().size());
    assertEquals(300, a.figures().get(0).value());
  }

  @Test
  void namesAreCapitalisedSpansNotSentenceStarts() {
    var names = annotator.annotate("Pakistan was led by FO Additional Secretary Syed Haider Shah.", Optional.empty())
        .names().stream().map(Annotator.Name::text).toList();
    assertEquals(List.of("FO Additional Secretary Syed Haider Shah"), names);
  }

  @Test
  void randomTextNeverBreaksTheAnnotator() {
    Random r = new Random(42);
    String alphabet = "aA1 ,.;:-–\"“”'’()%/0123456789MarchSundaykilled";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(80);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      var a = annotator.annotate(s, MON_6_MARCH_2023);
      a.figures().forEach(f -> assertEquals(f.text(), s.substring(f.start(), f.end())));
      a.timexes().forEach(t -> assertEquals(t.text(), s.substring(t.start(), t.end())));
    }
  }
}
