package org.triangulate.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.ingest.Ingestor;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.Store;
import org.triangulate.store.StoreFixtures;
import org.triangulate.store.StoredArticle;

/** {@link Watcher} against a loopback site: new pages only, conditional GET, robots.txt, state across runs. */
class WatcherTest {
  static final String HTML = "text/html; charset=utf-8";
  static final String RSS = "application/rss+xml";

  @TempDir Path dir;
  FakeSite site;
  Store store;

  /** Everything the watcher told. */
  static final class Recorder implements WatchListener {
    final List<String> sources = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<StoredArticle> stored = new ArrayList<>();
    final List<IngestProblem> problems = new ArrayList<>();

    @Override
    public void onSource(String url, int status, int listed, int fresh) {
      sources.add(status + " " + listed + "/" + fresh);
    }

    @Override
    public void onSkipped(String url, String reason) {
      skipped.add(url + ": " + reason);
    }

    @Override
    public void onStored(StoredArticle article) {
      stored.add(article);
    }

    @Override
    public void onProblem(IngestProblem problem) {
      problems.add(problem);
    }
  }

  @BeforeEach
  void open() throws Exception {
    site = new FakeSite();
    store = Store.open(dir.resolve("store"), StoreFixtures.FAST, Pipeline.withDefaults());
  }

  @AfterEach
  void close() {
    store.close();
    site.close();
  }

  static WatchSettings fast() {
    return WatchSettings.DEFAULTS.withHostDelay(Duration.ZERO);
  }

  Watcher watcher(WatchSettings settings, Recorder recorder) {
    return new Watcher(store, dir.resolve("watch.json"), settings, recorder);
  }

  List<URI> sources(String... paths) {
    List<String> urls = new ArrayList<>();
    for (String p : paths) {
      urls.add(site.url(p));
    }
    return Watcher.parseSources(urls);
  }

  void feed(String etag, String... pageNames) {
    List<String[]> items = new ArrayList<>();
    for (String name : pageNames) {
      items.add(new String[] {site.url("/news/" + name + ".html"), "Feed title " + name});
    }
    site.put("/feed.xml", FakeSite.Resource.of(RSS, FakeSite.rss("Harbour Times", items)).withEtag(etag));
  }

  void page(String name, String topic) {
    site.put("/news/" + name + ".html", FakeSite.Resource.of(HTML, FakeSite.page("Page " + name, topic)));
  }

  @Test
  void fetchesNewPagesOnceAndAsksForTheFeedConditionally() throws Exception {
    page("a", "a regatta");
    page("b", "a fish market");
    feed("\"v1\"", "a", "b");
    Recorder r = new Recorder();
    try (Watcher w = watcher(fast(), r)) {
      Watcher.Pass first = w.pass(sources("/feed.xml"));
      assertEquals(List.of(), r.problems);
      assertEquals(2, first.fetched());
      assertEquals(2, r.stored.size());
      assertEquals(List.of("/robots.txt", "/feed.xml", "/news/a.html", "/news/b.html"), site.paths());
      assertEquals(Optional.empty(), site.log().get(1).ifNoneMatch(), "nothing to validate the first time");
      assertTrue(site.log().get(1).userAgent().orElse("").startsWith("triangulate/"), site.log().toString());

      site.clearLog();
      Watcher.Pass second = w.pass(sources("/feed.xml"));
      assertEquals(List.of("/feed.xml"), site.paths(), "robots.txt is kept; nothing refetched");
      assertEquals(Optional.of("\"v1\""), site.log().get(0).ifNoneMatch());
      assertEquals(1, second.notModified());

      page("c", "a new ferry");
      feed("\"v2\"", "c", "a", "b");
      site.clearLog();
      Watcher.Pass third = w.pass(sources("/feed.xml"));
      assertEquals(List.of("/feed.xml", "/news/c.html"), site.paths(), "only the new page");
      assertEquals(1, third.fetched());
    }
    assertEquals(List.of("200 2/2", "304 0/0", "200 3/1"), r.sources);
    DossierArticle c = store.article(Ingestor.pageId(site.url("/news/c.html"))).orElseThrow();
    assertEquals(Optional.of(site.url("/news/c.html")), c.url());
    assertEquals(Optional.of("Harbour Times"), c.outlet(), "the feed's title is the outlet");
    assertEquals(3, store.stats().articles());
  }

