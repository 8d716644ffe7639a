package org.triangulate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The event dossier as the analyst's working page, on a 60-report event with 80 claims ({@link UiFixture}). */
class EventPageBrowserTest {
  static Browser b;
  static UiFixture ui;

  @BeforeAll
  static void start() {
    b = Browser.get();
    ui = UiFixture.get();
  }

  private void openEvent(String suffix) {
    b.open(ui.url("/events/" + UiFixture.BIG + suffix));
  }

  @Test
  void timelineIsDrawnWithLegendBackgroundAndMarkers() {
    openEvent("");
    WebElement pic = b.one("#timeline svg.timeline-svg");
    assertTrue(pic.isDisplayed());
    assertTrue(pic.getDomAttribute("aria-label").startsWith("Timeline: 3 dated entries"), pic.getDomAttribute("aria-label"));
    assertEquals(2, b.all("#timeline svg g.mark.event").size());
    assertEquals(1, b.all("#timeline svg g.mark.background").size());
    assertEquals(1, b.all("#timeline svg g.mark.current").size());
    assertEquals(UiFixture.BIG_SIZE, b.all("#timeline svg g.mark.report").size());
    assertFalse(b.all("#timeline svg path.marker.updated").isEmpty(), "no updated marker");
    assertFalse(b.all("#timeline svg path.marker.unsupported").isEmpty(), "no unsupported marker");
    String legend = b.one("#timeline svg g.legend").getText();
    for (String entry : List.of("event", "background fact", "report", "updated figure", "unsupported claim")) {
      assertTrue(legend.contains(entry), () -> entry + " missing from legend: " + legend);
    }
    List<WebElement> items = b.all("#timeline ol.timeline li");
    assertEquals(List.of("background", "event", "event"), items.stream().map(li -> li.getDomAttribute("data-kind")).toList());
    assertEquals(List.of("2024-11", "2025-03-04", "2025-06-09"),
        items.stream().map(li -> li.findElement(org.openqa.selenium.By.tagName("time")).getText()).toList());
    assertTrue(items.get(1).getText().contains("updated") && items.get(1).getText().contains("unsupported"));
    assertEquals("/events/" + UiFixture.LATER, items.get(2).findElement(org.openqa.selenium.By.tagName("a")).getDomAttribute("href"));
  }

  @Test
  void claimsAreGroupedByStatusWithCountsFilteredSortedAndPaged() {
    openEvent("");
    Map<String, String> counts = new java.util.LinkedHashMap<>();
    for (WebElement f : b.all("#claims .filters button")) {
      counts.put(f.getDomAttribute("data-filter"), f.findElement(org.openqa.selenium.By.className("count")).getText());
    }
    assertEquals(Map.of("all", "80", "contradicted", "1", "corroborated", "21", "single-source", "58", "updated", "1",
        "unsupported", "4"), counts);
    assertEquals(25, b.all("#claims-table tbody tr[data-claim]").size());
    List<String> groups = b.all("#claims-table tr.group").stream().map(g -> g.getDomAttribute("data-group")).toList();
    assertEquals(List.of("contradicted", "corroborated", "single-source"), groups);
    assertTrue(b.one("#claims-table tr.group").getText().contains("1 claim"));
    assertTrue(b.one("#claims-pager").getText().contains("page 1 of 4"));
    b.one("#claims-pager button.next").click();
    assertTrue(b.one("#claims-pager").getText().contains("page 2 of 4"));
    assertTrue(b.one("#claims-status").getText().contains("80 of 80 claims, page 2 of 4"));

    b.one("#claims .filters button[data-filter='unsupported']").click();
    List<WebElement> rows = b.all("#claims-table tbody tr[data-claim]");
    assertEquals(4, rows.size());
    for (WebElement r : rows) {
      assertFalse(r.findElements(org.openqa.selenium.By.cssSelector(".badge.unsupported")).isEmpty(), r::getText);
    }
    assertEquals("true", b.one("#claims .filters button[data-filter='unsupported']").getDomAttribute("aria-pressed"));
    assertTrue(((String) b.js("return location.search;")).contains("status=unsupported"));
    assertEquals(0, b.all("#claims-pager button").size());

    b.one("#claims .filters button[data-filter='single-source']").click();
    new Select(b.one("#claim-sort")).selectByValue("text");
    List<String> texts = b.all("#claims-table tbody tr[data-claim] .claim-text").stream().map(WebElement::getText).toList();
    List<String> sorted = new ArrayList<>(texts);
    sorted.sort(String::compareToIgnoreCase);
    assertEquals(25, texts.size());
    assertEquals(sorted, texts);
    assertEquals("Insurers said claims would be handled quickly (11)", texts.get(0));
    assertTrue(((String) b.js("return location.search;")).contains("sort=text"));
  }

