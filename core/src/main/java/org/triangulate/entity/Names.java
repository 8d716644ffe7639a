package org.triangulate.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Keys under which name variants meet: spelling-insensitive keys, acronym keys and initials. */
final class Names {
  private Names() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPLIT = Pattern.compile("[\\s\\-‐–—]+");
  /** Transliteration connectors and function words ignored by keys and initials ("Tehreek-e-Taliban"). */
  private static final Set<String> CONNECTORS = Set.of(
      "e", "i", "ul", "ur", "us", "al", "el", "of", "the", "for", "and", "to", "de", "bin", "ibn", "on", "&");

  /** "Tehreek-e-Taliban Pakistan" and "Tehreek-i-Taliban  Pakistan" both give "tehreek taliban pakistan". */
  static String key(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[.,()\"“”]", " ");
    StringBuilder sb = new StringBuilder();
    for (String w : SPLIT.split(s.strip())) {
      if (w.isEmpty() || CONNECTORS.contains(w)) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
    }
    return sb.toString();
  }

  /** Letters and digits of an acronym, upper case: "UN&ED" and "UNED" give "UNED", "U.S." gives "US". */
  static String acronymKey(String acronym) {
    return acronym.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
  }

  /** Initials of the significant words: "Tehreek-i-Taliban Pakistan" gives "TTP", "Foreign Office" "FO". */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : SPLIT.split(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""))) {
      if (w.isEmpty() || CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      char c = w.charAt(0);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  /** "TTP", "UN&ED", "U.S.", "IS-K": two or more capitals, no lower-case letters. */
  static boolean isAcronym(String token) {
    int upper = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }
}
