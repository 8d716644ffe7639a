package org.triangulate.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a cleaned body into {@link Sentence}s: paragraphs are lines, sentences end at {@code . ! ?}
 * (plus closing quotes or brackets) before whitespace and a capital, digit or opening quote, except
 * after common abbreviations and initials. Quotation state carries across sentences of a paragraph, so
 * the second sentence of a two-sentence quote is still quoted.
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "gen",
      "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "vs", "etc", "jr", "sr", "mt", "ft", "fig", "approx");
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(said|says|say|told|tells|stated|states|according to|statement|noted|notes|added|adds|announced"
          + "|quoted|reported|reports|tweeted|wrote|writes|declared|explained|confirmed|spokes(?:man|woman|person))\\b");

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "am", "pm", "edt", "est", "gmt", "utc", "posted", "updated", "published");

  private Sentences() {}

  static List<Sentence> split(String body) {
    List<Sentence> out = new ArrayList<>();
    for (String paragraph : body.split("\\R")) {
      String p = paragraph.strip();
      if (!p.isEmpty()) {
        splitParagraph(p, out);
      }
    }
    return List.copyOf(out);
  }

  private static void splitParagraph(String p, List<Sentence> out) {
    boolean inQuote = false;
    int start = 0;
    int letters = 0;
    int quotedLetters = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '“' || c == '«' || c == '„') {
        inQuote = true;
      } else if (c == '”' || c == '»') {
        inQuote = false;
      } else if (c == '"') {
        inQuote = !inQuote;
      } else if (Character.isLetterOrDigit(c)) {
        letters++;
        if (inQuote) {
          quotedLetters++;
        }
      }
      if ((c == '.' || c == '!' || c == '?') && endsSentence(p, start, i)) {
        int end = i + 1;
        while (end < p.length() && isCloser(p.charAt(end))) {
          if (p.charAt(end) == '”' || p.charAt(end) == '"') {
            inQuote = false;
          }
          end++;
        }
        add(p.substring(start, end), letters, quotedLetters, out);
        start = end;
        letters = 0;
        quotedLetters = 0;
        i = end - 1;
      }
    }
    if (start < p.length()) {
      add(p.substring(start), letters, quotedLetters, out);
    }
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
  }

  /** Whether the terminator at {@code i} ends a sentence: next visible char starts one, no abbreviation. */
  private static boolean endsSentence(String p, int start, int i) {
    int j = i + 1;
    while (j < p.length() && isCloser(p.charAt(j))) {
      j++;
    }
    if (j >= p.length()) {
      return true;
    }
    if (!Character.isWhitespace(p.charAt(j))) {
      return false;
    }
    while (j < p.length() && Character.isWhitespace(p.charAt(j))) {
      j++;
    }
    if (j >= p.length()) {
      return true;
    }
    char next = p.charAt(j);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“' || next == '‘'
        || next == '(' || next == '\'')) {
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
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(String raw, int letters, int quotedLetters, List<Sentence> out) {
    String text = raw.strip();
    if (text.isEmpty() || letters == 0) {
      return;
    }
    List<String> words = Shingles.words(text);
    String lower = text.toLowerCase(Locale.ROOT);
    int alphabetic = 0;
    for (String w : words) {
      if (Character.isLetter(w.charAt(0)) && Shingles.isContentWord(w) && !MONTHS.contains(w)) {
        alphabetic++;
      }
    }
    out.add(new Sentence(text, out.size(), words.size(), Shingles.contentWords(text), alphabetic,
        (double) quotedLetters / letters, ATTRIBUTION.matcher(lower).find(), specifics(text)));
  }

  /** Numbers and capitalised words that do not open the sentence. */
  static int specifics(String text) {
    int n = 0;
    boolean first = true;
    for (String token : text.split("[\\s\\p{Punct}“”‘’—–]+")) {
      if (token.isEmpty()) {
        continue;
      }
      char c = token.charAt(0);
      if (Character.isDigit(c) || (!first && Character.isUpperCase(c))) {
        n++;
      }
      first = false;
    }
    return n;
  }
}
