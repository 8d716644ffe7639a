package org.triangulate.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dossier as Markdown: stories, their events with summary (citations), claims and sources. */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static void render(Dossier d, Writer w) {
    StringBuilder sb = new StringBuilder();
    Map<String, DossierArticle> articles = new LinkedHashMap<>();
    d.articles().forEach(a -> articles.put(a.id(), a));
    Map<String, Event> events = new LinkedHashMap<>();
    d.events().forEach(e -> events.put(e.id(), e));

    sb.append("# Dossier\n\n");
    sb.append(d.articles().size()).append(" articles, ").append(d.events().size()).append(" events, ")
        .append(d.stories().size()).append(" stories.\n\n");
    for (Story s : d.stories()) {
      sb.append("## Story: ").append(text(s.title())).append("\n\n");
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
        sb.append("- original `").append(g.original()).append('`');
        for (CopyGraph.Edge x : g.edges()) {
          sb.append("; `").append(x.from()).append("` ").append(x.relation().label()).append(" of `").append(x.to())
              .append("` (").append(String.format(java.util.Locale.ROOT, "%.2f", x.score())).append(')');
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
        derived.append(derived.length() > 0 ? ", " : "").append(x.relation().label()).append(" of `")
            .append(x.id()).append("` (").append(String.format(java.util.Locale.ROOT, "%.2f", x.score())).append(')');
      }
      sb.append("| `").append(a.id()).append("` | ").append(cell(a.title())).append(" | ")
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
      sb.append(i > 0 ? ", " : "").append('`').append(id).append('`');
      Optional<String> outlet = a == null ? Optional.empty() : a.outlet();
      outlet.ifPresent(o -> sb.append(" (").append(text(o)).append(')'));
    }
    sb.append("\n\n");
    if (!e.summary().isEmpty()) {
      sb.append("**Summary**\n\n");
      for (SummarySentence s : e.summary()) {
        sb.append(text(s.text())).append(' ').append(cite(s.sources())).append('\n');
      }
      sb.append('\n');
    }
    if (!e.entities().isEmpty()) {
      sb.append("**Who**\n\n");
      for (EntityRef x : e.entities()) {
        sb.append("- ").append(text(x.name())).append(" (").append(x.type()).append(')');
        x.role().ifPresent(r -> sb.append(" — ").append(text(r)));
        sb.append('\n');
      }
      sb.append('\n');
    }
    if (!e.claims().isEmpty()) {
      sb.append("**Claims**\n\n| status | claim | sources | independent |\n|---|---|---|---|\n");
      for (Claim c : e.claims()) {
        sb.append("| ").append(c.status().label()).append(" | ").append(cell(c.text())).append(" | ")
            .append(cite(c.sources())).append(" | ").append(cite(c.independentSources())).append(" |\n");
        for (Claim.Conflict x : c.conflicts()) {
          sb.append("| ↳ conflict | ").append(cell(x.value())).append(" | ").append(cite(x.sources())).append(" | |\n");
        }
      }
      sb.append('\n');
    }
  }

  private static String cite(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      sb.append("[`").append(id).append("`]");
    }
    return sb.toString();
  }

  /** Article text is data: neutralise Markdown and HTML so it renders as written. */
  static String text(String s) {
    return s.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*")
        .replace("_", "\\_").replace("`", "\\`").replace("[", "\\[").replace("]", "\\]")
        .replaceAll("(?m)^#", "\\\\#");
  }

  private static String cell(String s) {
    return text(s).replace("|", "\\|").replace("\n", " ");
  }
}
