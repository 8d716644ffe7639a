package org.triangulate.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.text.Name;
import org.triangulate.text.Sentence;
import org.triangulate.text.Token;
import org.triangulate.time.Timex;
import org.triangulate.time.TimexType;

/**
 * The statements of an article: its sentences with enough content that are no {@link Filler} ("It
 * remains to be seen how the talks will go"), each marked checkable when it names an actor, a place, a
 * number or a date.
 */
final class Statements {
  private Statements() {}

  static List<Statement> of(AnalyzedArticle a, int order, Optional<LocalDate> eventDay, ClaimSettings settings) {
    List<Statement> out = new ArrayList<>();
    String title = a.article().title().strip();
    Set<String> seen = new java.util.HashSet<>();
    for (Sentence s : a.sentences()) {
      if (!seen.add(s.text().strip())) {
        continue; // a sentence repeated in one article (a caption above the body, a pasted block) is one statement
      }
      Set<String> stems = new LinkedHashSet<>();
      boolean number = false;
      for (Token t : s.tokens()) {
        if (t.content()) {
          stems.add(t.stem());
        }
        number |= t.numeric();
      }
      if (stems.size() < settings.minContentWords() || s.text().strip().equals(title) || !prose(s.text())
          || Filler.is(s)) {
        continue;
      }
      Set<String> entities = new LinkedHashSet<>();
      for (Name n : s.names()) {
        entities.add(n.entity());
      }
      boolean dated = s.timexes().stream().anyMatch(t -> t.type() == TimexType.DATE || t.type() == TimexType.TIME);
      List<Value> values = Values.of(s, eventDay);
      boolean checkable = !(entities.isEmpty() && !number && !dated && values.isEmpty() && s.figures().isEmpty());
      out.add(new Statement(a, order, s, stems, entities, values, background(s, eventDay, settings), checkable,
          SameFact.numbers(s)));
    }
    return out;
  }

  /**
   * Whether a sentence is prose: it ends as sentences end (a full stop, question or exclamation mark,
   * an ellipsis, maybe inside closing quotes or brackets) and is no row of items split by bars. Lines
   * that are not (headlines of other stories, sub-headings, menus, "Posted: … | 0 Comments") state no
   * claim even when cleaning leaves them in the body.
   */
  static boolean prose(String text) {
    int end = text.length() - 1;
    while (end >= 0 && (Character.isWhitespace(text.charAt(end)) || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
      end--;
    }
    if (end < 0 || ".!?…".indexOf(text.charAt(end)) < 0) {
      return false;
    }
    int bars = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '|') {
        bars++;
      }
    }
    return bars < 2;
  }

  private static final String CLOSERS = "\"'”’»)]";

  /**
   * Whether every day or month the sentence names lies more than the background window before the
   * event (a bare year, often part of a name, "the Act of 1998", dates nothing).
   */
  private static boolean background(Sentence s, Optional<LocalDate> eventDay, ClaimSettings settings) {
    if (eventDay.isEmpty()) {
      return false;
    }
    boolean any = false;
    for (Timex t : s.timexes()) {
      if (t.type() != TimexType.DATE || t.endDate().isEmpty() || !t.value().matches("\\d{4}-\\d{2}.*")) {
        continue;
      }
      any = true;
      if (!t.endDate().get().plusDays(settings.backgroundDays()).isBefore(eventDay.get())) {
        return false;
      }
    }
    return any;
  }
}
