package org.triangulate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.figure.FigureKind;

class TextAnalyzerTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.withoutEmbeddings();

  static Article article(String id, String title, String body, String published) {
    return new Article(id, id + ".txt", Optional.empty(), title, Optional.empty(),
        Optional.ofNullable(published).map(LocalDate::parse), Optional.empty(), Optional.empty(), body, List.of());
  }

  @Test
  void sentencesCarryOffsetsIntoTheBody() {
    String body = "CARROW, June 4 - A flash flood hit Carrow on Sunday. Dr. Ines Marr said 12 people died.\n\n"
        + "\"We lost everything,\" said Tomas Vell, a farmer.";
    AnalyzedArticle a = ANALYZER.analyze(article("a1", "Flood kills 12 in Carrow", body, "2024-06-04"));
    assertEquals(3, a.sentences().size());
    for (Sentence s : a.sentences()) {
      assertEquals(s.text(), body.substring(s.start(), s.end()));
      for (Token t : s.tokens()) {
        assertTrue(t.start() >= s.start() && t.end() <= s.end(), t.toString());
      }
    }
    assertEquals(1, a.sentences().get(2).paragraph());
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    AnalyzedArticle a = ANALYZER.analyze(article("a2", "T", "Mr. J. Smith met U.S. officials at 2 a.m. local time. "
        + "The talks ended at 4 a.m. He left.", null));
    assertEquals(List.of("Mr. J. Smith met U.S. officials at 2 a.m. local time.", "The talks ended at 4 a.m.",
        "He left."), a.sentences().stream().map(Sentence::text).toList());
  }

  @Test
  void tokensAreStemmedOnceWithStopWordsMarked() {
    Sentence s = ANALYZER.analyze(article("a3", "T", "The delegations' talks in Pakistan's capital.", null))
        .sentences().get(0);
    assertEquals(List.of("deleg", "talk", "pakistan", "capit"), s.contentStems());
    assertTrue(s.tokens().get(0).stop());
    assertEquals("pakistan", s.tokens().get(4).norm());
  }

  @Test
  void datesAreResolvedAgainstThePublicationDate() {
    AnalyzedArticle a = ANALYZER.analyze(article("a4", "T", "The flood hit on Sunday.", "2024-06-04"));
    assertEquals(LocalDate.parse("2024-06-02"), a.sentences().get(0).timexes().get(0).beginDate().orElseThrow());
  }

  @Test
  void figuresNamesAndQuotesLandInTheirSentence() {
    String body = "Officials said 37 people were injured and $4.5 million was pledged. "
        + "\"The two events share a setting,\" said Elena Cusi.";
    AnalyzedArticle a = ANALYZER.analyze(article("a5", "T", body, "2023-10-18"));
    Sentence first = a.sentences().get(0);
    assertEquals(2, first.figures().size());
    assertEquals(FigureKind.COUNT, first.figures().get(0).kind());
    assertEquals(4_500_000, first.figures().get(1).value(), 1e-6);
    Sentence second = a.sentences().get(1);
    assertEquals(Optional.of("Elena Cusi"), second.speaker());
    assertTrue(second.quoted() > 0.5);
    assertEquals(1, a.quotes().size());
    assertEquals(Optional.of("Elena Cusi"), a.quotes().get(0).speaker());
    assertTrue(second.names().stream().anyMatch(n -> n.entity().equals("Elena Cusi")));
  }

  @Test
  void aHugeBodyIsAnalysedWithinItsBudget() {
    String body = "The same sentence without an end again and again ".repeat(100_000); // 5 MB, no full stop
    AnalyzedArticle a = TextAnalyzer.of(TextSettings.DEFAULTS.withoutEmbeddings().withMaxChars(50_000))
        .analyze(article("big", "T", body, null));
    assertTrue(a.truncated());
    assertTrue(a.sentences().stream().allMatch(s -> s.text().length() <= 1_000));
    assertTrue(a.sentences().get(a.sentences().size() - 1).end() <= 50_000);
  }

  @Test
  void rememberingAnalyzerReusesAnAnalysisOfTheSameContentOnly() {
    TextAnalyzer memo = ANALYZER.remembering(10);
    Article x = article("a6", "T", "A flood hit Carrow.", "2024-06-04");
    AnalyzedArticle first = memo.analyze(x);
    assertSame(first, memo.analyze(x));
    AnalyzedArticle edited = memo.analyze(article("a6", "T", "A storm hit Carrow.", "2024-06-04"));
    assertFalse(edited.fingerprint().equals(first.fingerprint()));
  }
}
