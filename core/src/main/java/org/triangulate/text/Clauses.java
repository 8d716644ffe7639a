package org.triangulate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coordinated clauses of a sentence: "…; …", "…, while …", "… and the delegation was led by …". A
 * break is taken only where both sides have a finite verb and enough content.
 */
final class Clauses {
  private Clauses() {}

  private static final Pattern BREAK = Pattern.compile(
      ";\\s+|,\\s+(?:while|whereas|but)\\s+|\\s+(?:and|but)\\s+(?=(?:(?:the|a|an|its|their|his|her|both)\\s|"
          + "\\p{Lu}[\\p{L}'’.-]*\\s))"
          + "|\\s+with\\s+(?=(?:the|a|an|its|their|his|her)\\s+(?:\\S+\\s+){0,5}?\\S+ed\\s+by\\b)");
  private static final Pattern FINITE = Pattern.compile(
      "(?i)\\b(is|was|were|are|will|would|has|have|had|said|says|did|could|can|may|must|should)\\b"
          + "|\\b\\p{L}{3,}ed\\s+(?:by|to|in|on|at|the|a)\\b");
  private static final int MIN_CONTENT = 3;

  static List<Sentence.Span> of(String sentence, int offset, List<Token> tokens) {
    List<Sentence.Span> out = new ArrayList<>();
    Matcher m = BREAK.matcher(sentence);
    int from = 0;
    while (m.find()) {
      String left = sentence.substring(from, m.start());
      boolean semicolon = m.group().startsWith(";");
      boolean withBy = m.group().strip().equals("with");
      if (semicolon || withBy || (FINITE.matcher(left).find()
          && FINITE.matcher(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 80))).find()
          && content(tokens, offset + from, offset + m.start()) >= MIN_CONTENT)) {
        add(sentence, offset, from, m.start(), out);
        from = m.end();
      }
    }
    add(sentence, offset, from, sentence.length(), out);
    return out;
  }

  private static int content(List<Token> tokens, int from, int to) {
    int n = 0;
    for (Token t : tokens) {
      if (t.start() >= from && t.end() <= to && t.content()) {
        n++;
      }
    }
    return n;
  }

  private static void add(String s, int offset, int from, int to, List<Sentence.Span> out) {
    while (from < to && (Character.isWhitespace(s.charAt(from)) || s.charAt(from) == ',')) {
      from++;
    }
    while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == ',')) {
      to--;
    }
    if (to > from) {
      out.add(new Sentence.Span(offset + from, offset + to, s.substring(from, to)));
    }
  }
}
