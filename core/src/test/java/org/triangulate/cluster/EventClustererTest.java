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

  private static final String BLAST_1 = "A bomb exploded at the crowded Kora market in Sarnia on Tuesday, killing "
      + "nine people and wounding 30, Sarnia police chief Odil Marek said. The Kora market blast happened during "
      + "the morning rush. Police sealed off the market and hospitals in Sarnia declared an emergency.";
  private static final String BLAST_1B = "Police chief Odil Marek said the bomb at Kora market in Sarnia killed "
      + "nine people on Tuesday. Witnesses at the Kora market described panic after the blast and said ambulances "
      + "took the wounded to hospitals across Sarnia.";
  private static final String BLAST_2 = "A bomb exploded at the Kora market in Sarnia on Tuesday, killing four "
      + "people and wounding 12, Sarnia police chief Odil Marek said. It was the second blast at the Kora market "
      + "in a week. Police sealed off the market and hospitals in Sarnia treated the wounded.";
  private static final String MATCH = "Velden United beat Harrow Rovers 3-1 in the cup final at Velden stadium "
      + "on Saturday, with striker Ivo Brand scoring twice in the second half before a crowd of 40,000.";

  private static EventClusterer lexical() {
    return EventClusterer.builder().build();
  }

  @Test
  void reportsOfOneIncidentJoinOneEventAndOtherNewsStaysApart() {
    EventClusterer c = lexical();
    assertTrue(c.add(article("a", "Bomb kills nine at Kora market in Sarnia", BLAST_1, LocalDate.of(2024, 4, 2))).created());
    assertFalse(c.add(article("b", "Nine dead in Sarnia market blast", BLAST_1B, LocalDate.of(2024, 4, 3))).created());
    assertTrue(c.add(article("c", "Velden United win the cup", MATCH, LocalDate.of(2024, 4, 3))).created());
    Map<String, String> events = c.snapshot().eventByArticle();
    assertEquals(events.get("a"), events.get("b"));
    assertNotEquals(events.get("a"), events.get("c"));
  }

  @Test
  void twoAttacksInOneCityAWeekApartAreTwoEventsOfOneStory() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market in Sarnia", BLAST_1, LocalDate.of(2024, 4, 2)));
    c.add(article("b", "Nine dead in Sarnia market blast", BLAST_1B, LocalDate.of(2024, 4, 3)));
    c.add(article("c", "Second bomb in a week hits Kora market in Sarnia", BLAST_2, LocalDate.of(2024, 4, 9)));
    Clustering snap = c.snapshot();
    Map<String, String> events = snap.eventByArticle();
    assertNotEquals(events.get("a"), events.get("c"));
    assertEquals(1, snap.stories().size(), snap.stories().toString());
    assertEquals(2, snap.stories().get(0).events().size());
  }

  @Test
  void theSameTextWithoutDatesJoinsTheFirstEvent() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market in Sarnia", BLAST_1, LocalDate.of(2024, 4, 2)));
    c.add(article("c", "Second bomb in a week hits Kora market in Sarnia", BLAST_2, Optional.empty(), Optional.empty()));
    Map<String, String> events = c.snapshot().eventByArticle();
    assertEquals(events.get("a"), events.get("c"), "without a date only the content decides");
  }

  @Test
  void aCopyJoinsItsSourceWithoutBeingScored() {
    EventClusterer c = lexical();
    c.add(article("src", "Bomb kills nine at Kora market in Sarnia", BLAST_1, LocalDate.of(2024, 4, 2)));
    Assignment a = c.add(c.prepare(article("copy", "Velden United win the cup", MATCH, LocalDate.of(2024, 4, 2))),
        Optional.of("src"));
    assertFalse(a.created());
    assertEquals(List.of("src", "copy"), c.snapshot().events().get(0).articles());
  }

  @Test
  void aCopyOfAnUnknownSourceIsClusteredByContent() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market in Sarnia", BLAST_1, LocalDate.of(2024, 4, 2)));
    Assignment a = c.add(c.prepare(article("b", "Velden United win the cup", MATCH, LocalDate.of(2024, 4, 2))),
        Optional.of("not-yet-seen"));
    assertTrue(a.created());
  }

  @Test
  void addingAnArticleIdTwiceIsRejectedWithItsName() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine", BLAST_1, LocalDate.of(2024, 4, 2)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> c.add(article("a", "Bomb kills nine", BLAST_1, LocalDate.of(2024, 4, 2))));
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
    c.add(article("a", "Bomb kills nine at Kora market in Sarnia", BLAST_1, LocalDate.of(2023, 3, 8)));
    c.add(article("b", "Nine dead in Sarnia market blast", BLAST_1B, LocalDate.of(2023, 3, 9)));
    ClusteredEvent e = c.snapshot().events().get(0);
    assertEquals(2, e.articles().size());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 6)), e.date());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 7)), e.endDate());
  }

  @Test
  void anEventIsPlacedAtItsMostFrequentDateline() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market", BLAST_1, Optional.of(LocalDate.of(2024, 4, 2)), Optional.of("Sarnia")));
    c.add(article("b", "Nine dead in market blast", BLAST_1B, Optional.of(LocalDate.of(2024, 4, 2)), Optional.of("Kora")));
    c.add(article("c", "Kora market blast kills nine", BLAST_1, Optional.of(LocalDate.of(2024, 4, 2)), Optional.of("Sarnia")));
    assertEquals(Optional.of("Sarnia"), c.snapshot().events().get(0).location());
  }

  @Test
  void anEventWithoutAnyDateHasNeitherDateNorEndDate() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market", BLAST_1, Optional.empty(), Optional.empty()));
    ClusteredEvent e = c.snapshot().events().get(0);
    assertTrue(e.date().isEmpty() && e.endDate().isEmpty());
  }

  @Test
  void aLateReportStillFindsItsEventAmongThousandsOfOthers() {
    EventClusterer c = lexical();
    c.add(article("a", "Bomb kills nine at Kora market in Sarnia", BLAST_1, LocalDate.of(2024, 4, 2)));
    Random r = new Random(7);
    for (int i = 0; i < 3000; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        body.append(w % 9 == 0 ? "Market " : "").append("w").append(r.nextInt(5000)).append(' ');
      }
      c.add(article("n" + i, "w" + r.nextInt(5000) + " report", body.toString(), LocalDate.of(2024, 4, 2)));
    }
    Assignment late = c.add(article("b", "Nine dead in Sarnia market blast", BLAST_1B, LocalDate.of(2024, 4, 3)));
    assertFalse(late.created());
    assertEquals(c.snapshot().eventByArticle().get("a"), late.eventId());
  }

  @Test
  void numbersWrittenInTheTextBecomeEntityKeysUnlessSwitchedOff() {
    assertEquals(List.of("#26", "#58", "#3", "#2.6", "#1,200", "#2011"),
        EventClusterer.numbers("Navy nabs 26 pirates; champion at 58-3, $2.6 million, 1,200 troops, in 2011 (F16x2)"));
    Article a = article("n1", "Blast", BLAST_2, LocalDate.of(2024, 5, 7));
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
    Article u1 = article("u1", "Blast at Kora market", BLAST_1, Optional.empty(), Optional.empty());
    Article u2 = article("u2", "Blast at Kora market", BLAST_1B, Optional.empty(), Optional.empty());

    EventClusterer byContent = EventClusterer.builder().dates(dates).build();
    assertEquals(byContent.add(u1).eventId(), byContent.add(u2).eventId());

    EventClusterer byText = EventClusterer.builder().dates(dates)
        .settings(ClusterSettings.DEFAULTS.withTextDatesPlaceUndated(true)).build();
    assertNotEquals(byText.add(u1).eventId(), byText.add(u2).eventId());
  }
}
