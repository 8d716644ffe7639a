package org.triangulate.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexicalEntitiesTest {
  private static List<String> names(String body) {
    return EntitySource.lexical().entities(EventClustererTest.article("x", "Title Case Headline", body,
        LocalDate.of(2024, 1, 1))).stream().map(EntitySource.Entity::name).toList();
  }

  @Test
  void findsMultiWordNamesAndNamesJoinedByOf() {
    List<String> n = names("The talks were led by Syed Haider Shah of the Foreign Office, said the Bank of England.");
    assertTrue(n.contains("Syed Haider Shah"), n.toString());
    assertTrue(n.contains("Foreign Office"), n.toString());
    assertTrue(n.contains("Bank of England"), n.toString());
  }

  @Test
  void ignoresSentenceInitialWordsWeekdaysAndMonths() {
    List<String> n = names("Officials said on Monday that talks would resume. Police arrived in March.");
    assertFalse(n.contains("Officials"), n.toString());
    assertFalse(n.contains("Police"), n.toString());
    assertFalse(n.contains("Monday"), n.toString());
    assertFalse(n.contains("March"), n.toString());
  }

  @Test
  void keepsASentenceInitialNameThatIsCapitalisedElsewhere() {
    List<String> n = names("Islamabad hosted the talks. Delegates flew to Islamabad on Sunday.");
    assertTrue(n.stream().filter("Islamabad"::equals).count() == 2, n.toString());
  }

  @Test
  void skipsShoutingLines() {
    assertTrue(names("POLICE HAVE MOVED IN AND ARRESTED AT LEAST TWO MEN FROM BOUNTIFUL").isEmpty());
  }
}
