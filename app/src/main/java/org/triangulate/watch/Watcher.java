package org.triangulate.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.RawDocument;
import org.triangulate.store.IngestReport;
import org.triangulate.store.Store;
import org.triangulate.store.StoreListener;
import org.triangulate.store.StoredArticle;

/**
 * Front door of watching: polls feeds (RSS/Atom) and sitemaps (including sitemap indexes and Google
 * News sitemaps), fetches the article pages not yet in the store and ingests them, one batch per source,
 * through {@link Store#ingestDocuments} (incremental, idempotent).
 *
 * <p>Politeness: robots.txt is read per host and obeyed for sources and pages, including its
 * Crawl-delay; requests to one host are spaced by {@link WatchSettings#hostDelay()}; a source is asked
 * for with If-None-Match / If-Modified-Since, so an unchanged feed costs one 304. Bounds: each response
 * is capped in bytes and time; each pass fetches at most {@link WatchSettings#maxPagesPerSource()} new
 * pages per source. A page that fails with a client error (404, 410, not a page) is not fetched again;
 * one that fails with a server or network error is retried on later passes, up to
 * {@link WatchSettings#maxAttempts()} times. A source's validators are kept only once all its new pages
 * were handled, so a pass cut short by budget or errors sees the full source again next time.
 *
 * <p>One thread: a watcher is not for concurrent use (only {@link #stop} may come from another). Library code: it reports through
 * {@link WatchListener} and never prints.
 */
public final class Watcher implements AutoCloseable {
  private final Store store;
  private final WatchSettings settings;
  private final WatchListener listener;
  private final WatchState state;
  private final Fetcher fetcher;
  private final RobotsRules robots;
  private final Ingestor ingestor = Ingestor.withDefaults();
  private final CountDownLatch stopped = new CountDownLatch(1);

  /**
   * What one pass did.
   *
   * @param sources feeds and sitemaps asked for (child sitemaps included)
   * @param unreadable sources that gave nothing usable (refused by robots.txt, HTTP or network error, not a feed)
   * @param notModified sources unchanged since the last pass (304)
   * @param fetched pages fetched
   * @param stored articles the store reported as added, updated or unchanged
   * @param problems sources and pages reported to {@link WatchListener#onProblem}
   */
  public record Pass(int sources, int unreadable, int notModified, int fetched, int stored, int problems) {}

  /**
   * @param stateFile where validators and failed pages are remembered between runs (e.g. {@code DIR/watch.json})
   */
  public Watcher(Store store, Path stateFile, WatchSettings settings, WatchListener listener) {
    this(store, stateFile, settings, listener, HostPacer.system(), System::nanoTime);
  }

  Watcher(Store store, Path stateFile, WatchSettings settings, WatchListener listener, HostPacer pacer,
      LongSupplier nanoTime) {
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.state = WatchState.load(Objects.requireNonNull(stateFile, "stateFile"),
        note -> listener.onProblem(new IngestProblem(stateFile.toString(), note)));
    this.fetcher = new Fetcher(settings, pacer);
    this.robots = new RobotsRules(fetcher, settings, nanoTime);
  }

