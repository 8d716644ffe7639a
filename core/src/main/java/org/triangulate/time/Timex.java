package org.triangulate.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One temporal expression found in a text, normalised.
 *
 * @param start offset of the first character in the tagged text (UTF-16 index, inclusive)
 * @param end offset after the last character (exclusive); {@code text.equals(source.substring(start, end))}
 * @param text the expression as written ("6-7 March 2023", "last autumn", "on Monday" is tagged as "Monday")
 * @param type TIMEX3 type
 * @param value TIMEX3 value: {@code 2023-03-06}, {@code 2023-03}, {@code 2023-W10}, {@code 2022-FA},
 *     {@code 2023-Q1}, {@code 199} (the 1990s), {@code 2013-03-22TAF}, {@code 2013-03-23T15:00},
 *     {@code P2D}, {@code PXM} (unknown count), {@code PAST_REF}/{@code PRESENT_REF}/{@code FUTURE_REF},
 *     {@code XXXX-03} when a relative month could not be anchored. A day range ("6-7 March 2023") has
 *     the ISO 8601 interval value {@code 2023-03-06/2023-03-07}.
 * @param mod TIMEX3 {@code mod}: START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE
 * @param interval the calendar days a DATE or TIME covers, when resolvable ("2023" covers the whole year,
 *     "early 2023" still covers the whole year and says START in {@code mod}); empty for durations,
 *     sets, references like PAST_REF and values that stay underspecified
 */
public record Timex(
    int start, int end, String text, TimexType type, String value, Optional<String> mod,
    Optional<DateInterval> interval) {

  public Timex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(mod, "mod");
    Objects.requireNonNull(interval, "interval");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end + ", text=" + text);
    }
  }

  /** First day covered, when resolvable. */
  public Optional<LocalDate> beginDate() {
    return interval.map(DateInterval::begin);
  }

  /** Last day covered (inclusive), when resolvable. */
  public Optional<LocalDate> endDate() {
    return interval.map(DateInterval::end);
  }
}
