package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.text.TextAnalyzer;

class StatementsTest {
  @Test
  void proseEndsAsSentencesEnd() {
    assertTrue(Statements.prose("The council in Marlow met on Monday."));
    assertTrue(Statements.prose("\"We will rebuild,\" the mayor of Marlow said."));
    assertTrue(Statements.prose("Who pays for the repairs in Marlow?"));
    assertTrue(Statements.prose("The mayor said the town would \u201crebuild.\u201d"));
    assertFalse(Statements.prose("Marlow flood toll rises to nine after bodies found (2024-06-03)"), "another story's headline");
    assertFalse(Statements.prose("Rebuilding Takes Centre Stage"), "a sub-heading");
    assertFalse(Statements.prose("Posted: 03/06/2024 | By News Desk | 0 Comments."), "a row of items");
  }

  @Test
  void linesThatAreNoProseGiveNoStatements() {
    String body = "Floodwater swept through Marlow on Sunday, killing two people, officials said.\n\n"
        + "Five Ways to Protect Your Home From Floods\n\n"
        + "Home | News | World | Weather | Contact Us";
    Article a = new Article("s", "s.txt", Optional.empty(), "Flood in Marlow", Optional.empty(),
        Optional.of(LocalDate.of(2024, 6, 3)), Optional.empty(), Optional.empty(), body, List.of());
    List<Statement> out = Statements.of(TextAnalyzer.withoutEmbeddings().analyze(a), 0, Optional.empty(),
        ClaimSettings.DEFAULTS);
    assertEquals(1, out.size(), () -> out.toString());
    assertTrue(out.get(0).text().startsWith("Floodwater swept"));
  }
}