  @Test
  void permalinkOpensTheClaimOnItsPageAndFocusesIt() {
    String text = "Resident 14 said the wind tore the fence down (50)";
    openEvent("#claim-" + BrowserTest.key(text));
    WebElement row = b.one("#claim-" + BrowserTest.key(text));
    assertTrue(row.isDisplayed());
    assertTrue(row.getDomAttribute("class").contains("target"));
    assertEquals("claim-" + BrowserTest.key(text), b.js("return document.activeElement.id;"));
    assertTrue(b.one("#claims-status").getText().contains("page 4 of 4"), b.one("#claims-status").getText());
    String perma = row.findElement(org.openqa.selenium.By.cssSelector("a.permalink")).getDomAttribute("href");
    assertEquals("#claim-" + BrowserTest.key(text), perma);
  }

  @Test
  void conflictOpensTheReportsSideBySideWithTheirSpansHighlighted() {
    openEvent("?status=contradicted");
    String key = BrowserTest.key(UiFixture.CONTRADICTED);
    WebElement button = b.one("#claim-" + key + " button.compare");
    assertEquals("Compare conflicting reports", button.getText());
    button.sendKeys(Keys.ENTER);
    b.waitFor("dialog#compare-dialog[open]");
    assertEquals("#compare-" + key, b.js("return location.hash;"));
    List<WebElement> columns = b.all("dialog[open] .column");
    assertEquals(2, columns.size());
    assertEquals(List.of("9", "11"), columns.stream().map(c -> c.findElement(org.openqa.selenium.By.cssSelector("h3 .value"))
        .getText()).toList());
    List<String> left = columns.get(0).findElements(org.openqa.selenium.By.cssSelector(".excerpt mark")).stream()
        .map(WebElement::getText).toList();
    assertEquals(List.of(UiFixture.A0_SPAN, UiFixture.A0_SPAN), left, "a0 and a1 have spans; a3 shows its opening");
    assertEquals(3, columns.get(0).findElements(org.openqa.selenium.By.cssSelector("article.report")).size());
    assertEquals(List.of(UiFixture.B0_SPAN), columns.get(1).findElements(org.openqa.selenium.By.cssSelector(".excerpt mark"))
        .stream().map(WebElement::getText).toList());
    String bg = (String) b.js("return getComputedStyle(document.querySelector('dialog[open] .excerpt mark')).backgroundColor;");
    assertFalse(bg.equals("rgba(0, 0, 0, 0)"), "highlight has no background: " + bg);
    assertEquals("Close the comparison", b.js("return document.activeElement.getAttribute('aria-label');"));
    b.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    assertTrue(b.all("dialog[open]").isEmpty(), "Escape closes the comparison");
    assertEquals("#claim-" + key, b.js("return location.hash;"));
    assertEquals("claim-" + key, b.js("return document.activeElement.id;"));

    // a deep link opens it directly; a revision compares oldest to latest
    openEvent("#compare-" + BrowserTest.key(UiFixture.UPDATED));
    b.waitFor("dialog#compare-dialog[open]");
    assertEquals(List.of("120 first reported", "150 revised"), b.all("dialog[open] .column h3").stream()
        .map(WebElement::getText).toList());
    assertEquals(2, b.all("dialog[open] .excerpt mark").size());
  }

