package org.triangulate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium + chromium-driver) for every browser test of the JVM,
 * closed at exit. {@link #get()} skips the calling test with a message when either binary is missing,
 * and fails instead under {@code CI=true}.
 */
final class Browser {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
  /** Screenshots land here for people to look at (docs/screenshots holds the chosen ones). */
  static final Path SHOTS = Path.of("target", "screenshots");
  static final int DESKTOP = 1280;
  static final int PHONE = 390;

  private static Browser instance;

  final ChromeDriver driver;
  private final Path profile;

  private Browser() throws IOException {
    profile = Files.createTempDirectory("triangulate-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,1800", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Runtime.getRuntime().addShutdownHook(new Thread(this::quit));
  }

  static synchronized Browser get() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must run the browser tests, but " + CHROMIUM + " or " + DRIVER
          + " is missing (.ci/run installs chromium and chromium-driver)");
    }
    Assumptions.assumeTrue(present, "browser tests skipped: need " + CHROMIUM + " and " + DRIVER
        + " (apt-get install chromium chromium-driver; .ci/run does this)");
    if (instance == null) {
      try {
        instance = new Browser();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    instance.viewport(DESKTOP, 1000);
    return instance;
  }

  /** Opens {@code url} and waits until its script marks the page ready; fails when it marks it failed. */
  void open(String url) {
    driver.get(url);
    waitReady(url);
  }

  void waitReady(String what) {
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
        d.findElement(By.tagName("body")).getDomAttribute("data-state") != null);
    assertEquals("ready", driver.findElement(By.tagName("body")).getDomAttribute("data-state"),
        () -> what + " failed: " + driver.findElement(By.tagName("h1")).getText());
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  void waitFor(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
  }

  /** A viewport of exactly this CSS size; a phone width also gets a mobile (touch, meta viewport) emulation. */
  void viewport(int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", width < 700));
  }

  /** The page content overflows the viewport sideways (what a phone user would have to scroll). */
  long sidewaysOverflow() {
    return ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
  }

  /** Saves a screenshot of the whole page (beyond the viewport) as target/screenshots/{name}.png. */
  Path screenshot(String name) throws IOException {
    return screenshot(name, 6000);
  }

  /** Like {@link #screenshot(String)}, at most {@code maxHeight} CSS pixels from the top. */
  Path screenshot(String name, long maxHeight) throws IOException {
    long height = Math.min(maxHeight, ((Number) js("return Math.ceil(document.documentElement.scrollHeight);")).longValue());
    long width = ((Number) js("return document.documentElement.clientWidth;")).longValue();
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.createDirectories(SHOTS);
    Path file = SHOTS.resolve(name + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    assertTrue(Files.size(file) > 5_000, () -> file + " is suspiciously small");
    return file;
  }

  /** Saves a screenshot of the element {@code css} as target/screenshots/{name}.png. */
  Path elementShot(String css, String name) throws IOException {
    Files.createDirectories(SHOTS);
    Path file = SHOTS.resolve(name + ".png");
    Files.write(file, one(css).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    return file;
  }

  /** Saves what the viewport shows (e.g. a modal dialog over the page) as target/screenshots/{name}.png. */
  Path viewportShot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Path file = SHOTS.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    assertTrue(Files.size(file) > 5_000, () -> file + " is suspiciously small");
    return file;
  }

  private void quit() {
    driver.quit();
    TestFiles.deleteTree(profile);
  }
}
