package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HumanDatesTest {
  @Test
  void findsCommonNewsDateForms() {
    assertEquals(LocalDate.of(2023, 3, 7), HumanDates.find("Published March 7, 2023").get().date());
    assertEquals(LocalDate.of(2023, 3, 6), HumanDates.find("Kamran Yousaf March 06, 2023").get().date());
    assertEquals(LocalDate.of(2024, 7, 27), HumanDates.find("27 Jul, 2024").get().date());
    assertEquals(LocalDate.of(2023, 3, 6), HumanDates.find("on Monday, 6th March 2023 at noon").get().date());
    assertEquals(LocalDate.of(2023, 3, 7), HumanDates.find("2023-03-07T01:30:00+05:00").get().date());
  }

  @Test
  void dateOnlyAcceptsTimesAndUpdatedButNotSentences() {
    assertEquals(Optional.of(LocalDate.of(2024, 5, 14)), HumanDates.dateOnly("May 14, 2024"));
    assertEquals(Optional.of(LocalDate.of(2024, 7, 26)), HumanDates.dateOnly("Updated 26 Jul, 2024"));
    assertEquals(Optional.of(LocalDate.of(2024, 7, 26)), HumanDates.dateOnly("26 Jul, 2024 10:42pm PKT"));
    assertEquals(Optional.empty(), HumanDates.dateOnly("The talks were held on May 10, 2024 in Washington."));
  }

  @Test
  void rejectsImpossibleDates() {
    assertEquals(Optional.empty(), HumanDates.find("February 30, 2023"));
  }
}
