package org.triangulate.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triangulate.store.Store;

/**
 * The web UI's pages and assets. Pages are static shells filled by the scripts under {@code /assets}
 * from the API; a page for an unknown event, article or story answers 404 with a readable page, as
 * does any other path outside {@code /api} and {@code /assets}.
 */
final class WebPages {
  private static final Pattern ASSET = Pattern.compile("[a-z0-9-]+\\.(js|css|svg)");
  /** The static report's stylesheet, shared so that the web UI and {@code analyze --format html} look alike. */
  static final String DOSSIER_CSS = "/org/triangulate/dossier/dossier.css";

  private final Store store;

  WebPages(Store store) {
    this.store = store;
  }

  void events(Context ctx) {
    page(ctx, "index.html");
  }

  void claims(Context ctx) {
    page(ctx, "claims.html");
  }

  void search(Context ctx) {
    page(ctx, "search.html");
  }

  void event(Context ctx) {
    pageIf(ctx, store.event(ctx.pathParam("id")).isPresent(), "event.html");
  }

  void article(Context ctx) {
    pageIf(ctx, store.article(ctx.pathParam("id")).isPresent(), "article.html");
  }

  void story(Context ctx) {
    pageIf(ctx, store.story(ctx.pathParam("id")).isPresent(), "story.html");
  }

  private static void pageIf(Context ctx, boolean found, String name) {
    if (found) {
      page(ctx, name);
    } else {
      notFound(ctx);
    }
  }

  /** Whether {@code path} is a page of the UI (so a miss gets the HTML 404 page, not a JSON error). */
  static boolean isPage(String path) {
    return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/assets/")
        && !path.equals("/openapi.json");
  }

  /** The readable 404 page, status 404. */
  static void notFound(Context ctx) {
    ctx.status(404);
    page(ctx, "404.html");
  }

  static void asset(Context ctx) {
    String name = ctx.pathParam("name");
    if (!ASSET.matcher(name).matches()) {
      throw new ApiError(404, "no asset " + name);
    }
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String type = switch (ext) {
      case "js" -> "text/javascript; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      default -> "image/svg+xml";
    };
    String path = name.equals("dossier.css") ? DOSSIER_CSS : "/web/" + name;
    ctx.header("Cache-Control", "no-cache");
    resource(ctx, path, type);
  }

  /** A page: its title, its script under /assets, and the body-data-page the script reads. */
  private record Spec(String title, String script, String page) {}

  private static final Map<String, Spec> PAGES = Map.of(
      "index.html", new Spec("events", "events", "events"),
      "event.html", new Spec("event", "event", "event"),
      "article.html", new Spec("article", "article", "article"),
      "story.html", new Spec("story", "story", "story"),
      "claims.html", new Spec("claims", "claims-page", "claims"),
      "search.html", new Spec("search", "search", "search"),
      "404.html", new Spec("not found", "notfound", "notfound"));

  /** web/shell.html (header, navigation, scripts) around web/pages/{name}: trusted files of the jar, no request data. */
  private static void page(Context ctx, String name) {
    Spec spec = PAGES.get(name);
    String shell = new String(read("/web/shell.html").orElseThrow(), StandardCharsets.UTF_8);
    String body = new String(read("/web/pages/" + name).orElseThrow(), StandardCharsets.UTF_8);
    ctx.contentType("text/html; charset=utf-8").result(shell.replace("{{title}}", spec.title())
        .replace("{{script}}", spec.script()).replace("{{page}}", spec.page()).replace("{{body}}", body));
  }

  static void resource(Context ctx, String path, String contentType) {
    byte[] bytes = read(path).orElseThrow(() -> new ApiError(404, "not found: " + ctx.path()));
    ctx.contentType(contentType).result(bytes);
  }

  private static Optional<byte[]> read(String path) {
    try (InputStream in = WebPages.class.getResourceAsStream(path)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
