package org.triangulate.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A news site on a loopback port for the watch tests (the JDK's HTTP server): pages, feeds and
 * robots.txt made by the test, ETag and Last-Modified validation, a log of every request. Nothing
 * leaves 127.0.0.1.
 */
public final class FakeSite implements AutoCloseable {
  /** One response the site gives for a path. */
  public record Resource(int status, String contentType, byte[] body, Optional<String> etag,
      Optional<String> lastModified, long delayMillis) {
    public static Resource of(String contentType, String body) {
      return new Resource(200, contentType, body.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty(), 0);
    }

    public static Resource status(int status) {
      return new Resource(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8),
          Optional.empty(), Optional.empty(), 0);
    }

    public Resource withEtag(String etag) {
      return new Resource(status, contentType, body, Optional.of(etag), lastModified, delayMillis);
    }

    public Resource withLastModified(String date) {
      return new Resource(status, contentType, body, etag, Optional.of(date), delayMillis);
    }

    /** Sends the headers, then waits this long before the body. */
    public Resource withDelay(long millis) {
      return new Resource(status, contentType, body, etag, lastModified, millis);
    }
  }

  /** One request as the site saw it. */
  public record Request(String path, Optional<String> ifNoneMatch, Optional<String> ifModifiedSince,
      Optional<String> userAgent) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, Resource> resources = new ConcurrentHashMap<>();
  private final List<Request> log = new ArrayList<>();

  public FakeSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT} + path. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public FakeSite put(String path, Resource r) {
    resources.put(path, r);
    return this;
  }

  /** Requests so far, in arrival order; {@link #clearLog()} starts afresh. */
  public synchronized List<Request> log() {
    return List.copyOf(log);
  }

  public synchronized List<String> paths() {
    return log.stream().map(Request::path).toList();
  }

  public synchronized void clearLog() {
    log.clear();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      Request req = new Request(path, Optional.ofNullable(ex.getRequestHeaders().getFirst("If-None-Match")),
          Optional.ofNullable(ex.getRequestHeaders().getFirst("If-Modified-Since")),
          Optional.ofNullable(ex.getRequestHeaders().getFirst("User-Agent")));
      synchronized (this) {
        log.add(req);
      }
      Resource r = resources.get(path);
      if (r == null) {
        r = Resource.status(404);
      }
      if (r.etag().isPresent() && req.ifNoneMatch().equals(r.etag())
          || r.etag().isEmpty() && r.lastModified().isPresent() && req.ifModifiedSince().equals(r.lastModified())) {
        r.etag().ifPresent(v -> ex.getResponseHeaders().set("ETag", v));
        ex.sendResponseHeaders(304, -1);
        return;
      }
      ex.getResponseHeaders().set("Content-Type", r.contentType());
      r.etag().ifPresent(v -> ex.getResponseHeaders().set("ETag", v));
      r.lastModified().ifPresent(v -> ex.getResponseHeaders().set("Last-Modified", v));
      // a delayed body is sent chunked, so the client has its headers and waits for the rest
      ex.sendResponseHeaders(r.status(), r.delayMillis() > 0 ? 0 : r.body().length);
      try (OutputStream out = ex.getResponseBody()) {
        if (r.delayMillis() > 0) {
          out.write(r.body(), 0, Math.min(10, r.body().length));
          out.flush();
          Thread.sleep(r.delayMillis());
          out.write(r.body(), Math.min(10, r.body().length), Math.max(0, r.body().length - 10));
        } else {
          out.write(r.body());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException clientGone) {
        // the watcher cut the response short (timeout or size), as it should
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** An RSS 2.0 feed titled {@code outlet} with items of (link, title). */
  public static String rss(String outlet, List<String[]> items) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
        .append(outlet).append("</title><link>http://example.invalid/</link><description>news</description>\n");
    for (String[] item : items) {
      sb.append("<item><title>").append(item[1]).append("</title><link>").append(item[0])
          .append("</link><pubDate>Tue, 04 Jun 2024 08:00:00 GMT</pubDate><author>desk@example.invalid (Ines Marlow)</author>")
          .append("<description>Summary only.</description></item>\n");
    }
    return sb.append("</channel></rss>\n").toString();
  }

  /** An invented news page: a headline and a few paragraphs about {@code topic}. */
  public static String page(String headline, String topic) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + headline + "</title></head><body>"
        + "<nav>Home | World | Sport</nav><article><h1>" + headline + "</h1>"
        + "<p>Officials in the harbour town of Port Alder said on Monday that " + topic + " had drawn crowds to the quay.</p>"
        + "<p>The mayor, Mara Quill, told reporters that the council would meet again on Thursday to discuss " + topic + ".</p>"
        + "<p>Residents said they had not seen anything like it since the storm of 2019.</p></article>"
        + "<footer>Share this article</footer></body></html>";
  }
}
