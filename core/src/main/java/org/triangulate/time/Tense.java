package org.triangulate.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the direction of a bare weekday, month or day from the tense around it: the nearest tense
 * cue inside the same sentence and within {@code window} characters wins. Reporting verbs ("said",
 * "told") are not cues, since they describe the report, not the event ("will begin on Monday, the
 * Foreign Office said" points forward).
 */
final class Tense {
  private static final Pattern WORD = Pattern.compile("[A-Za-z']+");
  private static final Set<String> FUTURE = Set.of(
      "will", "won't", "shall", "'ll", "going", "plans", "plan", "planned", "scheduled", "expected",
      "upcoming", "next", "coming", "would", "intends", "intend", "aims", "hopes", "due", "forthcoming",
      "set", "tomorrow", "begins", "starts", "opens");
  private static final Set<String> PAST = Set.of(
      "was", "were", "had", "did", "ago", "last", "earlier", "previously", "since", "been", "held",
      "met", "took", "made", "came", "went", "began", "saw", "gave", "left", "fell", "rose", "won",
      "lost", "spent", "paid", "sent", "struck", "fought", "led", "brought", "bought", "sold", "found",
      "kept", "became", "ran", "wrote", "spoke", "broke", "chose", "drove", "flew", "grew", "knew",
      "threw", "sought", "thought", "caught", "stood", "felt", "built", "heard", "meant", "yesterday",
      "killed", "injured", "arrested", "attacked", "ended", "happened", "occurred", "recently");
  private static final Set<String> NOT_PAST = Set.of(
      "said", "added", "stated", "noted", "aimed", "based", "related", "armed", "united", "need",
      "proposed", "concerned", "interested", "involved", "used", "supposed", "red", "bed", "shed", "speed",
      "feed", "seed", "indeed", "embed", "led", "limited", "detailed", "advanced", "assed", "scheduled",
      "expected", "planned");

  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "being", "is", "are", "am", "get", "gets");

  private final String text;
  private final int window;

  Tense(String text, int window) {
    this.text = text;
    this.window = window;
  }

  /** Direction for the expression at {@code [start, end)}. */
  Direction at(int start, int end) {
    int from = Math.max(sentenceStart(start), start - window);
    int to = Math.min(sentenceEnd(end), end + window);
    Direction best = Direction.UNKNOWN;
    int bestDistance = Integer.MAX_VALUE;
    Matcher m = WORD.matcher(text).region(from, to);
    String previous = "";
    while (m.find()) {
      String word = m.group();
      String before = previous;
      previous = word.toLowerCase(Locale.ROOT);
      if (m.start() >= start && m.end() <= end) {
        continue;
      }
      Direction d = cue(word);
      if (d == Direction.PAST && PASSIVE_AUXILIARIES.contains(before)) {
        continue; // "will be held", "is expected": the auxiliary decides, not the participle
      }
      if (d == Direction.UNKNOWN) {
        continue;
      }
      int distance = m.end() <= start ? start - m.end() : m.start() - end;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = d;
      }
    }
    return best;
  }

  static Direction cue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (FUTURE.contains(w) || w.endsWith("'ll")) {
      return Direction.FUTURE;
    }
    if (PAST.contains(w)) {
      return Direction.PAST;
    }
    if (w.length() > 4 && w.endsWith("ed") && Character.isLowerCase(word.charAt(0)) && !NOT_PAST.contains(w)
        && !w.endsWith("eed")) {
      return Direction.PAST;
    }
    return Direction.UNKNOWN;
  }

  private int sentenceStart(int pos) {
    for (int i = pos - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  private int sentenceEnd(int pos) {
    for (int i = pos; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
          || Character.isWhitespace(text.charAt(i + 1))) && !abbreviation(i))) {
        return i;
      }
    }
    return text.length();
  }

  /** A period after one capitalised short word ("Feb.", "Mr.", "U.S.") does not end a sentence. */
  private boolean abbreviation(int dot) {
    int i = dot - 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    int len = dot - i - 1;
    return len > 0 && len <= 4 && Character.isUpperCase(text.charAt(i + 1));
  }
}