  @Test
  void copyGraphStaysReadableWithSixtyReportsAndZooms() throws java.io.IOException {
    openEvent("#graph-section");
    assertEquals(UiFixture.BIG_SIZE, b.all("#graph svg g.node").size());
    assertEquals(21, b.all("#graph svg line.edge").size());
    @SuppressWarnings("unchecked")
    List<Map<String, Number>> boxes = (List<Map<String, Number>>) b.js("return [...document.querySelectorAll('#graph g.node rect')]"
        + ".map(r => { const b = r.getBoundingClientRect(); return {x: b.x, y: b.y, w: b.width, h: b.height}; });");
    @SuppressWarnings("unchecked")
    Map<String, Number> frame = (Map<String, Number>) b.js("const b = document.querySelector('#graph svg').getBoundingClientRect();"
        + " return {x: b.x, y: b.y, w: b.width, h: b.height};");
    for (int i = 0; i < boxes.size(); i++) {
      Map<String, Number> p = boxes.get(i);
      assertTrue(p.get("x").doubleValue() >= frame.get("x").doubleValue() - 0.5
          && p.get("x").doubleValue() + p.get("w").doubleValue() <= frame.get("x").doubleValue() + frame.get("w").doubleValue() + 0.5
          && p.get("y").doubleValue() + p.get("h").doubleValue() <= frame.get("y").doubleValue() + frame.get("h").doubleValue() + 0.5,
          () -> "node outside the picture: " + p + " in " + frame);
      for (int j = 0; j < i; j++) {
        Map<String, Number> q = boxes.get(j);
        boolean apart = p.get("x").doubleValue() + p.get("w").doubleValue() <= q.get("x").doubleValue()
            || q.get("x").doubleValue() + q.get("w").doubleValue() <= p.get("x").doubleValue()
            || p.get("y").doubleValue() + p.get("h").doubleValue() <= q.get("y").doubleValue()
            || q.get("y").doubleValue() + q.get("h").doubleValue() <= p.get("y").doubleValue();
        assertTrue(apart, "nodes overlap: " + p + " and " + q);
      }
    }
    double font = ((Number) b.js("return parseFloat(getComputedStyle(document.querySelector('#graph .node-title')).fontSize)"
        + " * document.querySelector('#graph svg').getBoundingClientRect().width"
        + " / document.querySelector('#graph svg').viewBox.baseVal.width;")).doubleValue();
    assertTrue(font >= 11, "node labels render at " + font + " px");
    assertEquals(0, b.sidewaysOverflow());
    b.elementShot("#graph-section", "copy-graph-60-desktop");
    assertTrue(b.one("#graph").getText().contains("3 copy groups, 36 independent, 21 derivations"), b.one("#graph")::getText);

    long before = Long.parseLong(b.one("#graph svg").getDomAttribute("width"));
    b.one("#graph button[aria-label='Zoom in']").click();
    assertEquals(Math.round(before * 1.25), Long.parseLong(b.one("#graph svg").getDomAttribute("width")));
    assertEquals("125%", b.one("#graph .zoom-level").getText());
    assertEquals(0, b.sidewaysOverflow(), "zoom scrolls inside the graph's viewport, not the page");
    b.one("#graph button[aria-label='Zoom to fit the page width']").click();
    assertEquals(before, Long.parseLong(b.one("#graph svg").getDomAttribute("width")));
  }

  @Test
  void sourcesLinkOutShowDerivationAndCitationsAreSorted() {
    openEvent("");
    assertEquals(UiFixture.BIG_SIZE, b.all("#sources tbody tr").size());
    WebElement out = b.one("#sources tbody tr a.external");
    assertEquals("https://news.example/storm-a0", out.getDomAttribute("href"));
    assertTrue(out.getDomAttribute("rel").contains("noopener"));
    String a1 = b.one("#source-2").getText();
    assertTrue(a1.contains("copy of [1] (0.93)"), a1);
    assertTrue(b.one("#source-1").getText().contains("source of [2]"), b.one("#source-1")::getText);
    @SuppressWarnings("unchecked")
    List<List<Long>> groups = (List<List<Long>>) b.js("return [...document.querySelectorAll('.cites')].map(s => "
        + "[...s.querySelectorAll('a.cite')].map(a => Number(a.textContent.slice(1, -1))));");
    assertFalse(groups.isEmpty());
    for (List<Long> g : groups) {
      assertEquals(g.stream().sorted().toList(), g, "citations out of order");
    }
    // the first summary sentence cites b0, a0 and i3 in that order in the data
    assertEquals("[1][13][28]", b.one("#summary li .cites").getText().replace(" ", ""));
  }

  @Test
  void exportButtonsGiveTheEventAsJsonMarkdownAndHtml() {
    openEvent("");
    List<WebElement> links = b.all("#exports a[data-format]");
    assertEquals(List.of("JSON", "Markdown", "HTML report"), links.stream().map(WebElement::getText).toList());
    for (WebElement link : links) {
      String href = link.getDomAttribute("href");
      assertTrue(href.startsWith("/api/events/" + UiFixture.BIG + "/export?format="), href);
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) b.js("return fetch(arguments[0]).then(async r => ({status: r.status, disposition: r.headers.get('Content-Disposition'),"
          + " body: (await r.text()).slice(0, 200)}));", href);
      assertEquals(200L, r.get("status"), href);
      assertTrue(((String) r.get("disposition")).startsWith("attachment; filename=\"event-" + UiFixture.BIG), href);
      assertTrue(((String) r.get("body")).contains(switch (link.getDomAttribute("data-format")) {
        case "json" -> "\"articles\"";
        case "markdown" -> "# Dossier";
        default -> "<!doctype html>";
      }), () -> href + ": " + r.get("body"));
    }
  }
}
