package org.triangulate.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.router.ParsedEndpoint;
import java.util.List;
import java.util.Objects;
import org.triangulate.store.Store;
import org.triangulate.store.StoreException;

/**
 * Front door of the service: the REST API under {@code /api}, its description at
 * {@code /openapi.json}, and the web UI ({@code /}, {@code /events/{id}}, {@code /articles/{id}},
 * {@code /stories/{id}}, {@code /claims}, {@code /search}, assets under {@code /assets}; see
 * {@link WebPages}) over one {@link Store}.
 *
 * <p>Errors are JSON {@code {"status": N, "error": "..."}} with a 4xx status for bad requests (unknown
 * id 404, bad parameter 400, body too large 413, wrong content type 415, nothing usable in an upload
 * 422) and 500 only for internal failures. Every response carries a strict Content-Security-Policy
 * (scripts only from this origin, no inline script), a second line of defence behind the UI's escaping.
 */
public final class ApiServer implements AutoCloseable {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving {@code store} on {@code settings.host():settings.port()}; returns once listening. */
  public static ApiServer start(Store store, ApiSettings settings) {
    Javalin app = create(store, settings);
    app.start(settings.host(), settings.port());
    return new ApiServer(app);
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** Method and path of every registered route, e.g. {@code GET /api/events/{id}} (for the OpenAPI check). */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter((ParsedEndpoint p) -> p.endpoint.method.isHttpMethod())
        .map((ParsedEndpoint p) -> p.endpoint.method.name() + " " + p.endpoint.path)
        .sorted().toList();
  }

  @Override
  public void close() {
    app.stop();
  }

  static Javalin create(Store store, ApiSettings settings) {
    Objects.requireNonNull(store, "store");
    Handlers h = new Handlers(store, settings);
    ExtraReads x = new ExtraReads(store, settings);
    WebPages web = new WebPages(store);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jsonMapper(new JacksonMapper());
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
      });
      config.routes.get("/api/articles", h::articles);
      config.routes.post("/api/articles", h::ingest);
      config.routes.get("/api/articles/{id}", h::article);
      config.routes.get("/api/events", h::events);
      config.routes.get("/api/events.csv", h::eventsCsv);
      config.routes.get("/api/events/{id}", h::event);
      config.routes.get("/api/events/{id}/dossier", h::eventDossier);
      config.routes.get("/api/stories", h::stories);
      config.routes.get("/api/stories/{id}", h::story);
      config.routes.get("/api/claims", h::claims);
      config.routes.get("/api/search", h::search);
      config.routes.get("/api/dossier", h::dossier);
      config.routes.get("/api/stats", h::stats);
      config.routes.get("/api/articles/{id}/events", x::articleEvents);
      config.routes.get("/api/events/{id}/export", x::export);
      config.routes.get("/openapi.json", ctx -> WebPages.resource(ctx, "/org/triangulate/api/openapi.json",
          "application/json"));
      config.routes.get("/", web::events);
      config.routes.get("/events/{id}", web::event);
      config.routes.get("/articles/{id}", web::article);
      config.routes.get("/stories/{id}", web::story);
      config.routes.get("/claims", web::claims);
      config.routes.get("/search", web::search);
      config.routes.get("/assets/{name}", WebPages::asset);
      config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
      config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 500, "store error: " + e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: "
          + e.getClass().getSimpleName()));
      config.routes.error(404, ctx -> {
        if (WebPages.isPage(ctx.path())) {
          if (!String.valueOf(ctx.res().getContentType()).startsWith("text/html")) {
            WebPages.notFound(ctx);
          }
        } else if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
          error(ctx, 404, "no route for " + ctx.method() + " " + ctx.path());
        }
      });
      config.routes.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
    });
  }

  static void error(Context ctx, int status, String message) {
    ctx.status(status).json(new ErrorBody(status, message));
  }

  /** The JSON body of every error response. */
  record ErrorBody(int status, String error) {}
}
