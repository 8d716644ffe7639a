package org.triangulate.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dossier as one self-contained HTML page: per story a timeline picture (SVG), per event the cited
 * summary, the copy graph (SVG) and the claims table with status badges, then every source with its
 * cleaned text.
 *
 * <p>Safety contract: the page loads nothing (no scripts, styles, fonts or images from elsewhere) and
 * every string that comes from an article is HTML-escaped before it is written, in text and in
 * attributes alike; anchors use generated ids ({@code a1}, {@code a2}, …), never article ids.
 */
final class HtmlRenderer {
  private HtmlRenderer() {}

  /** The shared stylesheet (also the web UI's {@code /assets/dossier.css}), inlined into the page. */
  private static final String CSS = loadCss();

  private static String loadCss() {
    try (java.io.InputStream in = HtmlRenderer.class.getResourceAsStream("dossier.css")) {
      if (in == null) {
        throw new IllegalStateException("dossier.css missing from the classpath next to HtmlRenderer");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  static void render(Dossier d, Writer w) {
    Map<String, String> anchors = new LinkedHashMap<>();
    int n = 0;
    for (DossierArticle a : d.articles()) {
      anchors.put(a.id(), "a" + (++n));
    }
    Map<String, DossierArticle> articles = new HashMap<>();
    d.articles().forEach(a -> articles.put(a.id(), a));
    Map<String, Event> events = new LinkedHashMap<>();
    d.events().forEach(e -> events.put(e.id(), e));

    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>Triangulate dossier</title>\n<style>").append(CSS).append("</style></head><body><main>\n");
    sb.append("<h1>Dossier</h1>\n<p class=\"meta\">").append(esc(MarkdownRenderer.sizes(d))).append(' ')
        .append(esc(MarkdownRenderer.statusCounts(d))).append("</p>\n");
    sb.append("<p class=\"note\"><span class=\"badge corroborated\">corroborated</span> two or more independent "
        + "sources (copies and rewrites count with their original) · <span class=\"badge single-source\">"
        + "single-source</span> one · <span class=\"badge contradicted\">contradicted</span> sources disagree on a "
        + "number, date or name · <span class=\"badge unsupported\">unsupported</span> only a derivative text says it"
        + "</p>\n");

    for (Story s : d.stories()) {
      sb.append("<h2>").append(esc(s.title())).append("</h2>\n");
      if (!s.timeline().isEmpty()) {
        timeline(s.timeline(), anchors, sb);
      }
      for (String eid : s.events()) {
        Event e = events.get(eid);
        if (e != null) {
          event(e, articles, anchors, sb);
        }
      }
    }
    sb.append("<h2>Sources</h2>\n");
    for (DossierArticle a : d.articles()) {
      sb.append("<details id=\"").append(anchors.get(a.id())).append("\"><summary><b>").append(esc(a.id()))
          .append("</b> — ").append(esc(a.title())).append(" <span class=\"meta\">")
          .append(esc(a.outlet().orElse("unknown outlet"))).append(" · ")
          .append(a.published().map(LocalDate::toString).orElse("undated"))
          .append(a.byline().map(b -> " · " + esc(b)).orElse(""));
      for (Derivation x : a.derivedFrom()) {
        sb.append(" · ").append(esc(x.relation().label())).append(" of ").append(cite(x.id(), anchors));
      }
      sb.append("</span></summary>");
      a.url().ifPresent(u -> sb.append("<p class=\"meta\">").append(esc(u)).append("</p>"));
      sb.append("<pre>").append(esc(a.body())).append("</pre></details>\n");
    }
    sb.append("</main></body></html>\n");
    try {
      w.write(sb.toString());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void event(Event e, Map<String, DossierArticle> articles, Map<String, String> anchors,
      StringBuilder sb) {
    sb.append("<section class=\"event\"><h3>").append(esc(e.title())).append("</h3>\n<p class=\"meta\">")
        .append(e.date().map(LocalDate::toString).orElse("date unknown"));
    if (e.endDate().isPresent() && !e.endDate().equals(e.date())) {
      sb.append(" to ").append(e.endDate().get());
    }
    e.location().ifPresent(l -> sb.append(" · ").append(esc(l)));
    sb.append(" · reported by");
    for (String id : e.articles()) {
      sb.append(' ').append(cite(id, anchors));
    }
    sb.append("</p>\n");
    if (!e.summary().isEmpty()) {
      sb.append("<ul class=\"summary\">\n");
      for (SummarySentence s : e.summary()) {
        sb.append("<li>").append(esc(s.text()));
        s.sources().forEach(id -> sb.append(cite(id, anchors)));
        sb.append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    copyGraph(e, articles, sb);
    if (!e.entities().isEmpty()) {
      sb.append("<p class=\"meta\"><b>Who:</b> ");
      for (int i = 0; i < e.entities().size(); i++) {
        EntityRef x = e.entities().get(i);
        sb.append(i > 0 ? "; " : "").append(esc(x.name())).append(" (").append(esc(x.type()))
            .append(x.role().map(r -> ", " + esc(r)).orElse("")).append(')');
      }
      sb.append("</p>\n");
    }
    if (!e.claims().isEmpty()) {
      sb.append("<table><thead><tr><th>status</th><th>claim</th><th>independent</th><th>all sources</th>"
          + "<th>notes</th></tr></thead><tbody>\n");
      for (Claim c : e.claims()) {
        sb.append("<tr><td><span class=\"badge ").append(c.status().label()).append("\">")
            .append(c.status().label()).append("</span>");
        if (c.unsupported().isPresent()) {
          sb.append(" <span class=\"badge unsupported\">unsupported</span>");
        }
        if (!c.updates().isEmpty()) {
          sb.append(" <span class=\"badge update\">updated</span>");
        }
        sb.append("</td><td>").append(esc(c.text())).append("</td><td>");
        c.independentSources().forEach(id -> sb.append(cite(id, anchors)));
        sb.append("</td><td>");
        c.sources().forEach(id -> sb.append(cite(id, anchors)));
        sb.append("</td><td class=\"note\">");
        List<String> notes = new ArrayList<>();
        c.unsupported().ifPresent(u -> notes.add("<b>unsupported:</b> " + esc(u)));
        if (!c.conflicts().isEmpty()) {
          notes.add("<b>conflict:</b> " + values(c.conflicts(), " vs ", anchors));
        }
        if (!c.updates().isEmpty()) {
          notes.add("<b>update:</b> " + values(c.updates(), " → ", anchors));
        }
        c.notes().forEach(x -> notes.add(esc(x)));
        sb.append(String.join("<br>", notes)).append("</td></tr>\n");
      }
      sb.append("</tbody></table>\n");
    }
    sb.append("</section>\n");
  }

  private static String values(List<Claim.Conflict> values, String sep, Map<String, String> anchors) {
    List<String> parts = new ArrayList<>();
    for (Claim.Conflict v : values) {
      StringBuilder p = new StringBuilder(esc(v.value()));
      v.sources().forEach(id -> p.append(cite(id, anchors)));
      parts.add(p.toString());
    }
    return String.join(esc(sep), parts);
  }

  /** A horizontal time axis with numbered marks, and the numbered list of entries under it. */
  private static void timeline(List<TimelineEntry> entries, Map<String, String> anchors, StringBuilder sb) {
    List<Long> days = new ArrayList<>();
    for (TimelineEntry t : entries) {
      days.add(epochDay(t.date()));
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long x : days) {
      if (x != Long.MIN_VALUE) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    if (min != Long.MAX_VALUE) {
      int width = 1000;
      int left = 30;
      int right = width - 30;
      sb.append("<svg role=\"img\" aria-label=\"timeline\" viewBox=\"0 0 ").append(width)
          .append(" 90\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">")
          .append("<line x1=\"").append(left).append("\" y1=\"45\" x2=\"").append(right)
          .append("\" y2=\"45\" stroke=\"#8a94a6\" stroke-width=\"2\"/>");
      int[] lane = new int[entries.size()];
      double lastX = -1e9;
      int lastLane = 0;
      for (int i = 0; i < entries.size(); i++) {
        long day = days.get(i);
        if (day == Long.MIN_VALUE) {
          continue;
        }
        double x = max == min ? (left + right) / 2.0 : left + (right - left) * (double) (day - min) / (max - min);
        lane[i] = x - lastX < 22 ? (lastLane + 1) % 3 : 0;
        lastX = x;
        lastLane = lane[i];
        boolean event = entries.get(i).kind() == TimelineEntry.Kind.EVENT;
        double y = 45 - 14 - lane[i] * 12;
        sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"45\" r=\"%d\" fill=\"%s\"/>", x,
            event ? 7 : 5, event ? "#24508f" : "#9aa5b8"));
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>", x, y,
            i + 1));
      }
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"75\">%s</text><text x=\"%d\" y=\"75\" "
          + "text-anchor=\"end\">%s</text>", left, LocalDate.ofEpochDay(min), right, LocalDate.ofEpochDay(max)));
      sb.append("</svg>\n");
    }
    sb.append("<ol class=\"timeline\">\n");
    for (TimelineEntry t : entries) {
      boolean event = t.kind() == TimelineEntry.Kind.EVENT;
      sb.append("<li").append(event ? "" : " class=\"bg\"").append("><b>").append(esc(t.date())).append("</b> ")
          .append(event ? "<b>" + esc(t.text()) + "</b>" : esc(t.text()) + " <i>(background)</i>");
      t.sources().forEach(id -> sb.append(cite(id, anchors)));
      sb.append("</li>\n");
    }
    sb.append("</ol>\n");
  }

  /** ISO date at any precision to an epoch day (first day of the period); MIN_VALUE when unreadable. */
  static long epochDay(String iso) {
    try {
      if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(iso).toEpochDay();
      }
      if (iso.matches("\\d{4}-\\d{2}")) {
        return LocalDate.parse(iso + "-01").toEpochDay();
      }
      if (iso.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(iso), 1, 1).toEpochDay();
      }
    } catch (java.time.DateTimeException e) {
      return Long.MIN_VALUE;
    }
    return Long.MIN_VALUE;
  }

  /** Articles of the event as boxes in layers: originals on top, each derivative below its source. */
  private static void copyGraph(Event e, Map<String, DossierArticle> articles, StringBuilder sb) {
    List<String> ids = e.articles();
    List<String[]> edges = new ArrayList<>();
    for (String id : ids) {
      DossierArticle a = articles.get(id);
      if (a == null) {
        continue;
      }
      for (Derivation x : a.derivedFrom()) {
        if (ids.contains(x.id()) && !x.id().equals(id)) {
          edges.add(new String[] {id, x.id(), x.relation().label()});
        }
      }
    }
    if (edges.isEmpty() || ids.size() < 2) {
      return;
    }
    Map<String, Integer> level = new LinkedHashMap<>();
    ids.forEach(id -> level.put(id, 0));
    for (int round = 0; round < ids.size(); round++) {
      for (String[] edge : edges) {
        int want = Math.min(level.get(edge[1]) + 1, ids.size());
        if (level.get(edge[0]) < want) {
          level.put(edge[0], want);
        }
      }
    }
    Map<Integer, List<String>> rows = new LinkedHashMap<>();
    level.forEach((id, l) -> rows.computeIfAbsent(l, k -> new ArrayList<>()).add(id));
    int width = 1000;
    int boxW = 150;
    int boxH = 34;
    int rowH = 80;
    int height = (rows.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1) * rowH + 10;
    Map<String, double[]> pos = new HashMap<>();
    rows.forEach((l, list) -> {
      for (int i = 0; i < list.size(); i++) {
        double cx = width * (i + 1.0) / (list.size() + 1);
        pos.put(list.get(i), new double[] {cx, 10 + l * rowH + boxH / 2.0});
      }
    });
    sb.append("<svg role=\"img\" aria-label=\"who copied whom\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">")
        .append("<defs><marker id=\"arrow-").append(esc(Integer.toString(Math.abs(e.id().hashCode()))))
        .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8a94a6\"/></marker></defs>");
    String marker = "arrow-" + Math.abs(e.id().hashCode());
    for (String[] edge : edges) {
      double[] from = pos.get(edge[0]);
      double[] to = pos.get(edge[1]);
      double y1 = from[1] - boxH / 2.0;
      double y2 = to[1] + boxH / 2.0;
      if (Math.abs(from[1] - to[1]) < 1) {
        y1 = from[1];
        y2 = to[1];
      }
      sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8a94a6\" "
          + "stroke-width=\"1.5\" marker-end=\"url(#%s)\"/>", from[0], y1, to[0], y2, marker));
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#566074\">%s</text>",
          (from[0] + to[0]) / 2 + 4, (y1 + y2) / 2, esc(edge[2])));
    }
    for (String id : ids) {
      double[] p = pos.get(id);
      DossierArticle a = articles.get(id);
      String outlet = a == null ? "" : a.outlet().orElse("");
      boolean derivative = edges.stream().anyMatch(x -> x[0].equals(id));
      sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"6\" "
          + "fill=\"%s\" stroke=\"#8a94a6\"/>", p[0] - boxW / 2.0, p[1] - boxH / 2.0, boxW, boxH,
          derivative ? "#f3f4f7" : "#d9f2e0"));
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\"><tspan font-weight=\"bold\">%s</tspan>"
          + "<tspan x=\"%.1f\" dy=\"13\" fill=\"#566074\">%s</tspan></text>", p[0], p[1] - 3, esc(shorten(id, 22)), p[0],
          esc(shorten(outlet, 24))));
    }
    sb.append("</svg>\n<p class=\"note\">Arrows point from a copy or rewrite to its source; green boxes are "
        + "originals. A group counts as one source.</p>\n");
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String cite(String id, Map<String, String> anchors) {
    String anchor = anchors.get(id);
    if (anchor == null) {
      return "<span class=\"cite\">" + esc(id) + "</span>";
    }
    return "<a class=\"cite\" href=\"#" + anchor + "\">" + esc(id) + "</a>";
  }

  /** HTML-escapes text for element content and quoted attribute values alike. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
