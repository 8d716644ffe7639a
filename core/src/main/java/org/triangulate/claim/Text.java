package org.triangulate.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence splitting, tokens, stems and the small news thesaurus used to compare statements. */
final class Text {
  private Text() {}

  /** A sentence (or clause) of an article with its char offsets into the article body. */
  record Span(String text, int start, int end) {}

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no",
      "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "vs", "etc", "jr", "sr", "u.s", "u.k",
      "u.n", "e.g", "i.e", "a.m", "p.m", "approx", "fig", "est");

  private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"”’')\\]]*(?=\\s+[\"“‘(\\[]?[A-Z0-9])");

  /** Splits {@code body} into sentences, never across paragraph (line) breaks; offsets into body. */
  static List<Span> sentences(String body) {
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= body.length()) {
      int nl = body.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? body.length() : nl;
      splitLine(body, lineStart, lineEnd, out);
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  private static void splitLine(String body, int from, int to, List<Span> out) {
    String line = body.substring(from, to);
    Matcher m = BOUNDARY.matcher(line);
    int start = 0;
    while (m.find()) {
      int end = m.end();
      if (isAbbreviation(line, m.start()) || splitDecimal(line, m.start(), end)) {
        continue;
      }
      add(body, from + start, from + end, out);
      start = end;
    }
    add(body, from + start, to, out);
  }

  /** "£1. 7 million", "a magnitude of 5. 9": a decimal number that tokenization split, not a sentence end. */
  private static boolean splitDecimal(String line, int dot, int end) {
    if (line.charAt(dot) != '.' || dot == 0 || !Character.isDigit(line.charAt(dot - 1))) {
      return false;
    }
    int next = end;
    while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
      next++;
    }
    return next < line.length() && Character.isDigit(line.charAt(next)) && next - end <= 1 && end == dot + 1;
  }

  private static boolean isAbbreviation(String line, int dot) {
    if (line.charAt(dot) != '.') {
      return false;
    }
    int w = dot;
    while (w > 0 && (Character.isLetter(line.charAt(w - 1)) || line.charAt(w - 1) == '.')) {
      w--;
    }
    String word = line.substring(w, dot).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(line.charAt(w)));
  }

  private static void add(String body, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(body.substring(start, end), start, end));
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

  /** Word tokens in lower case, in order. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return out;
  }

  static final Set<String> STOPWORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
      "should", "can", "could", "may", "might", "must", "do", "does", "did", "that", "this", "these", "those",
      "it", "its", "their", "them", "they", "he", "she", "his", "her", "him", "we", "our", "us", "you",
      "your", "i", "me", "my", "which", "who", "whom", "whose", "what", "when", "where", "while", "than",
      "then", "there", "here", "also", "not", "no", "into", "about", "after", "before", "over", "under",
      "between", "both", "such", "some", "any", "all", "each", "more", "most", "other", "own", "so", "very",
      "just", "only", "up", "down", "out", "off", "again", "further", "once", "during", "through", "against",
      "among", "within", "without", "upon", "since", "until", "if", "because", "per", "via", "s", "'s", "mr",
      "mrs", "ms", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "reportedly", "nearly", "almost", "roughly", "around", "approximately", "least", "according", "said",
      "says", "say", "told", "added", "stated", "state", "noted", "reported", "currently", "now", "recently",
      "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
      "december", "last", "week", "year", "month", "day", "however");

  /**
   * A small news thesaurus: words that report the same fact in different words map to one canonical
   * stem. Kept deliberately small; anything it misses is still matched by the shared names and
   * other content words.
   */
  private static final Map<String, String> CANON = Map.ofEntries(
      Map.entry("led", "lead"), Map.entry("leads", "lead"), Map.entry("leading", "lead"), Map.entry("head", "lead"),
      Map.entry("headed", "lead"), Map.entry("heads", "lead"), Map.entry("heading", "lead"),
      Map.entry("kill", "die"), Map.entry("killed", "die"), Map.entry("killing", "die"), Map.entry("died", "die"),
      Map.entry("dead", "die"), Map.entry("death", "die"), Map.entry("deaths", "die"), Map.entry("lives", "die"),
      Map.entry("fatalities", "die"), Map.entry("dying", "die"),
      Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("begins", "begin"),
      Map.entry("start", "begin"), Map.entry("started", "begin"), Map.entry("starts", "begin"),
      Map.entry("commence", "begin"), Map.entry("commenced", "begin"), Map.entry("kick", "begin"),
      Map.entry("held", "hold"), Map.entry("holds", "hold"), Map.entry("holding", "hold"),
      Map.entry("detained", "arrest"), Map.entry("detain", "arrest"), Map.entry("arrested", "arrest"),
      Map.entry("arrests", "arrest"), Map.entry("wounded", "injure"), Map.entry("injured", "injure"),
      Map.entry("injuries", "injure"), Map.entry("hurt", "injure"), Map.entry("talks", "dialogue"),
      Map.entry("discussions", "dialogue"), Map.entry("meeting", "dialogue"), Map.entry("pakistani", "pakistan"),
      Map.entry("american", "us"), Map.entry("u.s", "us"), Map.entry("united", "us"), Map.entry("states", "us"),
      Map.entry("counterterrorism", "counter-terrorism"), Map.entry("counter-terror", "counter-terrorism"),
      Map.entry("homes", "house"), Map.entry("houses", "house"), Map.entry("home", "house"),
      Map.entry("crews", "team"), Map.entry("teams", "team"), Map.entry("saved", "rescue"),
      Map.entry("rescued", "rescue"), Map.entry("pulled", "rescue"), Map.entry("rainfall", "rain"),
      Map.entry("overflowed", "burst"), Map.entry("bursts", "burst"), Map.entry("residents", "people"),
      Map.entry("persons", "people"), Map.entry("individuals", "people"),
      Map.entry("terminated", "end"), Map.entry("ended", "end"), Map.entry("termination", "end"),
      Map.entry("called", "call"), Map.entry("ceasefire", "cease-fire"), Map.entry("truce", "cease-fire"));

  /** Content stems of {@code s}: stop words out, thesaurus applied, light suffix stripping. */
  static Set<String> content(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words(s)) {
      if (STOPWORDS.contains(w) || isNumeric(w)) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  static boolean isNumeric(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return !w.isEmpty();
  }

  /** Canonical stem of one lower-case word. */
  static String stem(String w) {
    String c = CANON.get(w);
    if (c != null) {
      return c;
    }
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    String s = w;
    if (s.length() > 5 && s.endsWith("ing")) {
      s = s.substring(0, s.length() - 3);
    } else if (s.length() > 4 && s.endsWith("ied")) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.length() > 4 && s.endsWith("ed")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.length() > 4 && s.endsWith("ies")) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.length() > 3 && s.endsWith("es") && (s.endsWith("ses") || s.endsWith("xes") || s.endsWith("ches"))) {
      s = s.substring(0, s.length() - 2);
    } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > 4 && s.endsWith("e")) {
      s = s.substring(0, s.length() - 1);
    }
    String again = CANON.get(s);
    return again != null ? again : s;
  }

  /**
   * Edit distance with adjacent transpositions counting one (optimal string alignment), capped:
   * returns {@code cap + 1} as soon as it is exceeded.
   */
  static int editDistance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) > cap) {
      return cap + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > cap) {
        return cap + 1;
      }
    }
    return d[a.length()][b.length()];
  }
}
