package org.triangulate.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.Store;
import org.triangulate.store.StoreSettings;
import org.triangulate.store.StoredArticle;
import org.triangulate.watch.WatchException;
import org.triangulate.watch.WatchListener;
import org.triangulate.watch.WatchSettings;
import org.triangulate.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triangulate watch}: polls feeds and sitemaps and ingests their new article pages into a store. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Polls RSS/Atom feeds and sitemaps (sitemap indexes and news sitemaps too), fetches the article pages "
          + "not yet in the store and ingests them (as 'ingest' does: incremental, idempotent, crash-safe).",
      "Polite: obeys robots.txt (and its Crawl-delay), spaces requests to each host, asks for a source with "
          + "If-None-Match/If-Modified-Since so an unchanged feed costs one 304. Responses are bounded in size and time.",
      "Prints one line per stored article on stdout (outcome<TAB>id<TAB>url) and what it did on stderr. "
          + "Runs a pass every --interval until Ctrl-C, or one pass with --once. Remembers validators and "
          + "failing pages in DIR/watch.json."
    })
final class WatchCommand implements Callable<Integer> {

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "store directory (created if missing)")
  Path store;

  @Option(names = "--feeds", paramLabel = "FILE",
      description = "file of source URLs, one per line (# starts a comment), in addition to URL...")
  Path feeds;

  @Option(names = "--once", description = "one pass over the sources, then exit")
  boolean once;

  @Option(names = "--interval", defaultValue = "15m", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "time between the starts of two passes, e.g. 90s, 15m, 1h (default: ${DEFAULT-VALUE})")
  Duration interval;

  @Option(names = "--host-delay", defaultValue = "1s", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "least time between two requests to one host; a longer robots.txt Crawl-delay wins "
          + "(default: ${DEFAULT-VALUE})")
  Duration hostDelay;

  @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "bound on one response, headers and body (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Option(names = "--max-pages", defaultValue = "100", paramLabel = "N",
      description = "new pages fetched per source and pass; the rest wait for the next pass (default: ${DEFAULT-VALUE})")
  int maxPages;

  @Option(names = "--semantic", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "embed articles for semantic search, as in ingest (default: ${DEFAULT-VALUE})")
  boolean semantic;

  @Parameters(arity = "0..*", paramLabel = "URL", description = "RSS/Atom feeds or sitemaps (http or https)")
  List<String> urls = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<URI> sources = sources();
    WatchSettings settings;
    try {
      WatchSettings d = WatchSettings.DEFAULTS;
      Duration connect = timeout.compareTo(d.connectTimeout()) < 0 ? timeout : d.connectTimeout();
      settings = d.withHostDelay(hostDelay).withTimeouts(connect, timeout)
          .withLimits(d.maxSourceBytes(), d.maxPageBytes(), maxPages)
          .withUserAgent(WatchSettings.ROBOT_NAME + "/" + Main.Version.version() + " (news watcher; honours robots.txt)");
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (interval.isZero() && !once) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be more than zero");
    }
    StoreSettings storeSettings = new StoreSettings(StoreSettings.DEFAULTS.readConnections(),
        StoreSettings.DEFAULTS.busyTimeoutMillis(), semantic);
    CountDownLatch closed = new CountDownLatch(1);
    try (Store s = Store.open(store, storeSettings, Pipeline.withDefaults());
         Watcher watcher = new Watcher(s, Watcher.stateFile(store), settings, new Log(out, err))) {
      err.println("triangulate: watching " + sources.size() + " sources into " + store + (once ? " (one pass)"
          : " every " + interval.toString().substring(2).toLowerCase(Locale.ROOT) + " until Ctrl-C"));
      err.flush();
      if (once) {
        Watcher.Pass pass = watcher.pass(sources);
        return pass.unreadable() == pass.sources() ? 2 : 0;
      }
      // Ctrl-C: let the page being fetched finish and the store close, then let the JVM go
      Thread hook = new Thread(() -> {
        watcher.stop();
        try {
          closed.await(settings.requestTimeout().toSeconds() + 30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "triangulate-watch-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      watcher.watch(sources, interval);
      err.println("triangulate: watch stopped");
      return 0;
    } finally {
      closed.countDown();
    }
  }

  private List<URI> sources() {
    List<String> all = new ArrayList<>(urls);
    try {
      if (feeds != null) {
        all.addAll(Watcher.readSources(feeds));
      }
      if (all.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no sources: give URL... or --feeds FILE");
      }
      return Watcher.parseSources(all);
    } catch (WatchException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Stored articles on stdout, everything else on stderr. */
  private record Log(PrintWriter out, PrintWriter err) implements WatchListener {
    @Override
    public void onSource(String url, int status, int listed, int fresh) {
      say(url + (status == 304 ? ": not modified" : ": " + listed + " pages listed, " + fresh + " new"));
    }

    @Override
    public void onSkipped(String url, String reason) {
      say("skipped " + url + ": " + reason);
    }

    @Override
    public void onFetched(String url, int status, int bytes) {
      say("fetched " + url + " (HTTP " + status + ", " + bytes + " bytes)");
    }

    @Override
    public void onStored(StoredArticle a) {
      out.println(a.outcome().label() + "\t" + a.id() + "\t" + a.origin());
      out.flush();
    }

    @Override
    public void onProblem(IngestProblem problem) {
      err.println("triangulate: " + problem);
      err.flush();
    }

    @Override
    public void onPass(Watcher.Pass p) {
      say("pass done: " + p.sources() + " sources (" + p.notModified() + " not modified, " + p.unreadable()
          + " unreadable), " + p.fetched() + " pages fetched, " + p.stored() + " stored, " + p.problems() + " problems");
    }

    private void say(String line) {
      err.println("triangulate: watch: " + line);
      err.flush();
    }
  }
}
