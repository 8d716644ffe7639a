package org.triangulate.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayVotesTest {
  private static final ClusterSettings S = ClusterSettings.DEFAULTS;

  private static DayVotes votes(LocalDate published, DateSource.Mention... m) {
    return DayVotes.of(EventClustererTest.article("x", "t", "b", published), List.of(m), S);
  }

  @Test
  void anExplicitEarlierDateBeatsThePublicationDate() {
    DayVotes v = votes(LocalDate.of(2024, 5, 14),
        new DateSource.Mention(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10), 120, true));
    assertEquals(Optional.of(LocalDate.of(2024, 5, 10)), v.anchor());
  }

  @Test
  void longRangesAndOldHistoryDoNotVote() {
    DayVotes v = votes(LocalDate.of(2024, 5, 14),
        new DateSource.Mention(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), 10, true),
        new DateSource.Mention(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7), 20, true));
    assertEquals(Optional.of(LocalDate.of(2024, 5, 14)), v.anchor());
  }

  @Test
  void theSpanWidensOverNeighbouringDaysWithEnoughVotes() {
    DayVotes v = votes(LocalDate.of(2023, 3, 8),
        new DateSource.Mention(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7), 10, true));
    assertArrayEquals(new LocalDate[] {LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7)},
        v.span(S.spanFraction()).orElseThrow());
  }

  @Test
  void noDatesNoAnchor() {
    DayVotes v = DayVotes.of(EventClustererTest.article("x", "t", "b", Optional.empty(), Optional.empty()),
        List.of(), S);
    assertTrue(v.anchor().isEmpty());
  }

  @Test
  void theAnchorNotAfterPublicationSkipsAScheduledLaterDay() {
    DayVotes v = votes(LocalDate.of(2024, 4, 24),
        new DateSource.Mention(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 4, 29), 0, true));
    assertEquals(Optional.of(LocalDate.of(2024, 4, 29)), v.anchor());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 24)), v.anchorNotAfter(LocalDate.of(2024, 4, 24)));
  }
}
