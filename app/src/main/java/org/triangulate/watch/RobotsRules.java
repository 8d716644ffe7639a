package org.triangulate.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Each host's robots.txt (RFC 9309), read with crawler-commons' parser and kept for
 * {@link WatchSettings#robotsTtl()}. A missing robots.txt (4xx) allows everything; an unreachable one
 * (5xx, network error) allows nothing until it is read again on a later pass.
 */
final class RobotsRules {
  /** What robots.txt says about one URL. */
  record Verdict(boolean allowed, Duration crawlDelay) {}

  private record Entry(BaseRobotRules rules, long readAt, boolean failed) {}

  private final Fetcher fetcher;
  private final WatchSettings settings;
  private final LongSupplier nanoTime;
  private final SimpleRobotRulesParser parser;
  private final Map<String, Entry> byOrigin = new HashMap<>();

  RobotsRules(Fetcher fetcher, WatchSettings settings, LongSupplier nanoTime) {
    this.fetcher = fetcher;
    this.settings = settings;
    this.nanoTime = nanoTime;
    // a Crawl-delay above the maximum makes the parser disallow the whole host
    this.parser = new SimpleRobotRulesParser(settings.maxCrawlDelay().toMillis(), SimpleRobotRulesParser.DEFAULT_MAX_WARNINGS);
  }

  /** The verdict for {@code uri}, reading its host's robots.txt first when not known or stale. */
  Verdict check(URI uri) throws InterruptedException {
    String origin = origin(uri);
    Entry e = byOrigin.get(origin);
    long now = nanoTime.getAsLong();
    if (e == null || now - e.readAt() > settings.robotsTtl().toNanos()) {
      e = read(origin, now);
      byOrigin.put(origin, e);
    }
    long delay = e.rules().getCrawlDelay();
    return new Verdict(e.rules().isAllowed(uri.toString()),
        delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? Duration.ZERO : Duration.ofMillis(delay));
  }

  /** Forgets failed reads, so each pass tries those hosts again (within a pass they are not retried). */
  void startPass() {
    byOrigin.values().removeIf(Entry::failed);
  }

  private Entry read(String origin, long now) throws InterruptedException {
    URI robots = URI.create(origin + "/robots.txt");
    try {
      Fetcher.Response r = fetcher.get(robots, Fetcher.Validators.NONE, Duration.ZERO, settings.maxSourceBytes());
      if (r.ok()) {
        return new Entry(parser.parseContent(robots.toString(), r.body(), r.contentType().orElse("text/plain"),
            List.of(WatchSettings.ROBOT_NAME)), now, false);
      }
      return new Entry(parser.failedFetch(r.status()), now, r.status() >= 500 || r.status() == 429);
    } catch (Fetcher.FetchException e) {
      return new Entry(parser.failedFetch(503), now, true);
    }
  }

  static String origin(URI uri) {
    return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority();
  }
}
