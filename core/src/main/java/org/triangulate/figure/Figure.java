package org.triangulate.figure;

import java.util.Objects;
import java.util.Optional;

/**
 * One number reported in a text, with what it is about.
 *
 * @param start offset of the first character of the figure phrase (UTF-16, inclusive)
 * @param end offset after the phrase (exclusive)
 * @param text the phrase as written ("at least 44 militant attacks")
 * @param value the number itself, scale words applied ("2.5 million" is 2500000)
 * @param kind count, money, percent or measure
 * @param unit ISO currency code for money ("USD", "PKR", "EUR", "GBP"), "%" for percentages, the unit
 *     for measures ("mm", "km"); empty for counts
 * @param counts what is counted or measured, lower case ("violence-related fatalities", "militant
 *     attacks", "rain"); empty when the text does not say
 * @param qualifier how exact the number is: AT_LEAST, MORE_THAN, LESS_THAN, APPROX, UP_TO
 * @param location the place named in the same sentence (a LOCATION entity or "the country"), if any
 * @param period TIMEX3 value of the date expression in the same sentence ("2023"), if any
 */
public record Figure(
    int start, int end, String text, double value, FigureKind kind, Optional<String> unit,
    Optional<String> counts, Optional<String> qualifier, Optional<String> location, Optional<String> period) {

  public Figure {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(period, "period");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
    }
  }
}
