package org.triangulate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one sentence splitter: paragraphs are lines; a sentence ends at {@code . ! ?} (with closing
 * quotes or brackets) before whitespace and a capital, a digit or an opening quote, except after
 * common abbreviations and initials. A run without any end longer than {@code maxSentenceChars} is cut
 * at the last space before the limit, so no sentence is unbounded. Linear in the text.
 */
final class Splitter {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "gen",
      "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "vs", "etc", "jr", "sr", "mt", "ft", "fig",
      "approx", "maj", "brig", "cmdr", "adm", "supt", "insp", "det", "pres", "hon", "rev", "messrs", "nos");

  /** Words that open sentences and hardly ever follow a dotted abbreviation inside one. */
  private static final Set<String> STARTERS = Set.of("the", "he", "she", "it", "they", "we", "i", "a", "an",
      "his", "her", "their", "its", "this", "that", "there", "police", "officials", "but", "in", "on", "at");

  private Splitter() {}

  private static String nextWord(String p, int j, int to) {
    int e = j;
    while (e < to && Character.isLetter(p.charAt(e))) {
      e++;
    }
    return p.substring(j, e).toLowerCase(Locale.ROOT);
  }

  /** A sentence's place: {@code [start, end)} in the text, and the paragraph (line) it sits in. */
  record Piece(int start, int end, int paragraph) {}

  static List<Piece> split(String text, int maxSentenceChars) {
    List<Piece> out = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    int n = text.length();
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int before = out.size();
      splitLine(text, lineStart, lineEnd, paragraph, maxSentenceChars, out);
      if (out.size() > before) {
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void splitLine(String t, int from, int to, int paragraph, int max, List<Piece> out) {
    int start = from;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && endsSentence(t, start, i, to)) {
        int end = i + 1;
        while (end < to && isCloser(t.charAt(end))) {
          end++;
        }
        add(t, start, end, paragraph, max, out);
        start = end;
        i = end - 1;
      }
    }
    add(t, start, to, paragraph, max, out);
  }

  private static void add(String t, int start, int end, int paragraph, int max, List<Piece> out) {
    while (start < end && Character.isWhitespace(t.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    while (end - start > max) {
      int cut = t.lastIndexOf(' ', start + max);
      if (cut <= start) {
        cut = start + max;
      }
      addTrimmed(t, start, cut, paragraph, out);
      start = cut;
      while (start < end && Character.isWhitespace(t.charAt(start))) {
        start++;
      }
    }
    addTrimmed(t, start, end, paragraph, out);
  }

  private static void addTrimmed(String t, int start, int end, int paragraph, List<Piece> out) {
    while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        out.add(new Piece(start, end, paragraph));
        return;
      }
    }
  }

  static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
  }

  /** Whether the terminator at {@code i} ends a sentence: the next visible char starts one, no abbreviation. */
  private static boolean endsSentence(String p, int start, int i, int to) {
    int j = i + 1;
    while (j < to && isCloser(p.charAt(j))) {
      j++;
    }
    if (j >= to) {
      return true;
    }
    if (!Character.isWhitespace(p.charAt(j))) {
      return false;
    }
    while (j < to && Character.isWhitespace(p.charAt(j))) {
      j++;
    }
    if (j >= to) {
      return true;
    }
    char next = p.charAt(j);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“' || next == '‘'
        || next == '(' || next == '\'' || next == '«')) {
      return false;
    }
    if (p.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > start && Character.isLetter(p.charAt(w - 1))) {
      w--;
    }
    String word = p.substring(w, i);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "J. Smith", "U.S."
    }
    if (w > start && p.charAt(w - 1) == '.') {
      return STARTERS.contains(nextWord(p, j, to)); // "U.S. officials" goes on; "at 2 a.m. He was" ends
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
