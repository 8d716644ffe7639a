package org.triangulate.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;

class WindowedClusteringTest {

  /** 2024-04-04 is a Thursday, the first day of a seven-day window (windows start on Thursdays, as 1970-01-01). */
  private static final LocalDate WED = LocalDate.of(2024, 4, 3);
  private static final LocalDate THU = LocalDate.of(2024, 4, 4);

  private static Article article(String id, String title, String body, Optional<LocalDate> published) {
    return new Article(id, "test#" + id, Optional.empty(), title, Optional.empty(), published, Optional.empty(),
        Optional.empty(), body, List.of());
  }

  /**
   * One blast reported either side of a window boundary. The texts name no day, so each report is
   * placed on its publication day (reports naming the day would both be placed on it, see
   * {@link #aFollowUpNamingItsEventsDayJoinsTheEventsWindow}).
   */
  private static List<Article> blastAcrossBoundary() {
    return List.of(
        article("a", "Bomb kills nine at Kora market in Sarnia", undated(ClusterTexts.BLAST_1), Optional.of(WED)),
        article("m", "Velden United win the cup", undated(ClusterTexts.MATCH), Optional.of(THU)),
        article("b", "Nine dead in Sarnia market blast", undated(ClusterTexts.BLAST_1B), Optional.of(THU)));
  }

  private static String undated(String text) {
    return text.replaceAll(" on (Tuesday|Saturday)", "");
  }

  private static Function<String, Optional<String>> noSources() {
    return id -> Optional.empty();
  }

  private static Set<Set<String>> memberships(Clustering c) {
    Set<Set<String>> out = new HashSet<>();
    c.events().forEach(e -> out.add(new HashSet<>(e.articles())));
    return out;
  }

  @Test
  void windowsAreSevenDaysFromThursdaysAndUndatedArticlesShareOne() {
    WindowedClustering w = WindowedClustering.lexical(WindowSettings.DEFAULTS);
    assertEquals(w.window(Optional.of(THU)), w.window(Optional.of(THU.plusDays(6))));
    assertEquals(w.window(Optional.of(THU)) - 1, w.window(Optional.of(WED)));
    assertEquals(WindowedClustering.UNDATED, w.window(Optional.empty()));
    long b = w.window(Optional.of(WED));
    assertEquals(List.of(b), w.boundaries(Optional.of(WED)), "last day of a window: its boundary's zone");
    assertEquals(List.of(b), w.boundaries(Optional.of(THU)), "first day of the next one: the same zone");
    assertEquals(List.of(), w.boundaries(Optional.of(THU.plusDays(1))));
    assertEquals(List.of(), w.boundaries(Optional.empty()));
    long day = WED.toEpochDay();
    assertEquals(List.of(day - 1, day), WindowedClustering.lexical(new WindowSettings(1, 1, 3))
        .boundaries(Optional.of(WED)), "one-day windows: a day is in the zones on both sides");
  }

