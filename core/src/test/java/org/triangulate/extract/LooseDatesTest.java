package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LooseDatesTest {
  @Test
  void readsNumericAndNamedDatesInSeveralLanguagesInTextOrder() {
    assertEquals(List.of(LocalDate.of(2014, 7, 19), LocalDate.of(2012, 5, 31), LocalDate.of(2019, 6, 29)),
        LooseDates.all("Veröffentlicht am 19.07.2014, aktualisiert 31. Mai 2012 · 29 juin 2019", true));
    assertEquals(List.of(LocalDate.of(2016, 12, 23)), LooseDates.all("Posted: December 23rd, 2016 by Guido", false));
    assertEquals(List.of(LocalDate.of(2018, 2, 15)), LooseDates.all("2018/02/15", false));
  }

  @Test
  void slashDatesFollowTheDayOrderOfThePageUnlessTheFirstNumberIsADay() {
    assertEquals(List.of(LocalDate.of(2019, 3, 4)), LooseDates.all("03/04/2019", false));
    assertEquals(List.of(LocalDate.of(2019, 4, 3)), LooseDates.all("03/04/2019", true));
    assertEquals(List.of(LocalDate.of(2019, 6, 29)), LooseDates.all("29/06/2019", false));
  }

  @Test
  void wordsThatStartLikeMonthsAndImpossibleDaysAreNotDates() {
    assertEquals(List.of(), LooseDates.all("Augustin 12 2019 and 31.02.2019 and version 1.2.2019a", true));
  }
}
