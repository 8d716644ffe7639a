package org.triangulate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesBenchTest {
  @Test
  void missingIsFalseNegativeWrongIsFalsePositiveAndNanNeverMatches() {
    DatesBench.Counts c = new DatesBench.Counts();
    c.add(Optional.of("2020-01-02"), Optional.of(LocalDate.of(2020, 1, 2)));
    c.add(Optional.of("2020-01-02"), Optional.of(LocalDate.of(2020, 1, 3)));
    c.add(Optional.of("2020-01-02"), Optional.empty());
    c.add(Optional.of("NaN"), Optional.of(LocalDate.of(2020, 1, 3)));
    assertEquals(1, c.tp);
    assertEquals(2, c.fp);
    assertEquals(1, c.fn);
    assertEquals(1.0 / 3, c.precision(), 1e-12);
    assertEquals(0.5, c.recall(), 1e-12);
    assertEquals(0.25, c.accuracy(), 1e-12);
    assertEquals(2.0 / 5, c.f1(), 1e-12);
  }

  @Test
  void bareNanParsesWhenNonNumericNumbersAreAllowed() throws Exception {
    var node = BenchData.JSON.readTree("{\"u\":{\"file\":\"f\",\"date\":NaN}}");
    assertEquals(true, node.get("u").get("date").isNumber());
  }

  @Test
  void decodesUtf8ElseDeclaredCharsetElseWindows1252() {
    assertEquals("café", BenchData.decode("café".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    byte[] latin = "<meta charset=\"iso-8859-15\">caf\u00e9 \u20ac".getBytes(java.nio.charset.Charset.forName("ISO-8859-15"));
    assertEquals("<meta charset=\"iso-8859-15\">café €", BenchData.decode(latin));
    assertEquals("café", BenchData.decode(new byte[] {'c', 'a', 'f', (byte) 0xe9}));
  }
}
