package org.triangulate.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as web pages print them in bylines and post headers, in several languages and numeric forms:
 * "19.07.2014", "19. Juli 2014", "2014/07/19", "07/19/2014", "19 juillet 2014", "July 19, 2014",
 * "2014-07-19". Used on short date-like elements and, as a last resort, on the page text; the line
 * cleaner keeps the stricter {@link HumanDates}.
 *
 * <p>Trap: "03/04/2019" is ambiguous; {@code dayFirst} decides (pages outside US English put the day
 * first). A first number above 12 is always the day.
 */
final class LooseDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("januar", 1), Map.entry("january", 1), Map.entry("janvier", 1), Map.entry("jänner", 1),
      Map.entry("feb", 2), Map.entry("februar", 2), Map.entry("february", 2), Map.entry("février", 2), Map.entry("fevrier", 2),
      Map.entry("mar", 3), Map.entry("mär", 3), Map.entry("märz", 3), Map.entry("march", 3), Map.entry("mars", 3), Map.entry("maerz", 3),
      Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4),
      Map.entry("may", 5), Map.entry("mai", 5),
      Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("june", 6), Map.entry("juin", 6),
      Map.entry("jul", 7), Map.entry("juli", 7), Map.entry("july", 7), Map.entry("juillet", 7),
      Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8), Map.entry("aout", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9),
      Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("octobre", 10),
      Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11),
      Map.entry("dec", 12), Map.entry("dez", 12), Map.entry("dezember", 12), Map.entry("december", 12), Map.entry("décembre", 12),
      Map.entry("decembre", 12));
  private static final String MONTH_NAME = "(\\p{L}{3,9})\\.?";
  private static final Pattern YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d\\p{L}])");
  private static final Pattern DAY_NAME_YEAR = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+|of\\s+)?" + MONTH_NAME + ",?\\s+((?:19|20)\\d{2})(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NAME_DAY_YEAR = Pattern.compile(
      "(?<!\\p{L})" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private LooseDates() {}

  /** Every date in {@code text}, in order of position. */
  static List<LocalDate> all(String text, boolean dayFirst) {
    if (!hasYear(text)) {
      return List.of();
    }
    List<long[]> found = new ArrayList<>();  // {start, epochDay}
    Matcher m = YMD.matcher(text);
    while (m.find()) {
      add(found, m.start(), m.group(1), m.group(2), m.group(3));
    }
    m = NUMERIC.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean dmy = a > 12 || (dayFirst && b <= 12) || m.group(2).equals(".");
      add(found, m.start(), m.group(4), String.valueOf(dmy ? b : a), String.valueOf(dmy ? a : b));
    }
    m = DAY_NAME_YEAR.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(2));
      if (month != null) {
        add(found, m.start(), m.group(3), String.valueOf(month), m.group(1));
      }
    }
    m = NAME_DAY_YEAR.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(1));
      if (month != null) {
        add(found, m.start(), m.group(3), String.valueOf(month), m.group(2));
      }
    }
    found.sort((x, y) -> Long.compare(x[0], y[0]));
    List<LocalDate> out = new ArrayList<>(found.size());
    for (long[] f : found) {
      out.add(LocalDate.ofEpochDay(f[1]));
    }
    return out;
  }

  private static Integer month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT));
  }

  private static void add(List<long[]> found, int start, String year, String month, String day) {
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      found.add(new long[] {start, d.toEpochDay()});
    } catch (DateTimeException | NumberFormatException e) {
      // not a calendar day
    }
  }

  private static boolean hasYear(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }
}
