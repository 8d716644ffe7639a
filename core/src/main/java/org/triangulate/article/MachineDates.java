package org.triangulate.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Machine-written dates in container fields and page metadata (a JSONL {@code published}, an RSS
 * {@code pubDate}, a {@code <meta>} or JSON-LD {@code datePublished}) to the calendar day they name. The
 * one parser for such values; prose dates ("March 6, 2023") are the extractor's business.
 */
public final class MachineDates {
  private MachineDates() {}

  /**
   * An ISO-8601 day or timestamp ({@code 2023-03-06}, {@code 2023-03-06T10:00:00+05:00}; an offset
   * timestamp gives its local calendar day as written, a timestamp without offset its day part), or an
   * RFC 1123 timestamp ({@code Mon, 06 Mar 2023 10:00:00 GMT}). Empty for anything else and for
   * impossible days.
   */
  public static Optional<LocalDate> parse(String value) {
    String v = value.strip();
    if (isIsoDay(v)) {
      try {
        if (v.length() > 10) {
          try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
          } catch (DateTimeParseException ignored) {
            // no offset, or extra text after the day: the calendar day as written
          }
        }
        return Optional.of(LocalDate.parse(v.substring(0, 10)));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
          .toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Starts with {@code YYYY-MM-DD}. */
  private static boolean isIsoDay(String v) {
    if (v.length() < 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
      return false;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
