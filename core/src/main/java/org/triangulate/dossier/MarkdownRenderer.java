package org.triangulate.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dossier as Markdown: per story a timeline, per event the cited summary, who copied whom, the
 * claims with their status, then the sources. Everything taken from articles is escaped so that it
 * renders as written (no links, emphasis or HTML smuggled in by a page).
 */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static void render(Dossier d, Writer w) {
    StringBuilder sb = new StringBuilder();
    Map<String, DossierArticle> articles = new LinkedHashMap<>();
    d.articles().forEach(a -> articles.put(a.id(), a));
    Map<String, Event> events = new LinkedHashMap<>();
    d.events().forEach(e -> events.put(e.id(), e));

    sb.append("# Dossier\n\n");
    sb.append(sizes(d)).append(' ').append(statusCounts(d)).append("\n\n");
    sb.append("Status: **corroborated** = two or more independent sources (copies and rewrites count with "
        + "their original); **single-source** = one; **contradicted** = sources disagree on a number, date or "
        + "name. Citations like [`id`] name articles listed under Sources.\n\n");
    for (Story s : d.stories()) {
      sb.append("## Story: ").append(text(s.title())).append("\n\n");
      if (s.timeline().size() > 1 || s.timeline().stream().anyMatch(t -> t.kind() == TimelineEntry.Kind.BACKGROUND)) {
        sb.append("**Timeline**\n\n| date | | what | sources |\n|---|---|---|---|\n");
        for (TimelineEntry t : s.timeline()) {
          sb.append("| ").append(cell(t.date())).append(" | ")
              .append(t.kind() == TimelineEntry.Kind.EVENT ? "event" : "background").append(" | ")
              .append(t.kind() == TimelineEntry.Kind.EVENT ? "**" + cell(t.text()) + "**" : cell(t.text()))
              .append(" | ").append(cite(t.sources())).append(" |\n");
        }
        sb.append('\n');
      }
      for (String eid : s.events()) {
        Event e = events.get(eid);
        if (e != null) {
          event(e, articles, sb);
        }
      }
    }
    if (!d.copyGraph().groups().isEmpty()) {
      sb.append("## Who copied whom\n\n");
      for (CopyGraph.Group g : d.copyGraph().groups()) {
        sb.append("- original ").append(code(g.original()));
        for (CopyGraph.Edge x : g.edges()) {
          sb.append("; ").append(code(x.from())).append(' ').append(x.relation().label()).append(" of ")
              .append(code(x.to())).append(" (").append(String.format(java.util.Locale.ROOT, "%.2f", x.score())).append(')');
        }
        sb.append('\n');
      }
      sb.append('\n');
    }
    sb.append("## Sources\n\n");
    sb.append("| id | title | outlet | published | byline | derived from |\n|---|---|---|---|---|---|\n");
    for (DossierArticle a : d.articles()) {
      StringBuilder derived = new StringBuilder();
      for (Derivation x : a.derivedFrom()) {
        derived.append(derived.length() > 0 ? ", " : "").append(x.relation().label()).append(" of ")
            .append(code(x.id())).append(" (").append(String.format(Locale.ROOT, "%.2f", x.score())).append(')');
      }
      sb.append("| ").append(code(a.id())).append(" | ").append(cell(a.title())).append(" | ")
          .append(cell(a.outlet().orElse("—"))).append(" | ")
          .append(a.published().map(Object::toString).orElse("—")).append(" | ")
          .append(cell(a.byline().orElse("—"))).append(" | ")
          .append(derived.length() == 0 ? "—" : derived).append(" |\n");
    }
    try {
      w.write(sb.toString());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** "3 articles, 1 event, 2 stories." */
  static String sizes(Dossier d) {
    return count(d.articles().size(), "article", "articles") + ", " + count(d.events().size(), "event", "events")
        + ", " + count(d.stories().size(), "story", "stories") + ".";
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String statusCounts(Dossier d) {
    int[] n = new int[Claim.Status.values().length];
    int unsupported = 0;
    for (Event e : d.events()) {
      for (Claim c : e.claims()) {
        n[c.status().ordinal()]++;
        unsupported += c.unsupported().isPresent() ? 1 : 0;
      }
    }
    return String.format(Locale.ROOT, "Claims: %d corroborated, %d single-source, %d contradicted, %d unsupported.",
        n[0], n[1], n[2], unsupported);
  }

  private static void event(Event e, Map<String, DossierArticle> articles, StringBuilder sb) {
    sb.append("### ").append(text(e.title())).append("\n\n");
    sb.append("- **When:** ").append(e.date().map(Object::toString).orElse("unknown"));
    if (e.endDate().isPresent() && !e.endDate().equals(e.date())) {
      sb.append(" to ").append(e.endDate().get());
    }
    sb.append("\n- **Where:** ").append(text(e.location().orElse("unknown"))).append('\n');
    sb.append("- **Reported by:** ");
    for (int i = 0; i < e.articles().size(); i++) {
      String id = e.articles().get(i);
      DossierArticle a = articles.get(id);
      sb.append(i > 0 ? ", " : "").append(code(id));
      Optional<String> outlet = a == null ? Optional.empty() : a.outlet();
      outlet.ifPresent(o -> sb.append(" (").append(text(o)).append(')'));
    }
    sb.append('\n');
    StringBuilder copies = new StringBuilder();
    for (String id : e.articles()) {
      DossierArticle a = articles.get(id);
      if (a == null) {
        continue;
      }
      for (Derivation x : a.derivedFrom()) {
        if (e.articles().contains(x.id())) {
          copies.append(copies.length() > 0 ? "; " : "").append(code(id)).append(' ').append(verb(x.relation()))
              .append(' ').append(code(x.id()));
        }
      }
    }
    if (copies.length() > 0) {
      sb.append("- **Who copied whom:** ").append(copies).append(" (counted once with the original)\n");
    }
    sb.append('\n');
    if (!e.summary().isEmpty()) {
      sb.append("**Summary**\n\n");
      for (SummarySentence s : e.summary()) {
        sb.append("- ").append(text(s.text())).append(' ').append(cite(s.sources())).append('\n');
      }
      sb.append('\n');
    }
    if (!e.entities().isEmpty()) {
      sb.append("**Who**\n\n");
      for (EntityRef x : e.entities()) {
        sb.append("- ").append(text(x.name())).append(" (").append(text(x.type())).append(')');
        x.role().ifPresent(r -> sb.append(" — ").append(text(r)));
        sb.append('\n');
      }
      sb.append('\n');
    }
    if (!e.claims().isEmpty()) {
      sb.append("**Claims**\n\n| status | claim | independent sources | all sources | notes |\n|---|---|---|---|---|\n");
      for (Claim c : e.claims()) {
        sb.append("| ").append(badge(c)).append(" | ").append(cell(c.text())).append(" | ")
            .append(cite(c.independentSources())).append(" | ").append(cite(c.sources())).append(" | ")
            .append(notes(c)).append(" |\n");
      }
      sb.append('\n');
    }
  }

  private static String verb(Derivation.Relation r) {
    return switch (r) {
      case COPY -> "copies";
      case NEAR_DUPLICATE -> "nearly duplicates";
      case PARAPHRASE -> "rewrites";
      case PARTIAL -> "reuses part of";
    };
  }

  private static String badge(Claim c) {
    String s = switch (c.status()) {
      case CORROBORATED -> "✅ corroborated";
      case SINGLE_SOURCE -> "⚠️ single-source";
      case CONTRADICTED -> "❌ contradicted";
    };
    return c.unsupported().isPresent() ? s + " · 🚩 unsupported" : s;
  }

  private static String notes(Claim c) {
    StringBuilder sb = new StringBuilder();
    c.unsupported().ifPresent(u -> sb.append("**unsupported:** ").append(cell(u)));
    if (!c.conflicts().isEmpty()) {
      sb.append(sb.length() > 0 ? "<br>" : "").append("**conflict:** ").append(values(c.conflicts(), " vs "));
    }
    if (!c.updates().isEmpty()) {
      sb.append(sb.length() > 0 ? "<br>" : "").append("**update:** ").append(values(c.updates(), " → "));
    }
    for (String n : c.notes()) {
      sb.append(sb.length() > 0 ? "<br>" : "").append(cell(n));
    }
    return sb.length() == 0 ? "" : sb.toString();
  }

  private static String values(List<Claim.Conflict> values, String sep) {
    StringBuilder sb = new StringBuilder();
    for (Claim.Conflict x : values) {
      sb.append(sb.length() > 0 ? sep : "").append(cell(x.value())).append(' ').append(cite(x.sources()));
    }
    return sb.toString();
  }

  private static String cite(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      sb.append('[').append(code(id)).append(']');
    }
    return sb.toString();
  }

  /** An id as inline code; backticks inside are neutralised. */
  private static String code(String id) {
    return "`" + id.replace("`", "'").replace("|", "\\|").replace("\n", " ") + "`";
  }

  /** Article text is data: neutralise Markdown and HTML so it renders as written. */
  static String text(String s) {
    return s.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[").replace("]", "\\]")
        .replace("!", "\\!").replaceAll("(?m)^(\\s*)([#>+-])", "$1\\\\$2").replaceAll("(?m)^(\\s*\\d+)\\.", "$1\\\\.");
  }

  private static String cell(String s) {
    return text(s).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
