package org.triangulate.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * GET over {@code java.net.http} with the watcher's bounds: paced per host, conditional when validators
 * are known, redirects followed (not from https to http), the body capped in bytes and the whole
 * response in time (a server that trickles its body is cut off).
 */
final class Fetcher implements AutoCloseable {
  /** Validators from an earlier response, sent back as If-None-Match / If-Modified-Since. */
  record Validators(Optional<String> etag, Optional<String> lastModified) {
    static final Validators NONE = new Validators(Optional.empty(), Optional.empty());
  }

  /**
   * A response: status, body (empty for 304 and errors), content type and validators, final URI.
   */
  record Response(int status, byte[] body, Optional<String> contentType, Validators validators, URI uri) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** A fetch that gave no usable response: network error, timeout, body too large. */
  static final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    FetchException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final HttpClient client;
  private final WatchSettings settings;
  private final HostPacer pacer;
  private final ScheduledExecutorService deadlines;

  Fetcher(WatchSettings settings, HostPacer pacer) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
    this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "triangulate-watch-deadline");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * GETs {@code uri} after the host's delay ({@code delay}, at least {@link WatchSettings#hostDelay()}),
   * reading at most {@code maxBytes} of body.
   */
  Response get(URI uri, Validators validators, Duration delay, long maxBytes)
      throws FetchException, InterruptedException {
    pacer.await(uri.getHost(), delay.compareTo(settings.hostDelay()) > 0 ? delay : settings.hostDelay());
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
    validators.etag().ifPresent(v -> request.header("If-None-Match", v));
    validators.lastModified().ifPresent(v -> request.header("If-Modified-Since", v));
    HttpResponse<InputStream> r;
    try {
      r = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException("no response within " + seconds(settings.requestTimeout()), e);
    } catch (IOException | IllegalArgumentException e) {
      throw new FetchException("cannot fetch: " + message(e), e);
    }
    Validators received = new Validators(r.headers().firstValue("ETag"), r.headers().firstValue("Last-Modified"));
    Optional<String> type = r.headers().firstValue("Content-Type");
    try (InputStream in = r.body()) {
      if (r.statusCode() < 200 || r.statusCode() >= 300) {
        return new Response(r.statusCode(), new byte[0], type, received, r.uri());
      }
      long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        throw new FetchException("too large (" + declared + " bytes; limit " + maxBytes + ")", null);
      }
      return new Response(r.statusCode(), read(in, maxBytes), type, received, r.uri());
    } catch (IOException e) {
      throw new FetchException("cannot read the response: " + message(e), e);
    }
  }

  /** The body, cut off when it exceeds {@code maxBytes} or the request timeout. */
  private byte[] read(InputStream in, long maxBytes) throws IOException, FetchException {
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> deadline = deadlines.schedule(() -> {
      expired.set(true);
      try {
        in.close();
      } catch (IOException ignored) {
        // closing is how the read is cut short; the reader sees the failure
      }
    }, settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new FetchException("too large (more than " + maxBytes + " bytes)", null);
      }
      return bytes;
    } catch (IOException e) {
      if (expired.get()) {
        throw new FetchException("body not complete within " + seconds(settings.requestTimeout()), e);
      }
      throw e;
    } finally {
      deadline.cancel(false);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip());
  }

  @Override
  public void close() {
    deadlines.shutdownNow();
  }
}
