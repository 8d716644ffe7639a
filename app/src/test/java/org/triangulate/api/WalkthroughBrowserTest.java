package org.triangulate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * docs/WALKTHROUGH.md in a browser: the demo corpus ingested by the real pipeline (as {@code triangulate
 * ingest demo/corpus} does), from the event list to the side-by-side view of a revised figure; every
 * main page at desktop and phone width without sideways scrolling (screenshots in target/screenshots,
 * the ones in docs/screenshots are copies), and the keyboard and screen-reader basics.
 */
class WalkthroughBrowserTest {
  static Browser b;
  static Path dir;
  static org.triangulate.store.Store store;
  static ApiServer server;
  static final String FLOOD = "Flash flood kills 12 in Carrow as river bursts its banks";

  @BeforeAll
  static void start() throws IOException {
    b = Browser.get();
    dir = Files.createTempDirectory("triangulate-walkthrough");
    store = org.triangulate.store.Store.open(dir.resolve("store"), org.triangulate.store.StoreSettings.DEFAULTS,
        org.triangulate.pipeline.Pipeline.withDefaults());
    store.ingest(List.of(org.triangulate.store.StoreFixtures.demoCorpus()), org.triangulate.store.StoreListener.NONE);
    server = ApiServer.start(store, ApiSettings.DEFAULTS.withPort(0));
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
      store.close();
      TestFiles.deleteTree(dir);
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static String floodEvent() {
    return store.events().stream().filter(e -> e.title().equals(FLOOD)).findFirst().orElseThrow().id();
  }

  @Test
  void analystGoesFromTheEventListToTheRevisedDeathTollSideBySide() throws IOException {
    b.open(url("/"));
    assertEquals(2, b.all("#events tbody tr").size());
    b.screenshot("events-desktop", 900);
    b.driver.findElement(By.linkText(FLOOD)).click();
    b.waitReady("event page");
    b.screenshot("event-desktop");
    b.one("#claims .filters button[data-filter='updated']").click();
    List<WebElement> rows = b.all("#claims-table tbody tr[data-claim]");
    assertEquals(1, rows.size());
    String notes = rows.get(0).findElement(By.cssSelector("td.note")).getText();
    assertTrue(notes.startsWith("update: 12") && notes.contains("→") && notes.contains("14"), notes);
    WebElement compare = rows.get(0).findElement(By.cssSelector("button.compare"));
    assertEquals("Compare revisions", compare.getText());
    compare.click();
    b.waitFor("dialog#compare-dialog[open]");
    List<String> heads = b.all("dialog[open] .column h3").stream().map(WebElement::getText).toList();
    assertEquals(2, heads.size(), heads::toString);
    assertTrue(heads.get(0).startsWith("12") && heads.get(0).endsWith("first reported"), heads::toString);
    assertTrue(heads.get(1).contains("14") && heads.get(1).endsWith("revised"), heads::toString);
    for (WebElement column : b.all("dialog[open] .column")) {
      assertFalse(column.findElements(By.cssSelector(".excerpt mark")).isEmpty(), column::getText);
    }
    b.viewportShot("compare-desktop");
    b.viewport(Browser.PHONE, 844);
    assertEquals(0, b.sidewaysOverflow(), "the comparison scrolls sideways on a phone");
    assertTrue(((Number) b.js("return document.querySelector('dialog[open]').scrollWidth"
        + " - document.querySelector('dialog[open]').clientWidth;")).longValue() <= 0, "the dialog scrolls sideways");
    assertEquals(List.of(), b.js("return [...document.querySelectorAll('dialog[open], dialog[open] *')]"
        + ".filter(e => e.getBoundingClientRect().right > innerWidth + 0.5).map(e => e.tagName + '.' + e.className);"),
        "parts of the comparison stick out of a phone screen");
    b.viewportShot("compare-phone");
  }

  @Test
  void everyMainPageFitsAPhoneAndTheDesktop() throws IOException {
    String event = floodEvent();
    String story = store.event(event).orElseThrow().story();
    List<String[]> pages = List.of(new String[] {"events", "/"}, new String[] {"event", "/events/" + event},
        new String[] {"claims", "/claims"}, new String[] {"search", "/search?q=flood%20victims&type=article&mode=semantic"},
        new String[] {"story", "/stories/" + story}, new String[] {"article", "/articles/northern-post-carrow"},
        new String[] {"not-found", "/events/no-such-event"});
    for (String[] page : pages) {
      for (int width : List.of(Browser.DESKTOP, Browser.PHONE)) {
        b.viewport(width, width == Browser.PHONE ? 844 : 900);
        b.open(url(page[1]));
        assertEquals(0, b.sidewaysOverflow(), () -> page[1] + " scrolls sideways at " + width + " px");
        assertEquals(List.of(), b.js("return [...document.querySelectorAll('body *')].filter(e => !e.closest('.graph-viewport, .visually-hidden, table.cards thead')"
            + " && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > innerWidth + 0.5)"
            + ".map(e => e.tagName + '.' + (typeof e.className === 'string' ? e.className : '') + ' ' + e.textContent.slice(0, 40));"),
            page[1] + " has parts outside the screen at " + width + " px");
        assertFalse(b.one("h1").getText().isBlank(), page[1]);
        if (!page[0].equals("events") && !page[0].equals("event") || width == Browser.PHONE) {
          b.screenshot(page[0] + (width == Browser.PHONE ? "-phone" : "-desktop"), width == Browser.PHONE ? 2400 : 6000);
        }
      }
    }
  }

  @Test
  void pagesHaveKeyboardAndScreenReaderBasics() {
    for (String path : List.of("/", "/events/" + floodEvent(), "/claims", "/search?q=flood", "/articles/01-valley-herald")) {
      b.open(url(path));
      assertEquals("en", b.one("html").getDomAttribute("lang"));
      assertEquals(1, b.all("h1").size(), path);
      assertEquals(1, b.all("main#main").size(), path);
      assertFalse(b.all("header nav[aria-label]").isEmpty(), path);
      assertEquals(List.of(), b.js("return [...document.querySelectorAll('a, button')].filter(e => e.offsetParent !== null"
          + " && !(e.getAttribute('aria-label') || e.textContent).trim()).map(e => e.outerHTML);"), path + ": controls without a name");
      assertEquals(List.of(), b.js("return [...document.querySelectorAll('svg[role=img]')].filter(s => !s.getAttribute('aria-label'))"
          + ".map(s => s.outerHTML.slice(0, 80));"), path + ": pictures without a text alternative");
      assertEquals(List.of(), b.js("return [...document.querySelectorAll('input, select')].filter(e => !e.labels.length"
          + " && !e.getAttribute('aria-label')).map(e => e.id);"), path + ": unlabelled fields");
    }
    // the first Tab reaches the skip link, which moves focus to the content
    b.open(url("/events/" + floodEvent()));
    new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(Keys.TAB).perform();
    assertEquals("skip", b.js("return document.activeElement.className;"));
    b.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertEquals("main", b.js("return document.activeElement.id;"));
    // status filters are buttons reachable by keyboard that say whether they are on
    WebElement updated = b.one("#claims .filters button[data-filter='updated']");
    updated.sendKeys(Keys.SPACE);
    assertEquals("true", updated.getDomAttribute("aria-pressed"));
  }
}
