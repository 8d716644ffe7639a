package org.triangulate.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pagination of list endpoints: {@code offset} and {@code limit} in, a JSON array of the page out, with
 * the total in {@code X-Total-Count} and RFC 8288 {@code Link} headers to the next and previous pages.
 */
final class Paging {
  /** Items per page when {@code limit} is absent. */
  static final int DEFAULT_LIMIT = 100;

  private Paging() {}

  /** The requested window, checked: {@code offset >= 0}, {@code 1 <= limit <= maxLimit}. */
  record Window(int offset, int limit) {
    /** {@code offset + limit} without overflow: how many items a store call must return to fill the page. */
    int end() {
      return (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
    }

    /** The page of {@code all}, a list holding at least the items up to {@link #end()}. */
    <T> List<T> slice(List<T> all) {
      return all.subList(Math.min(offset, all.size()), Math.min(end(), all.size()));
    }
  }

  static Window window(Context ctx, int maxLimit) {
    return new Window(Handlers.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE),
        Handlers.intParam(ctx, "limit", DEFAULT_LIMIT, 1, maxLimit));
  }

  /** Answers {@code page} (the items of {@code w}) as a JSON array, with the total and the links. */
  static void send(Context ctx, List<?> page, int total, Window w) {
    ctx.header("X-Total-Count", Integer.toString(total));
    List<String> links = new ArrayList<>();
    if (w.end() < total) {
      links.add("<" + url(ctx, w.end(), w.limit()) + ">; rel=\"next\"");
    }
    if (w.offset() > 0) {
      links.add("<" + url(ctx, Math.max(0, w.offset() - w.limit()), w.limit()) + ">; rel=\"prev\"");
    }
    if (!links.isEmpty()) {
      ctx.header("Link", String.join(", ", links));
    }
    ctx.json(List.copyOf(page));
  }

  /** This request's path and query with {@code offset} and {@code limit} replaced. */
  private static String url(Context ctx, int offset, int limit) {
    StringBuilder sb = new StringBuilder(ctx.path()).append("?");
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      if (p.getKey().equals("offset") || p.getKey().equals("limit")) {
        continue;
      }
      for (String v : p.getValue()) {
        sb.append(enc(p.getKey())).append('=').append(enc(v)).append('&');
      }
    }
    return sb.append("offset=").append(offset).append("&limit=").append(limit).toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
