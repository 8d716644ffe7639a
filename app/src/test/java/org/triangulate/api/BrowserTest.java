package org.triangulate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's chromium + chromium-driver; .ci/run installs them). One
 * browser for the whole class. Skips with a message when either binary is missing.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
  /** Screenshots land here for people to look at; the test checks them itself. */
  static final Path SHOTS = Path.of("target", "screenshots");

  static ChromeDriver driver;
  static Path profile;
  static TestService service;

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must run the browser tests, but " + CHROMIUM + " or " + DRIVER
          + " is missing (.ci/run installs chromium and chromium-driver)");
    }
    Assumptions.assumeTrue(present,
        "browser tests skipped: need " + CHROMIUM + " and " + DRIVER
            + " (apt-get install chromium chromium-driver; .ci/run does this)");
    service = TestService.get();
    profile = Files.createTempDirectory("triangulate-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--window-size=1200,1800", "--user-data-dir=" + profile);
    ChromeDriverService driverService = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(driverService, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var walk = Files.walk(profile)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException ignored) {
        // the browser may still hold files; the temp dir is cleaned by the OS
      }
    }
  }

  /** Opens a page and waits until its script marks it ready (or failed). */
  private static void open(String path) {
    driver.get(service.url(path));
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
        d.findElement(By.tagName("body")).getDomAttribute("data-state") != null);
    assertEquals("ready", driver.findElement(By.tagName("body")).getDomAttribute("data-state"),
        () -> "page " + path + " failed: " + driver.findElement(By.tagName("h1")).getText());
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
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
    // claims table with statuses and conflicting values
    List<WebElement> claims = driver.findElements(By.cssSelector("#claims tbody tr"));
    assertEquals(4, claims.size());
    assertEquals(List.of("corroborated", "contradicted", "single-source", "single-source"),
        claims.stream().map(c -> c.getDomAttribute("data-status")).toList());
    assertTrue(claims.get(1).findElement(By.cssSelector("ul.conflicts")).getText().contains("14"));
    // timeline: both events of the story and the dated reports, in date order
    List<WebElement> timeline = driver.findElements(By.cssSelector("#timeline li"));
    assertTrue(timeline.size() >= 3, () -> "timeline has " + timeline.size() + " items");
    List<String> dates = timeline.stream().map(li -> li.findElement(By.tagName("time")).getDomAttribute("datetime")).toList();
    assertEquals(dates.stream().sorted().toList(), dates);
    assertEquals(1, driver.findElements(By.cssSelector("#timeline li.event a")).size());
    // copy graph: one node per article, one arrow per derivation
    assertEquals(5, driver.findElements(By.cssSelector("#graph svg g.node")).size());
    assertEquals(2, driver.findElements(By.cssSelector("#graph svg line.edge")).size());
    assertEquals(1, driver.findElements(By.cssSelector("#graph svg line.edge.copy")).size());

    // the page really renders: visible content and a screenshot that is neither blank nor one colour
    assertTrue(driver.findElement(By.id("claims")).isDisplayed());
    assertTrue(driver.findElement(By.cssSelector("#graph svg")).isDisplayed());
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve("event-dossier.png"), png);
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
    assertTrue(driver.findElement(By.id("derived")).getText().contains("copy of 01-valley-herald"));
    assertTrue(removed.get(0).isDisplayed());
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve("article.png"), driver.getScreenshotAs(OutputType.BYTES));
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
    assertEquals(4, driver.findElements(By.cssSelector("#claims tbody tr")).size());
  }

  static File screenshot() {
    return SHOTS.resolve("event-dossier.png").toFile();
  }
}
