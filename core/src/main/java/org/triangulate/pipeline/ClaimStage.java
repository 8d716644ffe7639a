package org.triangulate.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.triangulate.article.Article;
import org.triangulate.claim.ClaimSettings;
import org.triangulate.claim.Corroborator;
import org.triangulate.claim.Lineage;
import org.triangulate.dedup.ProvenanceReport;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.dossier.TimelineEntry;

/**
 * Fills each event's claims and cited summary and each story's timeline, whatever formed the events.
 *
 * <p>Lineage per event: the provenance stage's derivations; for an article it finds no source for,
 * the claim stage's own statement-overlap estimate among the event's articles (an AI rewrite can
 * restate most statements of a report without sharing enough wording for the provenance stage). Such
 * derivations are added to the article's {@code derived_from} so that the dossier shows why a claim
 * counts once.
 */
final class ClaimStage {
  private ClaimStage() {}

  static Dossier apply(Dossier d, List<Article> articles, ProvenanceReport provenance, Corroborator corroborator,
      ClaimSettings settings) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, List<Derivation>> added = new LinkedHashMap<>();
    List<Event> events = new ArrayList<>();
    Map<String, List<TimelineEntry>> backgroundByEvent = new HashMap<>();
    for (Event e : d.events()) {
      List<Article> arts = e.articles().stream().map(byId::get).filter(a -> a != null).toList();
      EventClaims c = claims(e, arts, provenance::derivedFrom, corroborator, settings);
      events.add(c.event());
      c.added().forEach((id, ds) -> added.computeIfAbsent(id, k -> new ArrayList<>()).addAll(ds));
      if (!arts.isEmpty()) {
        backgroundByEvent.put(e.id(), c.background());
      }
    }
    List<DossierArticle> out = new ArrayList<>();
    for (DossierArticle a : d.articles()) {
      out.add(withAdded(a, added.getOrDefault(a.id(), List.of())));
    }
    Map<String, Event> eventsById = new HashMap<>();
    events.forEach(e -> eventsById.put(e.id(), e));
    List<Story> stories = new ArrayList<>();
    for (Story s : d.stories()) {
      stories.add(new Story(s.id(), s.title(), s.events(), timeline(s, eventsById, byId::get, backgroundByEvent)));
    }
    return new Dossier(out, events, stories, d.copyGraph());
  }

  /**
   * One event's claims and summary.
   *
   * @param added derivations the claim stage estimated for articles the provenance stage found no
   *     source for, by article id (possibly with repeats)
   * @param background the event's background facts, for its story's timeline
   */
  record EventClaims(Event event, Map<String, List<Derivation>> added, List<TimelineEntry> background) {}

  /** Claims of event {@code e} whose articles are {@code arts}, lineage from {@code derivedFrom} first. */
  static EventClaims claims(Event e, List<Article> arts, Function<String, List<Derivation>> derivedFrom,
      Corroborator corroborator, ClaimSettings settings) {
    if (arts.isEmpty()) {
      return new EventClaims(e, Map.of(), List.of());
    }
    Map<String, List<Derivation>> added = new LinkedHashMap<>();
    Lineage estimate = arts.size() > 1 ? Lineage.bySentenceOverlap(arts, settings) : Lineage.none();
    Lineage lineage = id -> {
      List<Derivation> found = derivedFrom.apply(id);
      if (!found.isEmpty()) {
        return found;
      }
      List<Derivation> own = estimate.derivedFrom(id);
      if (!own.isEmpty()) {
        added.computeIfAbsent(id, k -> new ArrayList<>()).addAll(own);
      }
      return own;
    };
    Corroborator.Result r = corroborator.corroborate(arts, lineage, e.date());
    Event out = new Event(e.id(), e.title(), e.date(), e.endDate(), e.location(), e.story(), e.articles(),
        e.entities(), r.claims(), r.summary(), e.copyGraph());
    List<TimelineEntry> bg = new ArrayList<>();
    for (TimelineEntry t : r.background()) {
      bg.add(new TimelineEntry(t.date(), t.text(), t.sources(), t.kind(), Optional.of(e.id())));
    }
    return new EventClaims(out, added, bg);
  }

  /** {@code a} with the claim stage's estimated derivations {@code extra} appended (no repeats). */
  static DossierArticle withAdded(DossierArticle a, List<Derivation> extra) {
    if (extra.isEmpty()) {
      return a;
    }
    List<Derivation> all = new ArrayList<>(a.derivedFrom());
    Set<String> have = new HashSet<>();
    all.forEach(x -> have.add(x.id()));
    extra.stream().filter(x -> have.add(x.id())).forEach(all::add);
    return new DossierArticle(a.id(), a.title(), a.outlet(), a.published(), a.byline(), a.body(), all, a.origin(),
        a.url(), a.dateline(), a.removed());
  }

  /** The story's events (dated by event date, else earliest article) and background facts, oldest first. */
  static List<TimelineEntry> timeline(Story s, Map<String, Event> events, Function<String, Article> articles,
      Map<String, List<TimelineEntry>> background) {
    List<TimelineEntry> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String id : s.events()) {
      Event e = events.get(id);
      if (e == null) {
        continue;
      }
      Optional<LocalDate> date = e.date().or(() -> e.articles().stream().map(articles)
          .filter(a -> a != null).flatMap(a -> a.published().stream()).min(Comparator.naturalOrder()));
      date.ifPresent(day -> out.add(new TimelineEntry(day.toString(), e.title(), e.articles(),
          TimelineEntry.Kind.EVENT, Optional.of(e.id()))));
      for (TimelineEntry t : background.getOrDefault(id, List.of())) {
        if (seen.add(t.date() + "\u0000" + t.text())) {
          out.add(t);
        }
      }
    }
    out.sort(Comparator.comparing(TimelineEntry::date));
    return out;
  }
}
