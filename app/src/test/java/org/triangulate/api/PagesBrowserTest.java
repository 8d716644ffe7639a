package org.triangulate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The list, story, claims, search, article and 404 pages over {@link UiFixture}. */
class PagesBrowserTest {
  static Browser b;
  static UiFixture ui;

  @BeforeAll
  static void start() {
    b = Browser.get();
    ui = UiFixture.get();
  }

  private List<String> ids(String css, String attribute) {
    return b.all(css).stream().map(e -> e.getDomAttribute(attribute)).toList();
  }

  @Test
  void eventListIsPaged() {
    b.open(ui.url("/?limit=3"));
    assertEquals(3, b.all("#events tbody tr").size());
    assertEquals("1–3 of 7", b.one("#pager .range").getText());
    List<String> first = ids("#events tbody tr", "data-event");
    assertEquals(List.of(UiFixture.LATER, UiFixture.BIG, "e-misc-4"), first);
    b.one("#pager button.next").click();
    b.waitReady("next page");
    assertEquals("4–6 of 7", b.one("#pager .range").getText());
    assertEquals(List.of("e-misc-3", "e-misc-2", "e-misc-1"), ids("#events tbody tr", "data-event"));
    assertTrue(((String) b.js("return location.search;")).contains("offset=3"));
    b.one("#pager button.prev").click();
    b.waitReady("previous page");
    assertEquals(first, ids("#events tbody tr", "data-event"));
  }

  @Test
  void searchShowsScoresAndMeaningSearchFindsNothingForNonsense() {
    b.open(ui.url("/search?q=sea%20wall&type=article&mode=text"));
    List<WebElement> hits = b.all("#results li");
    assertFalse(hits.isEmpty());
    List<Double> scores = hits.stream().map(h -> Double.parseDouble(h.getDomAttribute("data-score"))).toList();
    assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores);
    assertTrue(hits.get(0).findElement(By.className("score")).getText().matches("score \\d+\\.\\d{3}"));
    assertTrue(b.one("#status").getText().endsWith("for “sea wall”"), b.one("#status").getText());

    b.open(ui.url("/search?q=zyxxyq&type=article&mode=semantic"));
    assertEquals(0, b.all("#results li").size());
    assertEquals("Nothing found for “zyxxyq”.", b.one("#status").getText());
    b.open(ui.url("/search?q=zyxxyq&type=event&mode=semantic"));
    assertEquals(0, b.all("#results li").size());

    b.open(ui.url("/search?q=gale%20damage%20to%20roofs%20and%20houses&type=article&mode=semantic&limit=10"));
    List<WebElement> meaning = b.all("#results li");
    assertEquals(10, meaning.size());
    for (WebElement h : meaning) {
      assertTrue(Double.parseDouble(h.getDomAttribute("data-score")) >= org.triangulate.index.SearchIndex.MINILM_MIN_ARTICLE_SCORE);
    }
    assertTrue(meaning.get(0).findElement(By.cssSelector("a.hit")).getDomAttribute("href").startsWith("/articles/storm-"));
    String status = b.one("#status").getText();
    int total = Integer.parseInt(status.substring(0, status.indexOf(' ')));
    assertTrue(total > 10 && total < 66, status);
    b.one("#pager button.next").click();
    b.waitReady("second page of results");
    assertEquals("11", b.one("#results").getDomAttribute("start"));
  }

  @Test
  void claimsPageFiltersByStatusWithCountsAndLinksToPermalinks() {
    b.open(ui.url("/claims?status=contradicted"));
    List<WebElement> rows = b.all("#claims tbody tr[data-status]");
    assertEquals(1, rows.size());
    assertEquals("/events/" + UiFixture.BIG + "#claim-" + BrowserTest.key(UiFixture.CONTRADICTED),
        rows.get(0).findElement(By.cssSelector("a.claim-link")).getDomAttribute("href"));
    Map<String, String> counts = new java.util.HashMap<>();
    for (WebElement f : b.all("#filters button")) {
      counts.put(f.getDomAttribute("data-filter"), f.findElement(By.className("count")).getText());
    }
    assertEquals(Map.of("all", "80", "contradicted", "1", "corroborated", "21", "single-source", "58"), counts);
    assertEquals("true", b.one("#filters button[data-filter='contradicted']").getDomAttribute("aria-pressed"));
    b.one("#filters button[data-filter='corroborated']").click();
    b.waitReady("corroborated claims");
    assertEquals(21, b.all("#claims tbody tr[data-status='corroborated']").size());
    b.one("#filters button[data-filter='all']").click();
    b.waitReady("all claims");
    assertEquals(50, b.all("#claims tbody tr[data-status]").size());
    assertEquals("1–50 of 80", b.one("#pager .range").getText());
    rows = b.all("#claims tbody tr[data-status]");
    rows.get(0).findElement(By.cssSelector("a.claim-link")).click();
    b.waitReady("claim permalink");
    assertTrue(b.one("#claims-table tr.target").isDisplayed());
  }

  @Test
  void storyPageShowsItsTimelineAndEvents() {
    b.open(ui.url("/stories/" + UiFixture.STORY));
    assertEquals("Storm and repairs in Gask", b.one("#title").getText());
    assertEquals(List.of(UiFixture.BIG, UiFixture.LATER), ids("#events tbody tr", "data-event"));
    assertEquals(3, b.all("#timeline ol.timeline li").size());
    assertEquals(2, b.all("#timeline svg g.mark.event").size());
    assertEquals(0, b.all("#timeline svg g.mark.report").size(), "no reports band without a current event");
    b.open(ui.url("/events/" + UiFixture.BIG));
    assertEquals("/stories/" + UiFixture.STORY, b.one("#crumbs a[href^='/stories/']").getDomAttribute("href"));
  }

  @Test
  void unknownEventArticleAndStoryPagesSayWhatIsMissing() {
    for (String kind : List.of("events", "articles", "stories")) {
      b.open(ui.url("/" + kind + "/no-such-id"));
      assertEquals("Not found", b.one("h1").getText());
      String what = b.one("#what").getText();
      assertTrue(what.startsWith("There is no " + Map.of("events", "event", "articles", "article", "stories", "story").get(kind)
          + " with the id no-such-id"), what);
      assertFalse(b.all("main a[href='/']").isEmpty());
    }
  }

  @Test
  void articlePageLinksToItsEventHighlightsTheClaimAndShowsNoServerPath() {
    String key = BrowserTest.key(UiFixture.CONTRADICTED);
    b.open(ui.url("/articles/storm-a0?event=" + UiFixture.BIG + "&claim=" + key));
    assertEquals("/events/" + UiFixture.BIG, b.one("#events-of a.event-link").getDomAttribute("href"));
    assertEquals("/events/" + UiFixture.BIG, b.one("#crumbs a[href^='/events/']").getDomAttribute("href"));
    assertEquals(List.of(UiFixture.A0_SPAN), b.all("#body mark.current").stream().map(WebElement::getText).toList());
    assertTrue(b.all("#body mark").size() >= 2, "the other claims' spans are marked too");
    assertTrue(b.one("#claims li.current").getText().contains(UiFixture.CONTRADICTED));
    assertEquals("https://news.example/storm-a0", b.one("#facts a.external").getDomAttribute("href"));
    String page = b.one("body").getText();
    assertFalse(page.contains(ui.dir.toString()) || page.contains("storm.jsonl") || page.contains("/tmp/"), page);
  }
}
