package org.triangulate.time;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Words and regular-expression fragments shared by the rules. */
final class Lexicon {
  private Lexicon() {}

  static final String MONTH_FULL =
      "(?-i:January|February|March|April|May|June|July|August|September|October|November|December)";
  static final String MONTH_ABBR = "(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  static final String MONTH = "(?:" + MONTH_FULL + "|" + MONTH_ABBR + ")";
  static final String WEEKDAY = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d])";
  static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d])";
  static final String NUMWORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
      + "seventy|eighty|ninety|hundred|dozen|single)";
  static final String FUZZY = "(?:a\\s+few|a\\s+couple\\s+of|a\\s+couple|several|few|many|some|numerous|"
      + "multiple|a\\s+number\\s+of|recent|the\\s+coming|coming|countless)";
  static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + NUMWORD + "(?:[-\\s]" + NUMWORD + "){0,2})";
  static final String COUNT = "(?:" + NUM + "|an?|" + FUZZY + ")";
  static final String UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
      + "|century|centuries)";
  static final String PRE = "(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of"
      + "|the\\s+middle\\s+of|the\\s+close\\s+of|the\\s+turn\\s+of|the\\s+first\\s+half\\s+of|"
      + "the\\s+second\\s+half\\s+of|earlier|later)";

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Map<String, Integer> WEEKDAYS = Map.of(
      "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("dozen", 12), Map.entry("single", 1), Map.entry("a", 1), Map.entry("an", 1));
  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("twenty-first", 21),
      Map.entry("final", 4), Map.entry("last", 4));
  private static final Pattern SEP = Pattern.compile("[-\\s]+");

  /** 1-12 for a month name or abbreviation ("Sept.", "March"). */
  static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer m = MONTHS.get(key.length() >= 3 ? key.substring(0, 3) : key);
    if (m == null) {
      throw new IllegalArgumentException("not a month: " + name);
    }
    return m;
  }

  /** ISO day of week, 1 (Monday) to 7 (Sunday). */
  static int weekday(String name) {
    Integer d = WEEKDAYS.get(name.toLowerCase(Locale.ROOT));
    if (d == null) {
      throw new IllegalArgumentException("not a weekday: " + name);
    }
    return d;
  }

  /** 1st..31st, "6", "06". */
  static int dayOfMonth(String day) {
    return Integer.parseInt(day.replaceAll("\\D", ""));
  }

  /** An ordinal word or number ("fourth", "4th", "21st"); -1 when unknown. */
  static int ordinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer o = ORDINALS.get(w);
    if (o != null) {
      return o;
    }
    String digits = w.replaceAll("\\D", "");
    return digits.isEmpty() ? -1 : Integer.parseInt(digits);
  }

  /** The number a count expression means; empty for vague counts ("several", "a few"). */
  static OptionalDouble count(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT);
    if (p.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (Character.isDigit(p.charAt(0))) {
      try {
        return OptionalDouble.of(Double.parseDouble(p.replace(",", "")));
      } catch (NumberFormatException e) {
        return OptionalDouble.empty();
      }
    }
    double total = 0;
    double current = 0;
    boolean any = false;
    for (String w : SEP.split(p)) {
      if (w.equals("hundred")) {
        current = (current == 0 ? 1 : current) * 100;
        any = true;
        continue;
      }
      Integer n = NUMBERS.get(w);
      if (n == null) {
        return OptionalDouble.empty();
      }
      current += n;
      any = true;
    }
    total += current;
    return any ? OptionalDouble.of(total) : OptionalDouble.empty();
  }
}
