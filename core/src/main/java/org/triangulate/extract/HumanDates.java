package org.triangulate.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.article.MachineDates;

/**
 * Finds calendar dates written by people ("March 7, 2023", "27 Jul, 2024", "Tuesday 6 March 2023")
 * and by machines ("2023-03-07T10:00:00+05:00"). Only complete dates with a year count.
 */
public final class HumanDates {
  static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final String WEEKDAY =
      "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\\s+)?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  // the look-aheads only let the regex start at a word that can open a date: a big speed-up on long text
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b(?=[adfjmnostw])" + WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(?=[0-9fmstw])" + WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern TIME = Pattern.compile(
      "\\b\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*\\(?[A-Z]{2,5}\\)?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** Longer than this, a line holds more than a date, a time and a "Published"/"Updated" label. */
  private static final int MAX_DATE_LINE = 100;

  private HumanDates() {}

  /** A found date and where it sits in the searched text. */
  public record Found(LocalDate date, int start, int end) {}

  /** The first complete date in {@code text}, if any. */
  public static Optional<Found> find(String text) {
    if (!hasYearLikeNumber(text)) {
      return Optional.empty();
    }
    Found best = null;
    for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        boolean monthFirst = p == MONTH_DAY_YEAR;
        Optional<LocalDate> d = date(m.group(3), m.group(monthFirst ? 1 : 2), m.group(monthFirst ? 2 : 1));
        if (d.isPresent()) {
          if (best == null || m.start() < best.start()) {
            best = new Found(d.get(), m.start(), m.end());
          }
          break;
        }
      }
    }
    Matcher iso = ISO.matcher(text);
    if (iso.find() && (best == null || iso.start() < best.start())) {
      Optional<LocalDate> d = MachineDates.parse(iso.group());
      if (d.isPresent()) {
        best = new Found(d.get(), iso.start(), iso.end());
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every date form needs four digits in a row; most lines have none, and skipping them is cheap. */
  private static boolean hasYearLikeNumber(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run == 4) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /** The date if {@code line} is nothing but a date, optionally with a time ("May 14, 2024", "Updated 26 Jul, 2024"). */
  public static Optional<LocalDate> dateOnly(String line) {
    if (line.length() > MAX_DATE_LINE) {
      return Optional.empty();
    }
    Optional<Found> f = find(line);
    if (f.isEmpty()) {
      return Optional.empty();
    }
    String rest = (line.substring(0, f.get().start()) + " " + line.substring(f.get().end()));
    rest = TIME.matcher(rest).replaceAll(" ");
    rest = rest.replaceAll("(?i)\\b(updated|last updated|published|posted|on|at||pkt|ist|gmt|utc|est|edt)\\b", " ");
    rest = rest.replaceAll("[\\s,|:·•–—-]+", "");
    return rest.isEmpty() ? Optional.of(f.get().date()) : Optional.empty();
  }

  static Optional<LocalDate> date(String year, String month, String day) {
    Integer m = MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
    if (m == null) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, m, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
