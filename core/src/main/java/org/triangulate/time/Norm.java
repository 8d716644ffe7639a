package org.triangulate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A normalised value before it gets its span: type, TIMEX3 value, mod and covered days. */
record Norm(TimexType type, String value, Optional<String> mod, Optional<DateInterval> interval) {

  Norm withMod(@Nullable String m) {
    return m == null ? this : new Norm(type, value, Optional.of(m), interval);
  }

  Norm withType(TimexType t) {
    return new Norm(t, value, mod, interval);
  }

  static Norm of(TimexType type, String value) {
    return new Norm(type, value, Optional.empty(), Optional.empty());
  }

  static Norm day(LocalDate d) {
    return new Norm(TimexType.DATE, d.toString(), Optional.empty(), Optional.of(DateInterval.of(d)));
  }

  static Norm days(LocalDate begin, LocalDate end) {
    if (begin.equals(end)) {
      return day(begin);
    }
    return new Norm(TimexType.DATE, begin + "/" + end, Optional.empty(),
        Optional.of(new DateInterval(begin, end)));
  }

  static Norm month(YearMonth ym) {
    return new Norm(TimexType.DATE, ym.toString(), Optional.empty(),
        Optional.of(new DateInterval(ym.atDay(1), ym.atEndOfMonth())));
  }

  static Norm year(int y) {
    return new Norm(TimexType.DATE, String.format(Locale.ROOT, "%04d", y), Optional.empty(),
        Optional.of(new DateInterval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))));
  }

  /** The ISO week containing {@code d}: {@code 2013-W12}. */
  static Norm week(LocalDate d) {
    LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new Norm(TimexType.DATE, isoWeek(d), Optional.empty(),
        Optional.of(new DateInterval(monday, monday.plusDays(6))));
  }

  /** The weekend of the ISO week containing {@code d}: {@code 2013-W12-WE}. */
  static Norm weekend(LocalDate d) {
    LocalDate saturday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
    return new Norm(TimexType.DATE, isoWeek(d) + "-WE", Optional.empty(),
        Optional.of(new DateInterval(saturday, saturday.plusDays(1))));
  }

  private static String isoWeek(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static Norm quarter(int year, int q) {
    LocalDate b = LocalDate.of(year, (q - 1) * 3 + 1, 1);
    return new Norm(TimexType.DATE, String.format(Locale.ROOT, "%04d-Q%d", year, q), Optional.empty(),
        Optional.of(new DateInterval(b, b.plusMonths(3).minusDays(1))));
  }

  /** Half-year {@code 2013-H1}. */
  static Norm half(int year, int h) {
    LocalDate b = LocalDate.of(year, h == 1 ? 1 : 7, 1);
    return new Norm(TimexType.DATE, String.format(Locale.ROOT, "%04d-H%d", year, h), Optional.empty(),
        Optional.of(new DateInterval(b, b.plusMonths(6).minusDays(1))));
  }

  /** Season {@code 2012-SU}; winter of year Y runs from December Y to February Y+1. */
  static Norm season(int year, Season s) {
    LocalDate b = LocalDate.of(year, s.startMonth, 1);
    return new Norm(TimexType.DATE, String.format(Locale.ROOT, "%04d-%s", year, s.code), Optional.empty(),
        Optional.of(new DateInterval(b, b.plusMonths(3).minusDays(1))));
  }

  /** Decade {@code 199} for the 1990s. */
  static Norm decade(int firstYear) {
    int d = firstYear / 10;
    return new Norm(TimexType.DATE, String.format(Locale.ROOT, "%03d", d), Optional.empty(),
        Optional.of(new DateInterval(LocalDate.of(d * 10, 1, 1), LocalDate.of(d * 10 + 9, 12, 31))));
  }

  /** Century {@code 19} for the 20th century (1900-1999, as TIMEX3 writes it). */
  static Norm century(int ordinal) {
    int c = ordinal - 1;
    return new Norm(TimexType.DATE, String.format(Locale.ROOT, "%02d", c), Optional.empty(),
        Optional.of(new DateInterval(LocalDate.of(c * 100, 1, 1), LocalDate.of(c * 100 + 99, 12, 31))));
  }

  /** A time of day on {@code day}: {@code 2013-03-22T15:00} or {@code 2013-03-22TAF}. */
  static Norm time(@Nullable LocalDate day, String timePart) {
    String date = day == null ? "XXXX-XX-XX" : day.toString();
    return new Norm(TimexType.TIME, date + "T" + timePart, Optional.empty(),
        day == null ? Optional.empty() : Optional.of(DateInterval.of(day)));
  }

  /** The four seasons with their TIMEX3 codes and first months (northern hemisphere). */
  enum Season {
    SPRING("SP", 3), SUMMER("SU", 6), AUTUMN("FA", 9), WINTER("WI", 12);

    final String code;
    final int startMonth;

    Season(String code, int startMonth) {
      this.code = code;
      this.startMonth = startMonth;
    }

    static Season of(String word) {
      switch (word.toLowerCase(Locale.ROOT)) {
        case "spring": return SPRING;
        case "summer": return SUMMER;
        case "autumn": case "fall": return AUTUMN;
        case "winter": return WINTER;
        default: throw new IllegalArgumentException("not a season: " + word);
      }
    }

    /** The season {@code d} falls in, with its TIMEX3 year (January 2013 is in winter 2012). */
    static int[] containing(LocalDate d) {
      int m = d.getMonthValue();
      if (m <= 2) {
        return new int[] {d.getYear() - 1, WINTER.ordinal()};
      }
      Season s = m <= 5 ? SPRING : m <= 8 ? SUMMER : m <= 11 ? AUTUMN : WINTER;
      return new int[] {d.getYear(), s.ordinal()};
    }
  }
}