  @Test
  void settingsRejectImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> new WindowSettings(0, 0, 3));
    assertThrows(IllegalArgumentException.class, () -> new WindowSettings(7, 8, 3));
    assertThrows(IllegalArgumentException.class, () -> new WindowSettings(7, -1, 3));
    assertThrows(IllegalArgumentException.class, () -> new WindowSettings(7, 1, 0));
  }

  @Test
  void anEventStraddlingAWindowBoundaryIsStitchedIntoOne() {
    Clustering c = WindowedClustering.lexical(WindowSettings.DEFAULTS).cluster(blastAcrossBoundary(), noSources());
    assertEquals(Set.of(Set.of("a", "b"), Set.of("m")), memberships(c));
    assertEquals(List.of("a", "b"), c.events().get(0).articles(), "members in stream order");
    assertEquals("e1", c.events().get(0).id());
  }

  @Test
  void withoutMarginTheHalvesStayApartButStoryLinksJoinThem() {
    Clustering c = WindowedClustering.lexical(new WindowSettings(7, 0, 3)).cluster(blastAcrossBoundary(), noSources());
    assertEquals(Set.of(Set.of("a"), Set.of("b"), Set.of("m")), memberships(c));
    Map<String, String> events = c.eventByArticle();
    Map<String, String> story = new HashMap<>();
    c.events().forEach(e -> story.put(e.id(), e.story()));
    assertEquals(story.get(events.get("a")), story.get(events.get("b")), c.toString());
    assertNotEquals(story.get(events.get("a")), story.get(events.get("m")), c.toString());
  }

  @Test
  void oneWindowGivesTheOnlineClusterersEvents() {
    List<Article> articles = new ArrayList<>(blastAcrossBoundary());
    articles.add(article("c", "Second bomb in a week hits Kora market in Sarnia", ClusterTexts.BLAST_2,
        Optional.of(LocalDate.of(2024, 4, 9))));
    articles.add(article("u", "Undated match report", ClusterTexts.MATCH, Optional.empty()));
    EventClusterer online = EventClusterer.builder().dates(DateSource.temporal()).build();
    articles.stream().filter(a -> a.published().isPresent()).forEach(online::add);
    EventClusterer undated = EventClusterer.builder().dates(DateSource.temporal()).build();
    articles.stream().filter(a -> a.published().isEmpty()).forEach(undated::add);
    Set<Set<String>> expected = new HashSet<>(memberships(online.snapshot()));
    expected.addAll(memberships(undated.snapshot()));
    Clustering windowed = WindowedClustering.lexical(new WindowSettings(3650, 1, 3)).cluster(articles, noSources());
    assertEquals(expected, memberships(windowed), "dated articles in one window, undated ones in their own");
  }

  @Test
  void aCopyFollowsItsSourceIntoTheSourcesWindow() {
    List<Article> articles = new ArrayList<>(blastAcrossBoundary());
    // republished three weeks later: its own date is in another window, its source's is not
    articles.add(article("copy", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, Optional.of(WED.plusDays(21))));
    Map<String, String> sources = Map.of("copy", "a");
    Clustering c = WindowedClustering.lexical(WindowSettings.DEFAULTS)
        .cluster(articles, id -> Optional.ofNullable(sources.get(id)));
    assertEquals(Set.of(Set.of("a", "b", "copy"), Set.of("m")), memberships(c));
  }

  @Test
  void aFollowUpNamingItsEventsDayJoinsTheEventsWindow() {
    LocalDate tuesday = WED.minusDays(1);
    List<Article> articles = List.of(
        article("a", "Bomb kills nine at Kora market in Sarnia", ClusterTexts.BLAST_1, Optional.of(WED)),
        article("m", "Velden United win the cup", ClusterTexts.MATCH, Optional.of(THU)),
        // nine days later, outside any margin, but it says when the blast happened
        article("late", "Sarnia market reopens after blast", "The Kora market in Sarnia reopened on Thursday, "
            + "nine days after a bomb killed nine people there on " + tuesday.getMonth().toString().charAt(0)
            + tuesday.getMonth().toString().substring(1).toLowerCase(java.util.Locale.ROOT) + " "
            + tuesday.getDayOfMonth() + ", police chief Odil Marek said. Traders at the Kora market in Sarnia said "
            + "the bomb blast had killed nine people.", Optional.of(THU.plusDays(7))));
    WindowedClustering reported = WindowedClustering.lexical(WindowSettings.DEFAULTS);
    assertEquals(Optional.of(tuesday), reported.day(articles.get(2)), "placed on the day it reports on");
    assertEquals(Optional.of(tuesday), reported.day(articles.get(0)), "'on Tuesday' resolved against WED");
    assertEquals(Set.of(Set.of("a", "late"), Set.of("m")), memberships(reported.cluster(articles, noSources())));
    WindowedClustering published = WindowedClustering.lexical(WindowSettings.DEFAULTS.withPlaceByReportedDay(false));
    assertEquals(Optional.of(THU.plusDays(7)), published.day(articles.get(2)));
    assertEquals(Set.of(Set.of("a"), Set.of("late"), Set.of("m")),
        memberships(published.cluster(articles, noSources())), "by publication day the follow-up is a window away");
  }

  @Test
  void joiningDoesNotDependOnTheOrderOfPartsAndStitches() {
    WindowedClustering w = WindowedClustering.lexical(WindowSettings.DEFAULTS);
    List<Article> articles = blastAcrossBoundary();
    Map<String, Long> position = Map.of("a", 0L, "m", 1L, "b", 2L);
    List<WindowedClustering.Part> parts = new ArrayList<>();
    for (long win : List.of(w.window(Optional.of(WED)), w.window(Optional.of(THU)))) {
      List<Article> in = articles.stream().filter(a -> w.window(a.published()) == win).toList();
      w.clusterWindow(in, noSources()).events().forEach(e -> parts.add(new WindowedClustering.Part(win, e)));
    }
    Map<String, WindowedClustering.PartId> partOf = new HashMap<>();
    parts.forEach(p -> p.event().articles().forEach(id -> partOf.put(id, p.id())));
    List<WindowedClustering.Stitch> stitches = w.stitch(w.window(Optional.of(WED)), articles, noSources(),
        partOf::get);
    assertEquals(1, stitches.size(), stitches.toString());
    List<WindowedClustering.Joined> forward = w.join(parts, stitches, position::get);
    List<WindowedClustering.Part> reversed = new ArrayList<>(parts);
    java.util.Collections.reverse(reversed);
    List<WindowedClustering.Joined> backward = w.join(reversed, stitches, position::get);
    assertEquals(forward.stream().map(WindowedClustering.Joined::event).toList(),
        backward.stream().map(WindowedClustering.Joined::event).toList());
    assertThrows(IllegalArgumentException.class, () -> w.join(parts.subList(0, 1), stitches, position::get));
  }
}
