package org.triangulate.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.article.Article;

/** Splits an article into atomic statements: sentences, then coordinated clauses. */
final class Statements {
  private Statements() {}

  /** "…, while the US delegation is headed by …", "; …", "… and the US delegation was headed by …". */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      ";\\s+|,\\s+(?:while|whereas|but)\\s+|\\s+(?:and|but)\\s+(?=(?:(?:the|a|an|its|their|his|her|both)\\s|\\p{Lu}[\\p{L}'’.-]*\\s))"
          + "|\\s+with\\s+(?=(?:the|a|an|its|their|his|her)\\s+(?:\\S+\\s+){0,5}?\\S+ed\\s+by\\b)");
  private static final Pattern FINITE = Pattern.compile(
      "(?i)\\b(is|was|were|are|will|would|has|have|had|said|says|did|could|can|may|must|should)\\b|\\b\\p{L}{3,}ed\\s+(?:by|to|in|on|at|the|a)\\b");
  private static final Pattern SPEAKER = Pattern.compile(
      "(?:,\\s*|\\s)(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s?(?:of\\s|for\\s|the\\s)?)+|(?:[a-z]+\\s){0,3}(?:spokes(?:man|woman|person)|officials?|office|ministry|police|statement|department))"
          + "\\s*(?:\\([^)]*\\)\\s*)?(?:said|says|told|stated|added|announced)\\b"
          + "|(?:according to|statement (?:issued )?by|press release (?:issued )?by|said)\\s+(?:a\\s+(?:press release|statement)\\s+by\\s+)?(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s?(?:\\(\\p{Lu}+\\))?)+(?:office|ministry|department)?)");
  private static final int MIN_CONTENT = 3;

  static List<Statement> of(Article a, int order, Annotator annotator) {
    List<Statement> out = new ArrayList<>();
    String body = a.body();
    boolean[] quoted = quotedChars(body);
    List<Text.Span> sentences = Text.sentences(body);
    for (int si = 0; si < sentences.size(); si++) {
      Text.Span s = sentences.get(si);
      if (Text.content(s.text()).size() < MIN_CONTENT || s.text().strip().equals(a.title().strip())) {
        continue;
      }
      Optional<String> speaker = speaker(s.text());
      for (Text.Span c : clauses(s)) {
        Annotator.Annotations an = annotator.annotate(c.text(), a.published());
        Set<String> content = Text.content(c.text());
        if (content.size() < MIN_CONTENT) {
          continue;
        }
        Set<String> nameWords = new LinkedHashSet<>();
        for (Annotator.Name n : an.names()) {
          for (String w : Text.words(n.text())) {
            if (!Text.STOPWORDS.contains(w)) {
              nameWords.add(Text.stem(w));
            }
          }
        }
        nameWords.addAll(capitalised(c.text())); // names the annotator missed, misspelt ones included
        boolean inQuote = quoted[Math.min(body.length() - 1, c.start() + (c.end() - c.start()) / 2)];
        out.add(new Statement(a.id(), order, a.published(), a.title(), si, c.start(), c.end(), c.text(), s.text(), s.start(),
            content, nameWords, an.names(), an.timexes(), an.figures(), inQuote, speaker));
      }
    }
    return out;
  }

  private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\p{L},;)] |^)\\p{Lu}[\\p{Ll}'’-]{2,}");

  /**
   * Stems of capitalised words (stop words aside), the opening word included: used only to match
   * misspelt names, never as names on their own.
   */
  static Set<String> capitalised(String clause) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = CAPITALISED.matcher(clause);
    while (m.find()) {
      String w = m.group().toLowerCase(java.util.Locale.ROOT);
      if (!Text.STOPWORDS.contains(w)) {
        out.add(Text.stem(w));
      }
    }
    return out;
  }

  /** Clauses of a sentence (offsets into the body); a break is taken only when both sides are clauses. */
  static List<Text.Span> clauses(Text.Span sentence) {
    String s = sentence.text();
    List<Text.Span> out = new ArrayList<>();
    Matcher m = CLAUSE_BREAK.matcher(s);
    int from = 0;
    while (m.find()) {
      String left = s.substring(from, m.start());
      String right = s.substring(m.end());
      boolean semicolon = m.group().startsWith(";");
      boolean withBy = m.group().strip().equals("with");
      if (semicolon || withBy || (FINITE.matcher(left).find() && FINITE.matcher(firstWords(right, 10)).find()
          && Text.content(left).size() >= MIN_CONTENT)) {
        out.add(trimmed(sentence, from, m.start()));
        from = m.end();
      }
    }
    out.add(trimmed(sentence, from, s.length()));
    out.removeIf(sp -> sp.text().isEmpty());
    return out;
  }

  private static String firstWords(String s, int n) {
    String[] w = s.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
  }

  private static Text.Span trimmed(Text.Span sentence, int from, int to) {
    String s = sentence.text();
    while (from < to && (Character.isWhitespace(s.charAt(from)) || s.charAt(from) == ',')) {
      from++;
    }
    while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == ',')) {
      to--;
    }
    return new Text.Span(s.substring(from, to), sentence.start() + from, sentence.start() + to);
  }

  /** Whether each char of {@code body} sits inside quotation marks; an unclosed quote runs to the line end. */
  static boolean[] quotedChars(String body) {
    boolean[] q = new boolean[Math.max(1, body.length())];
    boolean in = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n') {
        in = false;
      } else if (c == '“') {
        in = true;
      } else if (c == '”') {
        q[i] = true;
        in = false;
        continue;
      } else if (c == '"') {
        boolean opening = i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)) && body.charAt(i - 1) != '.'
            && body.charAt(i - 1) != ',';
        if (opening && !in) {
          in = true;
        } else {
          q[i] = true;
          in = false;
          continue;
        }
      }
      q[i] = in;
    }
    return q;
  }

  /** The source a sentence attributes its statement to, lower-cased ("foreign office"). */
  static Optional<String> speaker(String sentence) {
    Matcher m = SPEAKER.matcher(sentence);
    while (m.find()) {
      String who = m.group(1) != null ? m.group(1) : m.group(2);
      if (who == null) {
        continue;
      }
      who = who.strip().replaceAll("^(?i)the\\s+", "");
      if (!who.isEmpty() && !Text.content(who).isEmpty()) {
        return Optional.of(who);
      }
    }
    return Optional.empty();
  }
}
