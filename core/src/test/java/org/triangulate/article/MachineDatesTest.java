package org.triangulate.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MachineDatesTest {
  private static final Optional<LocalDate> MARCH_6 = Optional.of(LocalDate.of(2023, 3, 6));

  @Test
  void readsIsoDaysAndTimestampsAsTheDayWritten() {
    assertEquals(MARCH_6, MachineDates.parse("2023-03-06"));
    assertEquals(MARCH_6, MachineDates.parse(" 2023-03-06T23:30:00+05:00 "));
    assertEquals(MARCH_6, MachineDates.parse("2023-03-06T23:30:00Z"));
    assertEquals(MARCH_6, MachineDates.parse("2023-03-06T23:30:00-08:00"));
    assertEquals(MARCH_6, MachineDates.parse("2023-03-06T23:30:00"), "no offset: the day part");
    assertEquals(MARCH_6, MachineDates.parse("2023-03-06 10:00 PKT"));
  }

  @Test
  void readsRfc1123AsInFeeds() {
    assertEquals(MARCH_6, MachineDates.parse("Mon, 6 Mar 2023 10:00:00 GMT"));
    assertEquals(MARCH_6, MachineDates.parse("Mon, 06 Mar 2023 10:00:00 +0500"));
  }

  @Test
  void refusesImpossibleAndProseDates() {
    assertEquals(Optional.empty(), MachineDates.parse("2023-13-01"));
    assertEquals(Optional.empty(), MachineDates.parse("2023-02-30"));
    assertEquals(Optional.empty(), MachineDates.parse("March 6, 2023"));
    assertEquals(Optional.empty(), MachineDates.parse("2023-3-6"));
    assertEquals(Optional.empty(), MachineDates.parse("２０２３-０３-０６"), "full-width digits are not machine dates");
    assertEquals(Optional.empty(), MachineDates.parse(""));
  }

  @Test
  void neverThrowsOnRandomInput() {
    Random r = new Random(20230306);
    String alphabet = "0123456789-+:TZ ,MonMar GMT\u0000é";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder(i % 2 == 0 ? "2023-03-0" : "");
      for (int k = r.nextInt(30); k > 0; k--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      MachineDates.parse(sb.toString());
    }
  }
}
