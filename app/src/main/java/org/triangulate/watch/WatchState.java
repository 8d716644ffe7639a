package org.triangulate.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the watcher remembers between runs, in one JSON file beside the store: each source's validators
 * (ETag, Last-Modified) for conditional GET, and the pages that keep failing. The store itself says
 * which pages were already ingested. The file is replaced atomically; a damaged one is set aside
 * ({@code .damaged}) and the watcher starts afresh (the worst case is one unconditional GET per source).
 * At most {@link #MAX_ENTRIES} sources and as many failed pages are kept, the oldest forgotten first.
 */
final class WatchState {
  static final int MAX_ENTRIES = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Why and how often fetching a page failed. */
  record Failure(int attempts, boolean permanent, String reason) {}

  private final Path file;
  private final Map<String, Fetcher.Validators> sources = new LinkedHashMap<>();
  private final Map<String, Failure> failures = new LinkedHashMap<>();

  private WatchState(Path file) {
    this.file = file;
  }

  /** The state in {@code file}, empty when there is none; a damaged file is moved aside and told to {@code onDamaged}. */
  static WatchState load(Path file, java.util.function.Consumer<String> onDamaged) {
    WatchState s = new WatchState(file);
    if (!Files.exists(file)) {
      return s;
    }
    try {
      JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      root.path("sources").fields().forEachRemaining(e -> s.sources.put(e.getKey(), new Fetcher.Validators(
          text(e.getValue(), "etag"), text(e.getValue(), "last_modified"))));
      root.path("failures").fields().forEachRemaining(e -> s.failures.put(e.getKey(), new Failure(
          e.getValue().path("attempts").asInt(1), e.getValue().path("permanent").asBoolean(false),
          e.getValue().path("reason").asText(""))));
      return s;
    } catch (IOException | RuntimeException e) {
      Path aside = file.resolveSibling(file.getFileName() + ".damaged");
      try {
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException moveFailed) {
        throw new WatchException("watch state " + file + " is damaged and cannot be moved aside: "
            + Fetcher.message(moveFailed), moveFailed);
      }
      onDamaged.accept("watch state " + file + " was damaged (" + Fetcher.message(e) + "); moved to " + aside
          + ", starting afresh");
      return new WatchState(file);
    }
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  Fetcher.Validators validators(String source) {
    return sources.getOrDefault(source, Fetcher.Validators.NONE);
  }

  void validators(String source, Fetcher.Validators v) {
    sources.remove(source);
    sources.put(source, v);
    trim(sources);
  }

  Optional<Failure> failure(String page) {
    return Optional.ofNullable(failures.get(page));
  }

  /** Records one more failed fetch of {@code page}; returns its failure so far. */
  Failure failed(String page, boolean permanent, String reason) {
    Failure before = failures.remove(page);
    Failure f = new Failure(before == null ? 1 : before.attempts() + 1, permanent, reason);
    failures.put(page, f);
    trim(failures);
    return f;
  }

  void succeeded(String page) {
    failures.remove(page);
  }

  private static void trim(Map<String, ?> m) {
    Iterator<String> it = m.keySet().iterator();
    while (m.size() > MAX_ENTRIES && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  /** Writes the state: to a temporary file beside it, then renamed over it. */
  void save() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode src = root.putObject("sources");
    sources.forEach((url, v) -> {
      ObjectNode n = src.putObject(url);
      v.etag().ifPresent(x -> n.put("etag", x));
      v.lastModified().ifPresent(x -> n.put("last_modified", x));
    });
    ObjectNode fail = root.putObject("failures");
    failures.forEach((url, f) -> fail.putObject(url).put("attempts", f.attempts()).put("permanent", f.permanent())
        .put("reason", f.reason()));
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".watch", ".tmp");
      Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new WatchException("cannot write watch state " + file + ": " + Fetcher.message(e), e);
    }
  }
}
