package org.triangulate.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;

class EventClustererTest {

  static Article article(String id, String title, String body, LocalDate published) {
    return article(id, title, body, Optional.ofNullable(published), Optional.empty());
  }

  static Article article(String id, String title, String body, Optional<LocalDate> published,
      Optional<String> dateline) {
    return new Article(id, "test#" + id, Optional.empty(), title, Optional.empty(), published, Optional.empty(),
        dateline, body, List.of());
  }


  private static EventClusterer lexical() {
    return EventClusterer.builder().build();
  }

  @Test
  void reportsOfOneIncidentJoinOneEventAndOtherNewsStaysApart() {
    EventClusterer c = lexical();
    assertTrue(c.add(article("a", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, LocalDate.of(2024, 4, 2))).created());
    assertFalse(c.add(article("b", "Nine dead in Sarnia market blast", ClusterTexts.BLAST_1B, LocalDate.of(2024, 4, 3))).created());
    assertTrue(c.add(article("c", "Velden United win the cup", ClusterTexts.MATCH, LocalDate.of(2024, 4, 3))).created());
    Map<String, String> events = c.snapshot().eventByArticle();
    assertEquals(events.get("a"), events.get("b"));
    assertNotEquals(events.get("a"), events.get("c"));
  }

  @Test
  void twoAttacksInOneCityAWeekApartAreTwoEventsOfOneStory() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, LocalDate.of(2024, 4, 2)));
    c.add(article("b", "Nine dead in Sarnia market blast", ClusterTexts.BLAST_1B, LocalDate.of(2024, 4, 3)));
    c.add(article("c", "Second bomb in a week hits Kora market in Sarnia", ClusterTexts.BLAST_2, LocalDate.of(2024, 4, 9)));
    Clustering snap = c.snapshot();
    Map<String, String> events = snap.eventByArticle();
    assertNotEquals(events.get("a"), events.get("c"));
    assertEquals(1, snap.stories().size(), snap.stories().toString());
    assertEquals(2, snap.stories().get(0).events().size());
  }

  @Test
  void theSameTextWithoutDatesJoinsTheFirstEvent() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, LocalDate.of(2024, 4, 2)));
    c.add(article("c", "Second bomb in a week hits Kora market in Sarnia", ClusterTexts.BLAST_2, Optional.empty(), Optional.empty()));
    Map<String, String> events = c.snapshot().eventByArticle();
    assertEquals(events.get("a"), events.get("c"), "without a date only the content decides");
  }

  @Test
  void aCopyJoinsItsSourceWithoutBeingScored() {
    EventClusterer c = lexical();
    c.add(article("src", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, LocalDate.of(2024, 4, 2)));
    Assignment a = c.add(c.prepare(article("copy", "Velden United win the cup", ClusterTexts.MATCH, LocalDate.of(2024, 4, 2))),
        Optional.of("src"));
    assertFalse(a.created());
    assertEquals(List.of("src", "copy"), c.snapshot().events().get(0).articles());
  }

  @Test
  void aCopyOfAnUnknownSourceIsClusteredByContent() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, LocalDate.of(2024, 4, 2)));
    Assignment a = c.add(c.prepare(article("b", "Velden United win the cup", ClusterTexts.MATCH, LocalDate.of(2024, 4, 2))),
        Optional.of("not-yet-seen"));
    assertTrue(a.created());
  }

  @Test
  void addingAnArticleIdTwiceIsRejectedWithItsName() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine", ClusterTexts.BLAST_1, LocalDate.of(2024, 4, 2)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> c.add(article("a", "Bomb kills nine", ClusterTexts.BLAST_1, LocalDate.of(2024, 4, 2))));
    assertTrue(e.getMessage().contains("a (test#a)"), e.getMessage());
  }

  @Test
  void anEventIsDatedByTheDaysItsArticlesMentionNotByPublication() {
    // "6-7 March" in the first article, "on Monday" (the 6th) in the second; both published later.
    DateSource dates = a -> a.id().equals("a")
        ? List.of(new DateSource.Mention(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7), 40, true))
        : List.of(new DateSource.Mention(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 6), 10, false),
            new DateSource.Mention(LocalDate.of(2022, 11, 28), LocalDate.of(2022, 11, 28), 900, true));
    EventClusterer c = EventClusterer.builder().dates(dates).build();
    c.add(article("a", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, LocalDate.of(2023, 3, 8)));
    c.add(article("b", "Nine dead in Sarnia market blast", ClusterTexts.BLAST_1B, LocalDate.of(2023, 3, 9)));
    ClusteredEvent e = c.snapshot().events().get(0);
    assertEquals(2, e.articles().size());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 6)), e.date());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 7)), e.endDate());
  }

  @Test
  void anEventIsPlacedAtItsMostFrequentDateline() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market", ClusterTexts.BLAST_1, Optional.of(LocalDate.of(2024, 4, 2)), Optional.of("Sarnia")));
    c.add(article("b", "Nine dead in market blast", ClusterTexts.BLAST_1B, Optional.of(LocalDate.of(2024, 4, 2)), Optional.of("Kora")));
    c.add(article("c", "Kora market blast kills nine", ClusterTexts.BLAST_1, Optional.of(LocalDate.of(2024, 4, 2)), Optional.of("Sarnia")));
    assertEquals(Optional.of("Sarnia"), c.snapshot().events().get(0).location());
  }

  @Test
  void anEventWithoutAnyDateHasNeitherDateNorEndDate() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market", ClusterTexts.BLAST_1, Optional.empty(), Optional.empty()));
    ClusteredEvent e = c.snapshot().events().get(0);
    assertTrue(e.date().isEmpty() && e.endDate().isEmpty());
  }

  @Test
  void aLateReportStillFindsItsEventAmongThousandsOfOthers() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, LocalDate.of(2024, 4, 2)));
    Random r = new Random(7);
    for (int i = 0; i < 3000; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        body.append(w % 9 == 0 ? "Market " : "").append("w").append(r.nextInt(5000)).append(' ');
      }
      c.add(article("n" + i, "w" + r.nextInt(5000) + " report", body.toString(), LocalDate.of(2024, 4, 2)));
    }
    Assignment late = c.add(article("b", "Nine dead in Sarnia market blast", ClusterTexts.BLAST_1B, LocalDate.of(2024, 4, 3)));
    assertFalse(late.created());
    assertEquals(c.snapshot().eventByArticle().get("a"), late.eventId());
  }

  @Test
  void numbersWrittenInTheTextBecomeEntityKeysUnlessSwitchedOff() {
    assertEquals(List.of("#26", "#58", "#3", "#2.6", "#1,200", "#2011"),
        EventClusterer.numbers("Navy nabs 26 pirates; champion at 58-3, $2.6 million, 1,200 troops, in 2011 (F16x2)"));
    Article a = article("n1", "Blast", ClusterTexts.BLAST_2, LocalDate.of(2024, 5, 7));
    assertTrue(lexical().prepare(a).entityKeys.contains("#12"));
    EventClusterer without = EventClusterer.builder()
        .settings(ClusterSettings.DEFAULTS.withNumberTokens(false)).build();
    assertTrue(without.prepare(a).entityKeys.stream().noneMatch(k -> k.startsWith("#")));
  }

  @Test
  void textDatesAloneDoNotSplitArticlesWithoutPublicationDateUnlessConfigured() {
    // the same report twice, undated, its text naming days a year apart (a recalled date, or another round)
    Map<String, LocalDate> named = Map.of("u1", LocalDate.of(2023, 3, 6), "u2", LocalDate.of(2024, 5, 10));
    DateSource dates = a -> List.of(new DateSource.Mention(named.get(a.id()), named.get(a.id()), 0, true));
    Article u1 = article("u1", "Blast at Kora market", ClusterTexts.BLAST_1, Optional.empty(), Optional.empty());
    Article u2 = article("u2", "Blast at Kora market", ClusterTexts.BLAST_1B, Optional.empty(), Optional.empty());

    EventClusterer byContent = EventClusterer.builder().dates(dates).build();
    assertEquals(byContent.add(u1).eventId(), byContent.add(u2).eventId());

    EventClusterer byText = EventClusterer.builder().dates(dates)
        .settings(ClusterSettings.DEFAULTS.withTextDatesPlaceUndated(true)).build();
    assertNotEquals(byText.add(u1).eventId(), byText.add(u2).eventId());
  }

  @Test
  void followUpReportsAreMeasuredAgainstTheLatestReportNotTheOpeningDay() {
    // reports two days apart, each within the tolerance of the one before, for eight days
    ClusterSettings linear = ClusterSettings.DEFAULTS.withTime(2, 0, 8, true, false);
    EventClusterer byCoverage = EventClusterer.builder().settings(linear).build();
    EventClusterer byVoteSpan = EventClusterer.builder().settings(linear.withTime(2, 0, 8, false, false)).build();
    String first = null;
    String firstBySpan = null;
    String lastBySpan = null;
    for (int i = 0; i <= 4; i++) {
      Article a = article("r" + i, i % 2 == 0 ? "Bomb kills nine at Kora market in Sarnia" : "Nine dead in Sarnia market blast",
          i % 2 == 0 ? ClusterTexts.BLAST_1 : ClusterTexts.BLAST_1B, LocalDate.of(2024, 4, 2 + 2 * i));
      String e = byCoverage.add(a).eventId();
      first = first == null ? e : first;
      assertEquals(first, e, "report " + i + " left the event");
      lastBySpan = byVoteSpan.add(a).eventId();
      firstBySpan = firstBySpan == null ? lastBySpan : firstBySpan;
    }
    // measured against the opening day alone, the last report is 8 days out and starts another event
    assertNotEquals(firstBySpan, lastBySpan);
  }

  @Test
  void aDayAfterPublicationThatTheTextNamesDoesNotPlaceTheReport() {
    // the second report's headline names the day of the coming trial, 18 days after it was published
    DateSource dates = a -> a.id().equals("b")
        ? List.of(new DateSource.Mention(LocalDate.of(2024, 4, 21), LocalDate.of(2024, 4, 21), 0, true))
        : List.of();
    Article a = article("a", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, LocalDate.of(2024, 4, 2));
    Article b = article("b", "Nine dead in Sarnia market blast", ClusterTexts.BLAST_1B, LocalDate.of(2024, 4, 3));

    EventClusterer byPublication = EventClusterer.builder().dates(dates).build();
    assertEquals(byPublication.add(a).eventId(), byPublication.add(b).eventId());

    EventClusterer byLaterDate = EventClusterer.builder().dates(dates)
        .settings(ClusterSettings.DEFAULTS.withTime(2, 0, 8, true, true)).build();
    assertNotEquals(byLaterDate.add(a).eventId(), byLaterDate.add(b).eventId());
  }

  @Test
  void theTimeFactorIsOneWithinTheToleranceThenHalvesEveryHalfLifeAndIsZeroAtTheMaximumGap() {
    EventClusterer c = EventClusterer.builder()
        .settings(ClusterSettings.DEFAULTS.withTime(2, 3, 90, true, false)).build();
    assertEquals(1.0, c.timeFactor(-1), 1e-9, "no date on either side");
    assertEquals(1.0, c.timeFactor(2), 1e-9);
    assertEquals(0.5, c.timeFactor(5), 1e-9);
    assertEquals(0.25, c.timeFactor(8), 1e-9);
    assertEquals(0.0, c.timeFactor(90), 1e-9);
    assertEquals(0.0, c.timeFactor(365), 1e-9);
  }

  @Test
  void theSameReportAYearLaterStartsAnotherEventEvenUnderAGenerousDecay() {
    EventClusterer c = EventClusterer.builder()
        .settings(ClusterSettings.DEFAULTS.withTime(7, 30, 90, true, false)).build();
    String e1 = c.add(article("a", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, LocalDate.of(2023, 4, 2))).eventId();
    String e2 = c.add(article("b", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, LocalDate.of(2024, 4, 2))).eventId();
    assertNotEquals(e1, e2);
  }
}