  /**
   * The sources listed in {@code file}: one URL per line; blank lines and lines starting with
   * {@code #} are ignored.
   *
   * @throws WatchException if the file cannot be read
   */
  public static List<String> readSources(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new WatchException("cannot read the list of sources " + file + ": " + Fetcher.message(e), e);
    }
  }

  /**
   * Checks that every source is an absolute http(s) URL.
   *
   * @throws WatchException naming the first that is not
   */
  public static List<URI> parseSources(List<String> sources) {
    List<URI> out = new ArrayList<>();
    for (String s : sources) {
      try {
        URI u = new URI(s.strip());
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
          throw new WatchException("not an http(s) URL: '" + s + "'");
        }
        out.add(u.normalize());
      } catch (URISyntaxException e) {
        throw new WatchException("not a URL: '" + s + "' (" + e.getReason() + ")", e);
      }
    }
    return out;
  }

  /**
   * Runs passes over {@code sources} every {@code interval} (measured from the start of a pass) until
   * {@link #stop} is called.
   */
  public void watch(List<URI> sources, Duration interval) throws InterruptedException {
    while (!stopping()) {
      long start = System.nanoTime();
      pass(sources);
      long rest = interval.toNanos() - (System.nanoTime() - start);
      if (rest > 0) {
        stopped.await(rest, TimeUnit.NANOSECONDS);
      }
    }
  }

  /**
   * Asks a running {@link #watch} or {@link #pass} to end after the page being fetched (any thread may
   * call it; no thread is interrupted, so the store is never disturbed mid-write).
   */
  public void stop() {
    stopped.countDown();
  }

  private boolean stopping() {
    return stopped.getCount() == 0;
  }

  /** One pass over {@code sources}: every source once, child sitemaps after them. */
  public Pass pass(List<URI> sources) throws InterruptedException {
    robots.startPass();
    Deque<URI> queue = new ArrayDeque<>(sources);
    Set<URI> seen = new HashSet<>();
    Counts counts = new Counts();
    while (!queue.isEmpty() && !stopping()) {
      URI source = queue.poll();
      if (!seen.add(source)) {
        continue;
      }
      counts.sources++;
      List<URI> children = source(source, counts);
      int room = settings.maxSitemaps();
      for (URI child : children) {
        if (room-- <= 0) {
          listener.onSkipped(child.toString(), "more than " + settings.maxSitemaps() + " sitemaps in " + source
              + "; the rest next pass");
          continue;
        }
        queue.add(child);
      }
    }
    Pass pass = new Pass(counts.sources, counts.unreadable, counts.notModified, counts.fetched, counts.stored,
        counts.problems);
    listener.onPass(pass);
    return pass;
  }

  /** Counters of one pass. */
  private static final class Counts {
    int sources;
    int unreadable;
    int notModified;
    int fetched;
    int stored;
    int problems;
  }

  /** Reads one source and ingests its new pages; returns the child sitemaps it lists. */
  private List<URI> source(URI source, Counts counts) throws InterruptedException {
    String url = source.toString();
    RobotsRules.Verdict verdict = robots.check(source);
    if (!verdict.allowed()) {
      counts.unreadable++;
      listener.onSkipped(url, "disallowed by robots.txt");
      return List.of();
    }
    Fetcher.Response r;
    try {
      r = fetcher.get(source, state.validators(url), verdict.crawlDelay(), settings.maxSourceBytes());
    } catch (Fetcher.FetchException e) {
      problem(url, e.getMessage(), counts);
      return List.of();
    }
    if (r.status() == 304) {
      counts.notModified++;
      listener.onSource(url, 304, 0, 0);
      return List.of();
    }
    if (!r.ok()) {
      problem(url, "HTTP " + r.status(), counts);
      return List.of();
    }
    SourceReader.Listing listing;
    try {
      listing = SourceReader.read(r.uri(), r.body(), r.contentType());
    } catch (SourceReader.SourceException e) {
      problem(url, e.getMessage(), counts);
      return List.of();
    }
    List<SourceReader.Link> fresh = listing.pages().stream().filter(this::isNew).toList();
    listener.onSource(url, r.status(), listing.pages().size(), fresh.size());
    boolean complete = pages(fresh, counts);
    if (complete) {
      state.validators(url, r.validators());
    }
    state.save();
    return listing.sitemaps();
  }

  /** Neither stored nor given up. */
  private boolean isNew(SourceReader.Link link) {
    String url = link.uri().toString();
    if (state.failure(url).filter(f -> f.permanent() || f.attempts() >= settings.maxAttempts()).isPresent()) {
      return false;
    }
    return store.article(Ingestor.pageId(url)).isEmpty();
  }

  /**
   * Fetches {@code fresh} (within the pass's budget) and ingests what it read in one batch; returns whether
   * every page was handled for good (stored, refused by robots.txt or given up).
   */
  private boolean pages(List<SourceReader.Link> fresh, Counts counts) throws InterruptedException {
    boolean complete = fresh.size() <= settings.maxPagesPerSource();
    List<RawDocument> documents = new ArrayList<>();
    for (SourceReader.Link link : fresh.subList(0, Math.min(fresh.size(), settings.maxPagesPerSource()))) {
      if (stopping()) {
        complete = false;
        break;
      }
      complete &= page(link, documents, counts);
    }
    if (fresh.size() > settings.maxPagesPerSource()) {
      listener.onSkipped(fresh.get(settings.maxPagesPerSource()).uri().toString(), (fresh.size()
          - settings.maxPagesPerSource()) + " more new pages wait for the next pass (limit " + settings.maxPagesPerSource() + ")");
    }
    if (!documents.isEmpty()) {
      IngestReport report = store.ingestDocuments(documents, new StoreListener() {
        @Override
        public void onStored(StoredArticle a) {
          listener.onStored(a);
        }

        @Override
        public void onProblem(IngestProblem problem) {
          // e.g. nothing left after cleaning: the page's origin is its URL; do not fetch it again
          state.failed(problem.source(), true, problem.reason());
          counts.problems++;
          listener.onProblem(problem);
        }
      });
      counts.stored += report.stored().size();
    }
    return complete;
  }

  /** Fetches one page into {@code documents}; returns false when it failed in a way worth retrying. */
  private boolean page(SourceReader.Link link, List<RawDocument> documents, Counts counts) throws InterruptedException {
    String url = link.uri().toString();
    RobotsRules.Verdict verdict = robots.check(link.uri());
    if (!verdict.allowed()) {
      listener.onSkipped(url, "disallowed by robots.txt");
      return true;
    }
    Fetcher.Response r;
    try {
      r = fetcher.get(link.uri(), Fetcher.Validators.NONE, verdict.crawlDelay(), settings.maxPageBytes());
    } catch (Fetcher.FetchException e) {
      return failed(url, false, e.getMessage(), counts);
    }
    counts.fetched++;
    listener.onFetched(url, r.status(), r.body().length);
    if (!r.ok()) {
      boolean retry = r.status() >= 500 || r.status() == 429 || r.status() == 408;
      return failed(url, !retry, "HTTP " + r.status(), counts);
    }
    Ingestor.Batch read = ingestor.ingestPage(url, r.contentType(), r.body(), link.hints());
    if (!read.problems().isEmpty()) {
      return failed(url, true, read.problems().get(0).reason(), counts);
    }
    documents.addAll(read.documents());
    state.succeeded(url);
    return true;
  }

  /** Records a failed page; returns whether it is settled (permanent, or out of attempts). */
  private boolean failed(String url, boolean permanent, String reason, Counts counts) {
    WatchState.Failure f = state.failed(url, permanent, reason);
    boolean givenUp = permanent || f.attempts() >= settings.maxAttempts();
    counts.problems++;
    listener.onProblem(new IngestProblem(url, reason + (permanent ? "" : givenUp
        ? " (given up after " + f.attempts() + " attempts)" : " (attempt " + f.attempts() + " of "
        + settings.maxAttempts() + "; retried next pass)")));
    return givenUp;
  }

  /** A source that gave nothing usable. */
  private void problem(String url, String reason, Counts counts) {
    counts.unreadable++;
    counts.problems++;
    listener.onProblem(new IngestProblem(url, reason));
  }

  @Override
  public void close() {
    fetcher.close();
  }

  /** The default state file of a store directory. */
  public static Path stateFile(Path storeDir) {
    return storeDir.resolve("watch.json");
  }
}
