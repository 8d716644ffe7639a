package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;

class StatementsTest {
  private static Article article(String body) {
    return new Article("a", "a.txt", Optional.empty(), "Title", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), body, List.of());
  }

  @Test
  void splitsSentencesButNotAtAbbreviations() {
    List<String> s = Text.sentences("Mr. Smith met Dr. Jones in the U.S. capital. They talked for an hour.").stream()
        .map(Text.Span::text).toList();
    assertEquals(List.of("Mr. Smith met Dr. Jones in the U.S. capital.", "They talked for an hour."), s);
  }

  @Test
  void coordinatedClausesAreSeparateStatements() {
    List<String> c = Statements.of(article("Pakistan was led by Syed Haider Shah and the US delegation was headed by "
        + "Christopher Landberg."), 0, Annotator.lexical()).stream().map(Statement::text).toList();
    assertEquals(List.of("Pakistan was led by Syed Haider Shah", "the US delegation was headed by Christopher Landberg."),
        c);
  }

  @Test
  void aNounPhraseCoordinationStaysOneStatement() {
    List<String> c = Statements.of(article("The militants attacked police and security forces in the northwest."), 0,
        Annotator.lexical()).stream().map(Statement::text).toList();
    assertEquals(1, c.size(), c.toString());
  }

  @Test
  void quotedTextIsMarkedAndTheSpeakerFound() {
    List<Statement> s = Statements.of(article("“The dialogue is aimed at countering terrorism financing,” the Foreign "
        + "Office said in a statement. Officials met later in the week to talk again."), 0, Annotator.lexical());
    assertTrue(s.get(0).quoted());
    assertEquals(Optional.of("Foreign Office"), s.get(0).speaker());
    assertFalse(s.get(1).quoted());
  }

  @Test
  void offsetsPointIntoTheBody() {
    String body = "First line about the flood in town.\n\nSecond paragraph: rescuers pulled 140 people out overnight.";
    for (Statement s : Statements.of(article(body), 0, Annotator.lexical())) {
      assertEquals(s.text(), body.substring(s.start(), s.end()));
      assertEquals(s.sentence(), body.substring(s.sentenceStart(), s.sentenceStart() + s.sentence().length()));
    }
  }
}
