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
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.claim.Corroborator;
import org.triangulate.dedup.ProvenanceReport;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.dossier.TimelineEntry;

/**
 * Fills each event's claims and cited summary and each story's timeline, whatever formed the events.
 * Lineage per event: the provenance stage's derivations.
 */
final class ClaimStage {
  private ClaimStage() {}

  static Dossier apply(Dossier d, List<AnalyzedArticle> articles, ProvenanceReport provenance,
      Corroborator corroborator) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<EventClaims.Outcome> outcomes = new ArrayList<>();
    for (Event e : d.events()) {
      List<AnalyzedArticle> arts = e.articles().stream().map(byId::get).filter(a -> a != null).toList();
      outcomes.add(EventClaims.of(e, arts, provenance::derivedFrom, corroborator));
    }
    return assemble(d, articles, outcomes);
  }

  /** The dossier with each event's outcome (one per event, in order): claims, timelines. */
  static Dossier assemble(Dossier d, List<AnalyzedArticle> articles, List<EventClaims.Outcome> outcomes) {
    if (outcomes.size() != d.events().size()) {
      throw new IllegalArgumentException(outcomes.size() + " claim outcomes for " + d.events().size() + " events");
    }
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a.article()));
    List<Event> events = new ArrayList<>();
    Map<String, List<TimelineEntry>> backgroundByEvent = new HashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      EventClaims.Outcome o = outcomes.get(i);
      if (!o.event().id().equals(d.events().get(i).id())) {
        throw new IllegalArgumentException("claim outcome " + i + " is for event " + o.event().id() + ", not "
            + d.events().get(i).id());
      }
      events.add(o.event());
      backgroundByEvent.put(o.event().id(), o.background());
    }
    Map<String, Event> eventsById = new HashMap<>();
    events.forEach(e -> eventsById.put(e.id(), e));
    List<Story> stories = new ArrayList<>();
    for (Story s : d.stories()) {
      stories.add(new Story(s.id(), s.title(), s.events(), timeline(s, eventsById, byId::get, backgroundByEvent)));
    }
    return new Dossier(d.articles(), events, stories, d.copyGraph());
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
