package org.triangulate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium over the demo corpus with a hand-made analysis that has hostile
 * text in it ({@link TestService}). Skips with a message when chromium or chromedriver is missing.
 */
class BrowserTest {
  static Browser browser;
  static ChromeDriver driver;
  static TestService service;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.get();
    driver = browser.driver;
    service = TestService.get();
  }

  private static void open(String path) {
    browser.open(service.url(path));
  }

  private static Object js(String script) {
    return browser.js(script);
  }

  @Test
  void eventListShowsEventsAndSearchNarrowsThem() {
    open("/");
    List<WebElement> rows = driver.findElements(By.cssSelector("#events tbody tr"));
    assertEquals(2, rows.size());
    assertTrue(driver.findElement(By.id("stats")).getText().contains("articles"));
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("death toll disagree");
    driver.findElement(By.cssSelector("#search button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("status"), "match"));
    List<WebElement> hits = driver.findElements(By.cssSelector("#events tbody tr"));
    assertEquals(TestService.FLOOD_EVENT, hits.get(0).getDomAttribute("data-event"));
    q.clear();
    q.sendKeys("zyxxyq");
    driver.findElement(By.cssSelector("#search button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("status"), "0 events match"));
    assertEquals(0, driver.findElements(By.cssSelector("#events tbody tr")).size());
  }

  @Test
  void eventDossierShowsCitedSummaryClaimsTimelineAndCopyGraph() throws IOException {
    open("/events/" + TestService.FLOOD_EVENT);
    assertEquals("Flash flood in Carrow kills at least 12", driver.findElement(By.id("title")).getText());
    // summary: every sentence cites, and citations link to the articles
    List<WebElement> sentences = driver.findElements(By.cssSelector("#summary li"));
    assertEquals(3, sentences.size());
    for (WebElement s : sentences) {
      assertFalse(s.findElements(By.cssSelector("a.cite")).isEmpty(), s::getText);
    }
    String href = sentences.get(0).findElement(By.cssSelector("a.cite")).getDomAttribute("href");
    assertTrue(href.endsWith("/articles/01-valley-herald"), href);
    // claims grouped by status, what needs attention first, with the conflicting values
    List<WebElement> claims = driver.findElements(By.cssSelector("#claims-table tbody tr[data-claim]"));
    assertEquals(4, claims.size());
    assertEquals(List.of("contradicted", "corroborated", "single-source", "single-source"),
        claims.stream().map(c -> c.getDomAttribute("data-status")).toList());
    assertTrue(claims.get(0).getText().contains("conflict: 12"), claims.get(0)::getText);
    assertTrue(claims.get(0).getText().contains("vs 14"), claims.get(0)::getText);
    // timeline: both events of the story, in date order, the other event linked
    List<WebElement> timeline = driver.findElements(By.cssSelector("#timeline li"));
    assertEquals(2, timeline.size());
    List<String> dates = timeline.stream().map(li -> li.findElement(By.tagName("time")).getDomAttribute("datetime")).toList();
    assertEquals(dates.stream().sorted().toList(), dates);
    assertEquals(1, driver.findElements(By.cssSelector("#timeline li.event b a")).size());
    // copy graph: one node per article, one arrow per derivation
    assertEquals(5, driver.findElements(By.cssSelector("#graph svg g.node")).size());
    assertEquals(2, driver.findElements(By.cssSelector("#graph svg line.edge")).size());
    assertEquals(1, driver.findElements(By.cssSelector("#graph svg line.edge.copy")).size());

    // the page really renders: visible content and a screenshot that is neither blank nor one colour
    assertTrue(driver.findElement(By.id("claims")).isDisplayed());
    assertTrue(driver.findElement(By.cssSelector("#graph svg")).isDisplayed());
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(Browser.SHOTS);
    Files.write(Browser.SHOTS.resolve("event-dossier.png"), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(image.getWidth() >= 800 && image.getHeight() >= 600, () -> image.getWidth() + "x" + image.getHeight());
    int background = image.getRGB(image.getWidth() - 5, image.getHeight() - 5);
    long differing = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        colours.add(rgb & 0xF0F0F0);
        if (rgb != background) {
          differing++;
        }
      }
    }
    long sampled = (long) (image.getHeight() / 2) * (image.getWidth() / 2);
    double share = differing / (double) sampled;
    assertTrue(share > 0.03, () -> "only " + share + " of the screenshot differs from the background");
    assertTrue(colours.size() > 20, () -> "only " + colours.size() + " colours in the screenshot");
    // the header bar (dark) is at the top
    int top = image.getRGB(image.getWidth() / 2, 5);
    assertTrue(((top >> 16) & 0xFF) < 80 && (top & 0xFF) < 120, () -> "header colour " + Integer.toHexString(top));
  }

  @Test
  void articlePageShowsBodyAndStrikesOutRemovedLines() throws IOException {
    open("/articles/02-republished");
    assertTrue(driver.findElement(By.id("title")).getText().contains("Carrow"));
    assertFalse(driver.findElements(By.cssSelector("#body p")).isEmpty());
    List<WebElement> removed = driver.findElements(By.cssSelector("#removed li del"));
    assertFalse(removed.isEmpty(), "no removed lines shown");
    String decoration = removed.get(0).getCssValue("text-decoration-line");
    assertTrue(decoration.contains("line-through"), decoration);
    assertTrue(driver.findElement(By.id("derived")).getText().contains("copy of Flash flood kills 12 in Carrow"),
        driver.findElement(By.id("derived"))::getText);
    assertTrue(removed.get(0).isDisplayed());
    Files.createDirectories(Browser.SHOTS);
    Files.write(Browser.SHOTS.resolve("article.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void markupFromArticlesIsShownAsTextAndNeverRuns() {
    for (String path : List.of("/", "/events/" + TestService.FLOOD_EVENT, "/articles/" + TestService.HOSTILE_ID)) {
      open(path);
      assertNull(js("return window.__xss === undefined ? null : String(window.__xss);"), "script ran on " + path);
      assertEquals(0L, js("return document.querySelectorAll('main img, main script').length;"), path);
    }
    // on the article page the title is the literal text, markup and all
    assertEquals(TestService.HOSTILE_TITLE.strip(), driver.findElement(By.id("title")).getText().strip());
    assertTrue(driver.findElement(By.id("body")).getText().contains("<script>window.__xss=3</script>"));
    // a javascript: URL is never made a link
    assertEquals(0, driver.findElements(By.cssSelector("#facts a")).size());
    open("/events/" + TestService.FLOOD_EVENT);
    String claims = driver.findElement(By.id("claims")).getText();
    assertTrue(claims.contains("<img src=x onerror="), claims);
    assertEquals(4, driver.findElements(By.cssSelector("#claims-table tbody tr[data-claim]")).size());
    // the side-by-side view and the claims page render the hostile claim as text too
    for (String path : List.of("/events/" + TestService.FLOOD_EVENT + "#compare-" + key(TestService.HOSTILE_CLAIM),
        "/claims?status=single-source", "/search?q=probe", "/articles/" + TestService.HOSTILE_ID + "?claim=x")) {
      open(path);
      assertNull(js("return window.__xss === undefined ? null : String(window.__xss);"), "script ran on " + path);
      assertEquals(0L, js("return document.querySelectorAll('main img, main script, dialog img').length;"), path);
    }
  }

  /** The UI's claim key (FNV-1a of the text), for permalinks. */
  static String key(String text) {
    int h = 0x811c9dc5;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x01000193;
    }
    return "c" + String.format("%08x", h);
  }
}
