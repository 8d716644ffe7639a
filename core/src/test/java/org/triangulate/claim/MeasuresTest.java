package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasuresTest {
  private static Optional<Measures> measureOf(String text, String number) {
    Annotator.Figure f = Annotator.lexical().annotate(text, Optional.of(LocalDate.of(2020, 1, 1))).figures().stream()
        .filter(x -> x.text().startsWith(number)).findFirst().orElseThrow();
    return Measures.of(text, f);
  }

  @Test
  void anAgeInAppositionCountsNobody() {
    assertEquals(Optional.empty(), measureOf("Anthony LaCalamita III, 38, had been arrested after a chase", "38"));
    assertEquals(Optional.of(Measures.ARRESTED), measureOf("Police arrested 38 people after the match", "38"));
  }
}
