package org.triangulate.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.article.Article;

/**
 * Capitalised phrases of the body as untyped entities: "Syed Haider Shah", "Foreign Office",
 * "Islamabad". A phrase is a run of capitalised words, joined by "of"/"de"/"al" where the next word is
 * capitalised again. A single capitalised word that opens a sentence counts only when the same word is
 * capitalised elsewhere mid-sentence (so "Officials said" gives nothing). Lines that are mostly upper
 * case (shouting headlines, wire slugs) and the headline itself (often title case) give nothing.
 */
final class LexicalEntities implements EntitySource {
  static final LexicalEntities INSTANCE = new LexicalEntities();

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\p{Nd}'’\\-.&]*");
  private static final Set<String> JOINERS = Set.of("of", "de", "al", "bin", "van", "von", "la", "del", "and");
  private static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "and", "but", "or", "in", "on", "at", "to", "for", "from", "by", "with", "of",
      "as", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "this",
      "that", "these", "those", "there", "here", "when", "while", "after", "before", "if", "what",
      "who", "why", "how", "where", "which", "mr", "mrs", "ms", "dr", "said", "says", "also", "however",
      "meanwhile", "according", "some", "many", "most", "all", "one", "two", "three", "no", "not",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow", "photo", "reuters", "ap", "afp",
      "read", "more", "click", "share", "advertisement", "updated", "published", "posted");

  private LexicalEntities() {}

  @Override
  public List<Entity> entities(Article article) {
    List<List<Token>> sentences = sentences(article.body());
    Set<String> midCapitalised = new HashSet<>();
    for (List<Token> s : sentences) {
      for (int i = 1; i < s.size(); i++) {
        if (s.get(i).capitalised) {
          midCapitalised.add(s.get(i).lower);
        }
      }
    }
    List<Entity> out = new ArrayList<>();
    for (List<Token> s : sentences) {
      int i = 0;
      while (i < s.size()) {
        if (!s.get(i).capitalised || NOT_NAMES.contains(s.get(i).lower)) {
          i++;
          continue;
        }
        int start = i;
        int end = i + 1;
        while (end < s.size()) {
          Token t = s.get(end);
          if (t.capitalised && !NOT_NAMES.contains(t.lower)) {
            end++;
          } else if (JOINERS.contains(t.lower) && end + 1 < s.size() && s.get(end + 1).capitalised
              && !NOT_NAMES.contains(s.get(end + 1).lower)) {
            end += 2;
          } else {
            break;
          }
        }
        boolean single = end - start == 1;
        if (!(single && start == 0 && !midCapitalised.contains(s.get(start).lower))) {
          StringBuilder name = new StringBuilder();
          for (int k = start; k < end; k++) {
            if (k > start) {
              name.append(' ');
            }
            name.append(s.get(k).text);
          }
          if (name.length() > 1) {
            out.add(new Entity(name.toString(), Type.OTHER));
          }
        }
        i = end;
      }
    }
    return List.copyOf(out);
  }

  private record Token(String text, String lower, boolean capitalised) {}

  private static List<List<Token>> sentences(String body) {
    List<List<Token>> out = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (mostlyUpperCase(line)) {
        continue;
      }
      List<Token> current = new ArrayList<>();
      Matcher m = WORD.matcher(line);
      int last = 0;
      while (m.find()) {
        String gap = line.substring(last, m.start());
        if (!current.isEmpty() && (gap.contains(". ") || gap.contains("? ") || gap.contains("! ")
            || gap.contains(":") || gap.contains("\"") || gap.contains("“"))) {
          out.add(current);
          current = new ArrayList<>();
        }
        String w = clean(m.group());
        last = m.end();
        if (w.isEmpty()) {
          continue;
        }
        boolean endsSentence = m.group().endsWith(".") && !isInitial(w);
        boolean cap = Character.isUpperCase(w.codePointAt(0));
        current.add(new Token(w, w.toLowerCase(Locale.ROOT), cap));
        if (endsSentence) {
          out.add(current);
          current = new ArrayList<>();
        }
      }
      if (!current.isEmpty()) {
        out.add(current);
      }
    }
    return out;
  }

  /** "J." in "James J. Oler" or "U.S." do not end a sentence. */
  private static boolean isInitial(String w) {
    return w.length() <= 2 || w.chars().filter(c -> c == '.').count() > 1;
  }

  private static String clean(String w) {
    String s = w;
    if (s.endsWith("'s") || s.endsWith("’s")) {
      s = s.substring(0, s.length() - 2);
    }
    while (!s.isEmpty() && ".-'’&".indexOf(s.charAt(s.length() - 1)) >= 0 && !isAbbreviation(s)) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static boolean isAbbreviation(String s) {
    return s.length() >= 3 && s.charAt(s.length() - 1) == '.' && s.indexOf('.') < s.length() - 1;
  }

  private static boolean mostlyUpperCase(String line) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 12 && upper > 0.7 * letters;
  }
}
