package org.triangulate.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.triangulate.api.ApiServer;
import org.triangulate.api.ApiSettings;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.ArticleSummary;
import org.triangulate.store.EventSummary;
import org.triangulate.store.IngestReport;
import org.triangulate.store.Store;
import org.triangulate.store.StoreListener;
import org.triangulate.store.StoreSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code service}: a bounded load test of the REST API and web UI on loopback. Builds a store from
 * the demo corpus (plus the shared seeds when present), serves it on 127.0.0.1, and runs N concurrent
 * clients for a fixed time (and at most a fixed number of requests) over a fixed request mix; reports
 * latency percentiles, throughput and errors (any non-2xx answer or failed request).
 */
@Command(name = "service", mixinStandardHelpOptions = true,
    description = "Load-tests the API on loopback; writes the 'service' section of docs/BENCHMARKS.md.")
public final class ServiceBench implements Callable<Integer> {
  @Mixin Bench.Common common;

  @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default: ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--seconds", defaultValue = "20", description = "measured duration (default: ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--warmup", defaultValue = "3", description = "unmeasured warm-up seconds (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--max-requests", defaultValue = "500000",
      description = "hard cap on measured requests (default: ${DEFAULT-VALUE})")
  long maxRequests;

  @Option(names = "--corpus", defaultValue = "demo/corpus", description = "inputs for the store (default: ${DEFAULT-VALUE})")
  Path corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One kind of request in the mix. */
  record Kind(String name, int weight, List<String> paths) {}

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 600 || warmup < 0 || warmup > 60 || maxRequests < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "need 1-1000 clients, 1-600 seconds, 0-60 warm-up seconds and a positive request cap");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path dir = Files.createTempDirectory("triangulate-service-bench");
    try (Store store = Store.open(dir.resolve("store"), StoreSettings.DEFAULTS, Pipeline.withDefaults())) {
      List<Path> inputs = new ArrayList<>(List.of(corpus));
      Path seeds = common.shared.resolve("seeds");
      if (Files.isDirectory(seeds)) {
        inputs.add(seeds);
      }
      IngestReport report = store.ingest(inputs, StoreListener.NONE);
      err.println("service: store of " + report.totalArticles() + " articles, " + report.totalEvents() + " events");
      List<Kind> mix = mix(store);
      try (ApiServer server = ApiServer.start(store, ApiSettings.DEFAULTS.withPort(0))) {
        String base = "http://127.0.0.1:" + server.port();
        err.println("service: warm-up " + warmup + " s, then " + clients + " clients for " + seconds + " s");
        run(base, mix, warmup, Long.MAX_VALUE, null);
        Results r = new Results();
        long started = System.nanoTime();
        run(base, mix, seconds, maxRequests, r);
        double elapsed = (System.nanoTime() - started) / 1e9;
        String md = markdown(r, elapsed, mix, report, inputs);
        Report.update(common.report, "service", md);
        spec.commandLine().getOut().println(md);
        return r.errors.get() == 0 ? 0 : 1;
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static List<Kind> mix(Store store) {
    List<String> eventIds = store.events().stream().map(EventSummary::id).toList();
    List<String> articleIds = store.articles(0, 1000).stream().map(ArticleSummary::id).toList();
    List<String> words = List.of("flood", "death toll", "counter terrorism dialogue", "Foreign Office statement",
        "river banks Carrow", "Pakistan United States talks");
    List<String> search = words.stream().map(w -> "/api/search?type=article&q=" + enc(w)).toList();
    List<String> semantic = words.stream().map(w -> "/api/search?type=event&mode=semantic&q=" + enc(w)).toList();
    List<String> eventSearch = words.stream().map(w -> "/api/events?q=" + enc(w)).toList();
    return List.of(
        new Kind("event list", 15, List.of("/api/events")),
        new Kind("event dossier", 20, eventIds.stream().map(id -> "/api/events/" + enc(id) + "/dossier").toList()),
        new Kind("article", 15, articleIds.stream().map(id -> "/api/articles/" + enc(id)).toList()),
        new Kind("article list", 10, List.of("/api/articles?limit=50")),
        new Kind("text search", 15, search),
        new Kind("event search", 5, eventSearch),
        new Kind("semantic search", 5, semantic),
        new Kind("claims", 5, List.of("/api/claims?limit=100")),
        new Kind("UI page + script", 10, List.of("/", "/assets/app.js", "/assets/style.css")));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Latencies (ns) per request kind, and counts. */
  static final class Results {
    final Map<String, List<long[]>> latencies = new ConcurrentHashMap<>();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final Map<String, String> firstErrors = new ConcurrentHashMap<>();
  }

  /** Runs the clients until {@code secs} pass or {@code cap} requests are made; records into {@code r} if given. */
  private void run(String base, List<Kind> mix, int secs, long cap, Results r) throws InterruptedException {
    if (secs == 0) {
      return;
    }
    long deadline = System.nanoTime() + secs * 1_000_000_000L;
    AtomicLong issued = new AtomicLong();
    List<String> schedule = new ArrayList<>();
    List<String> scheduleKind = new ArrayList<>();
    for (Kind k : mix) {
      for (int i = 0; i < k.weight(); i++) {
        schedule.add(k.paths().get(i % k.paths().size()));
        scheduleKind.add(k.name());
      }
    }
    // one HttpClient (its own connection pool, one selector thread) shared by the client threads: each
    // thread still has its own request in flight, so there are `clients` concurrent keep-alive connections
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      final int client = c;
      Thread t = new Thread(() -> {
        Map<String, long[]> mine = new TreeMap<>();
        Map<String, Integer> fill = new TreeMap<>();
        int i = client * 7;
        while (System.nanoTime() < deadline && issued.incrementAndGet() <= cap) {
          int slot = Math.floorMod(i++, schedule.size());
          String path = schedule.get(slot);
          String kind = scheduleKind.get(slot);
          long t0 = System.nanoTime();
          boolean ok;
          String problem = null;
          try {
            HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            ok = resp.statusCode() / 100 == 2 && resp.body().length > 0;
            if (!ok) {
              problem = "HTTP " + resp.statusCode();
            }
          } catch (IOException e) {
            ok = false;
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          long took = System.nanoTime() - t0;
          if (r != null) {
            r.requests.incrementAndGet();
            if (!ok) {
              r.errors.incrementAndGet();
              r.firstErrors.putIfAbsent(kind + " " + path, problem);
            }
            long[] arr = mine.computeIfAbsent(kind, k -> new long[1024]);
            int n = fill.getOrDefault(kind, 0);
            if (n == arr.length) {
              arr = Arrays.copyOf(arr, n * 2);
              mine.put(kind, arr);
            }
            arr[n] = took;
            fill.put(kind, n + 1);
          }
        }
        if (r != null) {
          mine.forEach((k, arr) -> r.latencies.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(new ArrayList<>()))
              .add(Arrays.copyOf(arr, fill.get(k))));
        }
      }, "load-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  private String markdown(Results r, double elapsed, List<Kind> mix, IngestReport report, List<Path> inputs) {
    StringBuilder sb = new StringBuilder();
    sb.append("Command: `mvn -B -q package -DskipTests && java -jar bench/target/triangulate-bench.jar service")
        .append(" --clients ").append(clients).append(" --seconds ").append(seconds).append("`\n\n");
    sb.append(String.format(Locale.ROOT, "%d concurrent clients (threads sharing one `java.net.http.HttpClient`, "
            + "HTTP/1.1 keep-alive connections) against `triangulate serve` in the same JVM on 127.0.0.1, for %.1f s after a %d s warm-up; "
            + "store of %d articles / %d events from %s, MiniLM embeddings on. The machine was shared with other "
            + "jobs (load average %.1f at the end), so treat latencies as upper bounds.%n%n",
        clients, elapsed, warmup, report.totalArticles(), report.totalEvents(),
        inputs.stream().map(Path::toString).map(s -> "`" + s + "`").toList(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    long total = r.requests.get();
    sb.append(String.format(Locale.ROOT, "**%d requests, %d errors, %.0f requests/s.**%n%n", total, r.errors.get(),
        total / elapsed));
    sb.append("| request | share | count | p50 ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
    int weights = mix.stream().mapToInt(Kind::weight).sum();
    long[] all = r.latencies.values().stream().flatMap(List::stream).flatMapToLong(Arrays::stream).sorted().toArray();
    for (Kind k : mix) {
      long[] v = r.latencies.getOrDefault(k.name(), List.of()).stream().flatMapToLong(Arrays::stream).sorted().toArray();
      row(sb, k.name(), String.format(Locale.ROOT, "%d%%", Math.round(100.0 * k.weight() / weights)), v);
    }
    row(sb, "**all**", "100%", all);
    if (!r.firstErrors.isEmpty()) {
      sb.append("\nFirst errors: ").append(r.firstErrors).append('\n');
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, String share, long[] sorted) {
    sb.append("| ").append(name).append(" | ").append(share).append(" | ").append(sorted.length).append(" | ")
        .append(ms(pct(sorted, 0.50))).append(" | ").append(ms(pct(sorted, 0.90))).append(" | ")
        .append(ms(pct(sorted, 0.99))).append(" | ").append(ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]))
        .append(" |\n");
  }

  static long pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }
}
