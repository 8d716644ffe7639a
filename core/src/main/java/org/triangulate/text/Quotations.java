package org.triangulate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quotation marks and attributions: which characters are quoted, and who a sentence says spoke. */
final class Quotations {
  private Quotations() {}

  private static final Pattern SPEAKER = Pattern.compile(
      "(?:,\\s*|\\s|^)(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s?(?:of\\s|for\\s|the\\s)?)+|(?:[a-z]+\\s){0,3}"
          + "(?:spokes(?:man|woman|person)|officials?|office|ministry|police|statement|department|authorities))"
          + "\\s*(?:\\([^)]*\\)\\s*)?(?:said|says|told|stated|added|announced|confirmed|warned|explained)\\b"
          + "|(?:said|says|told|added)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s?)+)(?=[,.;]|$)"
          + "|(?:according to|statement (?:issued )?by|press release (?:issued )?by)\\s+(?:a\\s+(?:press release|"
          + "statement)\\s+(?:by|from)\\s+)?(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s?(?:\\(\\p{Lu}+\\)\\s?)?(?:of\\s)?)+"
          + "(?:office|ministry|department)?)");

  /** Whether each char of {@code body} sits inside quotation marks; an unclosed quote runs to the line end. */
  static boolean[] quotedChars(String body) {
    boolean[] q = new boolean[body.length()];
    boolean in = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n') {
        in = false;
      } else if (c == '“' || c == '«' || c == '„') {
        in = true;
      } else if (c == '”' || c == '»') {
        q[i] = true;
        in = false;
        continue;
      } else if (c == '"') {
        boolean opening = i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)) && body.charAt(i - 1) != '.'
            && body.charAt(i - 1) != ',' && body.charAt(i - 1) != '?' && body.charAt(i - 1) != '!';
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

  /** Share of the letters of {@code [start, end)} that are quoted. */
  static double share(String body, boolean[] quoted, int start, int end) {
    int letters = 0;
    int in = 0;
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(body.charAt(i))) {
        letters++;
        if (quoted[i]) {
          in++;
        }
      }
    }
    return letters == 0 ? 0 : (double) in / letters;
  }

  /** Who {@code sentence} attributes its content to, without a leading "the" ("Foreign Office"). */
  static Optional<String> speaker(String sentence, boolean[] quoted, int offset) {
    Matcher m = SPEAKER.matcher(sentence);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
      String who = m.group(g);
      if (who == null || quoted.length > offset + m.start(g) && quoted[offset + m.start(g)]) {
        continue; // a name inside the quotation is not its speaker
      }
      who = who.strip().replaceAll("^(?i)the\\s+", "").replaceAll("\\s+(?:of|for|the)$", "")
          .replaceAll("[.,;:]+$", "");
      if (who.length() > 1 && !who.equalsIgnoreCase("he") && !who.equalsIgnoreCase("she")) {
        return Optional.of(who);
      }
    }
    return Optional.empty();
  }

  /** The quoted passages of {@code body}: maximal runs of quoted chars, each with the speaker of its sentence. */
  static List<Quote> quotes(String body, boolean[] quoted, List<Sentence> sentences) {
    List<Quote> out = new ArrayList<>();
    int i = 0;
    int si = 0;
    while (i < body.length()) {
      if (!quoted[i]) {
        i++;
        continue;
      }
      int start = i;
      while (i < body.length() && quoted[i]) {
        i++;
      }
      String text = body.substring(start, i).strip();
      if (text.length() < 3) {
        continue;
      }
      while (si + 1 < sentences.size() && sentences.get(si).end() < i) {
        si++;
      }
      Optional<String> speaker = Optional.empty();
      for (int k = si; k < sentences.size() && k <= si + 1 && speaker.isEmpty(); k++) {
        speaker = sentences.get(k).speaker();
      }
      out.add(new Quote(start, i, text, speaker));
    }
    return out;
  }
}
