package org.triangulate.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.DossierTable;
import org.triangulate.dossier.DossierWriter;
import org.triangulate.dossier.Story;
import org.triangulate.index.Hit;
import org.triangulate.index.IndexDoc;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.ingest.RawDocument;
import org.triangulate.store.ArticleSummary;
import org.triangulate.store.EventSummary;
import org.triangulate.store.IngestReport;
import org.triangulate.store.Store;
import org.triangulate.store.StoreListener;
import org.triangulate.store.StoredArticle;

/** The API's request handlers: parameter checks, store calls, JSON responses. */
final class Handlers {
  private final Store store;
  private final ApiSettings settings;

  Handlers(Store store, ApiSettings settings) {
    this.store = store;
    this.settings = settings;
  }

  void articles(Context ctx) {
    Paging.Window w = window(ctx);
    Optional<String> q = query(ctx);
    if (q.isEmpty()) {
      Paging.send(ctx, store.articles(w.offset(), w.limit()), store.stats().articles(), w);
      return;
    }
    Store.SearchMode mode = mode(ctx);
    List<Hit> hits = store.search(q.get(), IndexDoc.Kind.ARTICLE, mode, w.end());
    List<ArticleSummary> items = new ArrayList<>();
    for (Hit hit : w.slice(hits)) {
      store.article(hit.id()).ifPresent(a -> items.add(new ArticleSummary(a.id(), a.title(), a.outlet(),
          a.published(), a.byline(), a.origin())));
    }
    Paging.send(ctx, items, store.searchCount(q.get(), IndexDoc.Kind.ARTICLE, mode), w);
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(store.article(id).orElseThrow(() -> new ApiError(404, "no article '" + id + "'")));
  }

  void events(Context ctx) {
    Paging.Window w = window(ctx);
    Optional<String> q = query(ctx);
    List<EventSummary> all = store.events();
    if (q.isEmpty()) {
      Paging.send(ctx, w.slice(all), all.size(), w);
      return;
    }
    Map<String, EventSummary> byId = new LinkedHashMap<>();
    all.forEach(e -> byId.put(e.id(), e));
    Store.SearchMode mode = mode(ctx);
    List<EventSummary> items = new ArrayList<>();
    for (Hit hit : w.slice(store.search(q.get(), IndexDoc.Kind.EVENT, mode, w.end()))) {
      EventSummary e = byId.get(hit.id());
      if (e != null) {
        items.add(e);
      }
    }
    Paging.send(ctx, items, store.searchCount(q.get(), IndexDoc.Kind.EVENT, mode), w);
  }

  /** The incident table of the whole store as CSV (the columns of {@code analyze --format csv}). */
  void eventsCsv(Context ctx) {
    StringWriter csv = new StringWriter();
    DossierWriter.writeCsv(store.dossier(), DossierTable.EVENTS, csv);
    ctx.contentType("text/csv; charset=utf-8; header=present")
        .header("Content-Disposition", "inline; filename=\"events.csv\"")
        .result(csv.toString());
  }

  void event(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(store.event(id).orElseThrow(() -> new ApiError(404, "no event '" + id + "'")));
  }

  void eventDossier(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(store.eventDossier(id).orElseThrow(() -> new ApiError(404, "no event '" + id + "'")));
  }

  void stories(Context ctx) {
    Paging.Window w = window(ctx);
    List<Story> all = store.stories();
    Paging.send(ctx, w.slice(all), all.size(), w);
  }

  void story(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(store.story(id).orElseThrow(() -> new ApiError(404, "no story '" + id + "'")));
  }

  void claims(Context ctx) {
    Optional<Claim.Status> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isBlank()).map(s -> {
      try {
        return Claim.Status.fromLabel(s.strip());
      } catch (IllegalArgumentException e) {
        throw new ApiError(400, "unknown status '" + s + "' (corroborated, single-source or contradicted)");
      }
    });
    Paging.Window w = window(ctx);
    Optional<String> q = query(ctx);
    Paging.send(ctx, store.claims(status, q, w.offset(), w.limit()), store.claimCount(status, q), w);
  }

  void search(Context ctx) {
    String q = query(ctx).orElseThrow(() -> new ApiError(400, "missing query parameter q"));
    String type = Optional.ofNullable(ctx.queryParam("type")).orElse("article").strip().toLowerCase(Locale.ROOT);
    IndexDoc.Kind kind = switch (type) {
      case "article" -> IndexDoc.Kind.ARTICLE;
      case "event" -> IndexDoc.Kind.EVENT;
      default -> throw new ApiError(400, "unknown type '" + type + "' (article or event)");
    };
    Paging.Window w = window(ctx);
    Store.SearchMode mode = mode(ctx);
    Paging.send(ctx, w.slice(store.search(q, kind, mode, w.end())), store.searchCount(q, kind, mode), w);
  }

  void dossier(Context ctx) {
    ctx.json(store.dossier());
  }

  void stats(Context ctx) {
    ctx.json(store.stats());
  }

  /** The upload's outcome. */
  record IngestResponse(List<StoredArticle> stored, List<IngestProblem> problems, boolean reanalysed) {}

  void ingest(Context ctx) throws IOException {
    String length = ctx.header("Content-Length");
    Long declared = null;
    if (length != null) {
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw new ApiError(400, "invalid Content-Length '" + length + "'");
      }
    }
    byte[] body = Upload.readCapped(ctx::bodyInputStream, declared, settings.maxBodyBytes());
    RawDocument doc = Upload.parse(ctx.header("Content-Type"), body, ctx::queryParam);
    IngestReport report = store.ingestDocuments(List.of(doc), StoreListener.NONE);
    IngestResponse response = new IngestResponse(report.stored(), report.problems(), report.reanalysed());
    if (report.stored().isEmpty()) {
      ctx.status(422).json(new ApiErrorWithProblems(422, "nothing could be stored from the upload", report.problems()));
      return;
    }
    boolean changed = report.stored().stream().anyMatch(s -> s.outcome() != StoredArticle.Outcome.UNCHANGED);
    ctx.status(changed ? 201 : 200).json(response);
  }

  /** A 422 body: the error plus the problems that explain it. */
  record ApiErrorWithProblems(int status, String error, List<IngestProblem> problems) {}

  private Paging.Window window(Context ctx) {
    return Paging.window(ctx, settings.maxLimit());
  }

  static int intParam(Context ctx, String name, int def, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return def;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new ApiError(400, "parameter " + name + "=" + v + " out of range [" + min + ", " + max + "]");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiError(400, "parameter " + name + "='" + v + "' is not an integer");
    }
  }

  private static Optional<String> query(Context ctx) {
    @Nullable String q = ctx.queryParam("q");
    if (q != null && q.length() > 1000) {
      throw new ApiError(400, "query too long (" + q.length() + " characters; limit 1000)");
    }
    return Optional.ofNullable(q).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Store.SearchMode mode(Context ctx) {
    String m = Optional.ofNullable(ctx.queryParam("mode")).orElse("text").strip().toLowerCase(Locale.ROOT);
    return switch (m) {
      case "text" -> Store.SearchMode.TEXT;
      case "semantic" -> Store.SearchMode.SEMANTIC;
      default -> throw new ApiError(400, "unknown mode '" + m + "' (text or semantic)");
    };
  }
}
