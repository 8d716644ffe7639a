package org.triangulate.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed interval of calendar days, both ends included: "6-7 March 2023" is
 * {@code [2023-03-06, 2023-03-07]}, "March 2023" is {@code [2023-03-01, 2023-03-31]}, a single day has
 * {@code begin == end}.
 */
public record DateInterval(LocalDate begin, LocalDate end) {
  public DateInterval {
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(begin)) {
      throw new IllegalArgumentException("end before begin: begin=" + begin + ", end=" + end);
    }
  }

  /** A one-day interval. */
  public static DateInterval of(LocalDate day) {
    return new DateInterval(day, day);
  }

  /** Number of days covered, at least 1. */
  public long days() {
    return ChronoUnit.DAYS.between(begin, end) + 1;
  }

  /** True when the two intervals share at least one day. */
  public boolean overlaps(DateInterval other) {
    return !begin.isAfter(other.end) && !other.begin.isAfter(end);
  }

  /** True when {@code day} lies inside (ends included). */
  public boolean contains(LocalDate day) {
    return !day.isBefore(begin) && !day.isAfter(end);
  }
}