  @Test
  void rememberedValidatorsAndLastModifiedServeTheNextRun() throws Exception {
    page("a", "a regatta");
    String when = "Tue, 04 Jun 2024 08:00:00 GMT";
    site.put("/feed.xml", FakeSite.Resource.of(RSS, FakeSite.rss("Harbour Times",
        List.<String[]>of(new String[] {site.url("/news/a.html"), "A"}))).withLastModified(when));
    try (Watcher w = watcher(fast(), new Recorder())) {
      w.pass(sources("/feed.xml"));
    }
    assertTrue(Files.exists(Watcher.stateFile(dir)), "state written beside the store");
    site.clearLog();
    Recorder r = new Recorder();
    try (Watcher again = watcher(fast(), r)) {
      again.pass(sources("/feed.xml"));
    }
    assertEquals(List.of("/robots.txt", "/feed.xml"), site.paths());
    assertEquals(Optional.of(when), site.log().get(1).ifModifiedSince());
    assertEquals(List.of("304 0/0"), r.sources);
  }

  @Test
  void robotsTxtIsObeyedForPagesAndSources() throws Exception {
    site.put("/robots.txt", FakeSite.Resource.of("text/plain",
        "User-agent: *\nDisallow: /\n\nUser-agent: triangulate\nDisallow: /private/\nDisallow: /members/\n"));
    page("a", "a regatta");
    site.put("/private/b.html", FakeSite.Resource.of(HTML, FakeSite.page("Private", "secrets")));
    site.put("/members/feed.xml", FakeSite.Resource.of(RSS, FakeSite.rss("Members", List.of())));
    site.put("/feed.xml", FakeSite.Resource.of(RSS, FakeSite.rss("Harbour Times", List.of(
        new String[] {site.url("/news/a.html"), "A"}, new String[] {site.url("/private/b.html"), "B"}))));
    Recorder r = new Recorder();
    try (Watcher w = watcher(fast(), r)) {
      Watcher.Pass pass = w.pass(sources("/feed.xml", "/members/feed.xml"));
      assertEquals(1, pass.unreadable());
    }
    assertEquals(List.of("/robots.txt", "/feed.xml", "/news/a.html"), site.paths(),
        "our own group applies (not the catch-all), and it refuses /private/ and /members/");
    assertTrue(r.skipped.stream().anyMatch(s -> s.contains("/private/b.html") && s.contains("robots.txt")), r.skipped::toString);
    assertTrue(r.skipped.stream().anyMatch(s -> s.contains("/members/feed.xml") && s.contains("robots.txt")), r.skipped::toString);
  }

  @Test
  void anUnreachableRobotsTxtStopsTheHostForThisPass() throws Exception {
    site.put("/robots.txt", FakeSite.Resource.status(503));
    page("a", "a regatta");
    feed("\"v1\"", "a");
    Recorder r = new Recorder();
    try (Watcher w = watcher(fast(), r)) {
      w.pass(sources("/feed.xml"));
      assertEquals(List.of("/robots.txt"), site.paths());
      site.put("/robots.txt", FakeSite.Resource.status(404));
      site.clearLog();
      w.pass(sources("/feed.xml"));
      assertEquals(List.of("/robots.txt", "/feed.xml", "/news/a.html"), site.paths(), "read again next pass; 404 allows all");
    }
  }

  @Test
  void requestsToOneHostAreSpacedByTheDelayOrTheCrawlDelay() throws Exception {
    site.put("/robots.txt", FakeSite.Resource.of("text/plain", "User-agent: *\nCrawl-delay: 3\n"));
    page("a", "a regatta");
    page("b", "a fish market");
    feed("\"v1\"", "a", "b");
    List<Long> waits = new ArrayList<>();
    HostPacer pacer = new HostPacer(() -> 0L, waits::add); // a clock that never moves: every wait is the full delay
    try (Watcher w = new Watcher(store, dir.resolve("watch.json"), WatchSettings.DEFAULTS, new Recorder(), pacer,
        System::nanoTime)) {
      w.pass(sources("/feed.xml"));
    }
    assertEquals(List.of("/robots.txt", "/feed.xml", "/news/a.html", "/news/b.html"), site.paths());
    // robots.txt is the first request to the host (no wait); after it every request waits the Crawl-delay
    // of 3 s, which beats the host delay of 1 s
    assertEquals(List.of(Duration.ofSeconds(3).toNanos(), Duration.ofSeconds(3).toNanos(),
        Duration.ofSeconds(3).toNanos()), waits);
  }

