package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {
  private final DurationConverter c = new DurationConverter();

  @Test
  void readsShortFormsAndIso8601() {
    assertEquals(Duration.ofMillis(500), c.convert("500ms"));
    assertEquals(Duration.ofSeconds(90), c.convert("90s"));
    assertEquals(Duration.ofMinutes(15), c.convert("15M"));
    assertEquals(Duration.ofHours(2), c.convert("2h"));
    assertEquals(Duration.ofDays(1), c.convert("1d"));
    assertEquals(Duration.ofMinutes(15), c.convert("PT15M"));
    assertEquals(Duration.ZERO, c.convert("0s"));
  }

  @Test
  void refusesWhatIsNotADuration() {
    assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("soon"));
    assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("-5s"));
    assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("PT-5S"));
    assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("5 minutes"));
  }
}
