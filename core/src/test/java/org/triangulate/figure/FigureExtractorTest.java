package org.triangulate.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {
  private static final FigureExtractor FIGURES = FigureExtractor.withDefaults();
  private static final LocalDate DCT = LocalDate.of(2024, 5, 14);

  @Test
  void countsCarryWhatTheyCountWhereAndWhen() {
    List<Figure> f = FIGURES.extract("The report recorded 1,524 violence-related fatalities and 1,463 injuries "
        + "from 789 terror attacks across Pakistan in 2023.", DCT);
    assertEquals(List.of(1524.0, 1463.0, 789.0), f.stream().map(Figure::value).toList());
    assertEquals(Optional.of("violence-related fatalities"), f.get(0).counts());
    assertEquals(Optional.of("injuries"), f.get(1).counts());
    assertEquals(Optional.of("terror attacks"), f.get(2).counts());
    for (Figure x : f) {
      assertEquals(FigureKind.COUNT, x.kind());
      assertEquals(Optional.of("Pakistan"), x.location());
      assertEquals(Optional.of("2023"), x.period());
    }
  }

  @Test
  void qualifiersMoneyPercentagesAndMeasures() {
    List<Figure> f = FIGURES.extract("At least 44 militant attacks killed three soldiers. The US pledged $2.5 million "
        + "and Rs10 billion. Attacks rose 139 per cent. Karachi got 120 mm of rain.", DCT);
    Figure attacks = f.get(0);
    assertEquals(44.0, attacks.value());
    assertEquals(Optional.of("AT_LEAST"), attacks.qualifier());
    assertEquals(Optional.of("soldiers"), f.get(1).counts());
    assertEquals(3.0, f.get(1).value());
    Figure usd = f.get(2);
    assertEquals(FigureKind.MONEY, usd.kind());
    assertEquals(2_500_000.0, usd.value());
    assertEquals(Optional.of("USD"), usd.unit());
    assertEquals(Optional.of("PKR"), f.get(3).unit());
    assertEquals(1e10, f.get(3).value());
    assertEquals(FigureKind.PERCENT, f.get(4).kind());
    assertEquals(139.0, f.get(4).value());
    Figure rain = f.get(5);
    assertEquals(FigureKind.MEASURE, rain.kind());
    assertEquals(Optional.of("mm"), rain.unit());
    assertEquals(Optional.of("rain"), rain.counts());
    assertEquals(Optional.of("Karachi"), rain.location());
  }

  @Test
  void datesAndBareNumbersAreNotFigures() {
    List<Figure> f = FIGURES.extract("The two-day talks on 6-7 March 2023 were the 5th round; the score was 3-1 "
        + "and 254 received injuries in 2023.", DCT);
    assertTrue(f.isEmpty(), f.toString());
  }
}
