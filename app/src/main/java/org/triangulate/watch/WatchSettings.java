package org.triangulate.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds and politeness of {@link Watcher}. These are limits and courtesies, not tuned thresholds: the
 * defaults follow common crawler practice (one request per host at a time, at least a second apart,
 * robots.txt re-read daily) and keep one slow or huge server from stalling a pass.
 *
 * @param hostDelay least time between two requests to one host; a longer robots.txt {@code Crawl-delay}
 *     wins, up to {@code maxCrawlDelay}
 * @param maxCrawlDelay the longest {@code Crawl-delay} honoured; a host asking for more is skipped this pass
 * @param connectTimeout bound on opening a connection
 * @param requestTimeout bound on one response, headers and body
 * @param maxSourceBytes largest feed, sitemap or robots.txt read (larger ones are reported)
 * @param maxPageBytes largest article page read
 * @param maxPagesPerSource new pages fetched from one feed or sitemap per pass (the rest wait for the next)
 * @param maxSitemaps child sitemaps followed from one sitemap index per pass
 * @param maxAttempts fetches of a page that fails with a server or network error before it is given up
 * @param robotsTtl how long a host's robots.txt is trusted before it is read again
 * @param userAgent the User-Agent header; robots.txt groups are matched on its first word
 */
public record WatchSettings(
    Duration hostDelay,
    Duration maxCrawlDelay,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxSourceBytes,
    long maxPageBytes,
    int maxPagesPerSource,
    int maxSitemaps,
    int maxAttempts,
    Duration robotsTtl,
    String userAgent) {

  /** The robots.txt name this watcher answers to. */
  public static final String ROBOT_NAME = "triangulate";

  /**
   * 1 s between requests to a host (Crawl-delay up to 60 s honoured), 10 s to connect, 30 s per
   * response, 10 MiB per feed or sitemap (the sitemap protocol's own limit is 50 MiB uncompressed; news
   * feeds are far smaller), 8 MiB per page, 100 new pages per source and 50 child sitemaps per pass,
   * 3 attempts, robots.txt re-read after 24 h.
   */
  public static final WatchSettings DEFAULTS = new WatchSettings(Duration.ofSeconds(1), Duration.ofSeconds(60),
      Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 8L << 20, 100, 50, 3, Duration.ofHours(24),
      ROBOT_NAME + "/dev (news watcher; honours robots.txt)");

  public WatchSettings {
    requirePositive("hostDelay", hostDelay, true);
    requirePositive("maxCrawlDelay", maxCrawlDelay, true);
    requirePositive("connectTimeout", connectTimeout, false);
    requirePositive("requestTimeout", requestTimeout, false);
    requirePositive("robotsTtl", robotsTtl, true);
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxSourceBytes <= 0 || maxPageBytes <= 0 || maxPagesPerSource <= 0 || maxSitemaps < 0 || maxAttempts <= 0) {
      throw new IllegalArgumentException("limits must be positive: maxSourceBytes=" + maxSourceBytes + ", maxPageBytes="
          + maxPageBytes + ", maxPagesPerSource=" + maxPagesPerSource + ", maxSitemaps=" + maxSitemaps
          + ", maxAttempts=" + maxAttempts);
    }
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException("userAgent must be printable ASCII: '" + userAgent + "'");
    }
  }

  private static void requirePositive(String name, Duration d, boolean zeroAllowed) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || !zeroAllowed && d.isZero()) {
      throw new IllegalArgumentException(name + " must be " + (zeroAllowed ? "zero or more" : "positive") + ": " + d);
    }
  }

  /** These settings with another delay between requests to one host. */
  public WatchSettings withHostDelay(Duration delay) {
    return new WatchSettings(delay, maxCrawlDelay, connectTimeout, requestTimeout, maxSourceBytes, maxPageBytes,
        maxPagesPerSource, maxSitemaps, maxAttempts, robotsTtl, userAgent);
  }

  /** These settings with another User-Agent (e.g. carrying the version). */
  public WatchSettings withUserAgent(String agent) {
    return new WatchSettings(hostDelay, maxCrawlDelay, connectTimeout, requestTimeout, maxSourceBytes, maxPageBytes,
        maxPagesPerSource, maxSitemaps, maxAttempts, robotsTtl, agent);
  }

  /** These settings with other timeouts. */
  public WatchSettings withTimeouts(Duration connect, Duration request) {
    return new WatchSettings(hostDelay, maxCrawlDelay, connect, request, maxSourceBytes, maxPageBytes,
        maxPagesPerSource, maxSitemaps, maxAttempts, robotsTtl, userAgent);
  }

  /** These settings with other size limits and per-pass page budget. */
  public WatchSettings withLimits(long sourceBytes, long pageBytes, int pagesPerSource) {
    return new WatchSettings(hostDelay, maxCrawlDelay, connectTimeout, requestTimeout, sourceBytes, pageBytes,
        pagesPerSource, maxSitemaps, maxAttempts, robotsTtl, userAgent);
  }
}
