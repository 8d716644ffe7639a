package org.triangulate.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses machine-written dates found in container fields (ISO 8601, RFC 1123, plain YYYY-MM-DD). */
final class DateValues {
  private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

  private DateValues() {}

  static Optional<LocalDate> parse(String value) {
    String v = value.strip();
    Matcher m = ISO_DAY.matcher(v);
    if (m.find()) {
      try {
        if (v.length() > 10 && (v.contains("+") || v.endsWith("Z") || v.lastIndexOf('-') > 7)) {
          try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
          } catch (DateTimeParseException ignored) {
            // fall through to the calendar day as written
          }
        }
        return Optional.of(LocalDate.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      } catch (RuntimeException e) {
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
}
