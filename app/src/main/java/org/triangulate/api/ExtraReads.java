package org.triangulate.api;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierFormat;
import org.triangulate.dossier.DossierWriter;
import org.triangulate.store.EventSummary;
import org.triangulate.store.Store;

/** Read-only routes the web UI needs beside the basic API: the events of an article, an event's export. */
final class ExtraReads {
  /**
   * The policy of an exported HTML dossier: that page carries its styles inline and nothing else
   * (no script runs, nothing is loaded), the same policy it declares in its own meta tag.
   */
  static final String EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Store store;
  private final ApiSettings settings;

  ExtraReads(Store store, ApiSettings settings) {
    this.store = store;
    this.settings = settings;
  }

  /** {@code GET /api/articles/{id}/events}: the events that the article reports. */
  void articleEvents(Context ctx) {
    String id = ctx.pathParam("id");
    if (store.article(id).isEmpty()) {
      throw new ApiError(404, "no article '" + id + "'");
    }
    Paging.Window w = Paging.window(ctx, settings.maxLimit());
    List<EventSummary> all = store.eventsOf(id);
    Paging.send(ctx, w.slice(all), all.size(), w);
  }

  /**
   * {@code GET /api/events/{id}/export?format=json|markdown|html|csv|jsonl}: the event's dossier (as
   * {@code /api/events/{id}/dossier}) as a file to save, written by the dossier renderers.
   */
  void export(Context ctx) {
    String id = ctx.pathParam("id");
    String name = Optional.ofNullable(ctx.queryParam("format")).orElse("json").strip();
    DossierFormat format;
    try {
      format = DossierFormat.parse(name);
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "unknown format '" + name + "' (json, markdown, html, csv or jsonl)");
    }
    Dossier d = store.eventDossier(id).orElseThrow(() -> new ApiError(404, "no event '" + id + "'"));
    StringWriter out = new StringWriter();
    DossierWriter.write(d, format, out);
    String ext = switch (format) {
      case JSON -> "json";
      case MARKDOWN -> "md";
      case HTML -> "html";
      case CSV -> "csv";
      case JSONL -> "jsonl";
    };
    String type = switch (format) {
      case JSON -> "application/json";
      case MARKDOWN -> "text/markdown; charset=utf-8";
      case HTML -> "text/html; charset=utf-8";
      case CSV -> "text/csv; charset=utf-8; header=present";
      case JSONL -> "application/x-ndjson";
    };
    if (format == DossierFormat.HTML) {
      ctx.header("Content-Security-Policy", EXPORT_CSP);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"event-" + fileSafe(id) + "." + ext + "\"");
    ctx.contentType(type).result(out.toString());
  }

  /** An id as a file-name part: letters, digits, dot, dash and underscore kept, the rest as '_'. */
  static String fileSafe(String id) {
    String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
    s = s.length() > 80 ? s.substring(0, 80) : s;
    return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
  }
}