  @Test
  void clientErrorsAreNotRetriedServerErrorsAreUpToTheLimit() throws Exception {
    site.put("/news/gone.html", FakeSite.Resource.status(410));
    site.put("/news/busy.html", FakeSite.Resource.status(503));
    site.put("/news/doc.pdf", new FakeSite.Resource(200, "application/pdf", new byte[] {37, 80, 68, 70},
        Optional.empty(), Optional.empty(), 0));
    site.put("/feed.xml", FakeSite.Resource.of(RSS, FakeSite.rss("Harbour Times", List.of(
        new String[] {site.url("/news/gone.html"), "Gone"}, new String[] {site.url("/news/busy.html"), "Busy"},
        new String[] {site.url("/news/doc.pdf"), "PDF"}))).withEtag("\"v1\""));
    Recorder r = new Recorder();
    try (Watcher w = watcher(fast(), r)) {
      for (int pass = 0; pass < 4; pass++) {
        w.pass(sources("/feed.xml"));
      }
    }
    long gone = site.paths().stream().filter("/news/gone.html"::equals).count();
    long busy = site.paths().stream().filter("/news/busy.html"::equals).count();
    long pdf = site.paths().stream().filter("/news/doc.pdf"::equals).count();
    assertEquals(1, gone);
    assertEquals(1, pdf);
    assertEquals(WatchSettings.DEFAULTS.maxAttempts(), busy);
    assertTrue(r.problems.stream().anyMatch(p -> p.reason().equals("HTTP 410")), r.problems::toString);
    assertTrue(r.problems.stream().anyMatch(p -> p.reason().startsWith("not an HTML or text page")), r.problems::toString);
    assertTrue(r.problems.stream().anyMatch(p -> p.reason().contains("given up after 3 attempts")), r.problems::toString);
    long unconditional = site.log().stream().filter(q -> q.path().equals("/feed.xml") && q.ifNoneMatch().isEmpty()).count();
    assertEquals(3, unconditional, "validators kept only once the busy page is settled (given up on the third pass)");
  }

  @Test
  void oversizedAndSlowPagesAreCutOffAndThePassGoesOn() throws Exception {
    page("ok", "a regatta");
    site.put("/news/huge.html", FakeSite.Resource.of(HTML, "<p>" + "x".repeat(5000) + "</p>"));
    site.put("/news/slow.html", FakeSite.Resource.of(HTML, FakeSite.page("Slow", "a slow server")).withDelay(3000));
    feed("\"v1\"", "huge", "slow", "ok");
    Recorder r = new Recorder();
    WatchSettings tight = fast().withLimits(1 << 20, 2000, 100).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500));
    try (Watcher w = watcher(tight, r)) {
      Watcher.Pass pass = w.pass(sources("/feed.xml"));
      assertEquals(1, pass.stored());
    }
    assertTrue(r.problems.stream().anyMatch(p -> p.source().endsWith("/news/huge.html") && p.reason().startsWith("too large")),
        r.problems::toString);
    assertTrue(r.problems.stream().anyMatch(p -> p.source().endsWith("/news/slow.html")
        && p.reason().contains("within 500 ms")), r.problems::toString);
    assertTrue(store.article(Ingestor.pageId(site.url("/news/ok.html"))).isPresent());
  }

  @Test
  void aNewsSitemapIndexLeadsToItsPages() throws Exception {
    page("a", "a regatta");
    site.put("/sitemap-index.xml", FakeSite.Resource.of("application/xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>" + site.url("/news-sitemap.xml") + "</loc></sitemap></sitemapindex>"));
    site.put("/news-sitemap.xml", FakeSite.Resource.of("application/xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + site.url("/news/a.html")
            + "</loc><news:news><news:publication><news:name>Harbour Times</news:name><news:language>en</news:language>"
            + "</news:publication><news:publication_date>2024-06-03T10:00:00Z</news:publication_date>"
            + "<news:title>Regatta draws crowds</news:title></news:news></url></urlset>"));
    Recorder r = new Recorder();
    try (Watcher w = watcher(fast(), r)) {
      Watcher.Pass pass = w.pass(sources("/sitemap-index.xml"));
      assertEquals(2, pass.sources());
      assertEquals(1, pass.stored());
    }
    DossierArticle a = store.article(Ingestor.pageId(site.url("/news/a.html"))).orElseThrow();
    assertEquals(Optional.of("Harbour Times"), a.outlet());
    assertEquals("2024-06-03", a.published().map(Object::toString).orElse(""));
  }

  @Test
  void aSourceThatIsNeitherFeedNorSitemapIsReported() throws Exception {
    site.put("/page.html", FakeSite.Resource.of(HTML, FakeSite.page("Not a feed", "nothing")));
    Recorder r = new Recorder();
    try (Watcher w = watcher(fast(), r)) {
      Watcher.Pass pass = w.pass(sources("/page.html", "/missing.xml"));
      assertEquals(2, pass.unreadable());
    }
    assertEquals(List.of(new IngestProblem(site.url("/page.html"), "neither an RSS/Atom feed nor a sitemap"),
        new IngestProblem(site.url("/missing.xml"), "HTTP 404")), r.problems);
    assertFalse(Files.exists(dir.resolve("watch.json")), "no source was read, nothing to remember");
  }
}
