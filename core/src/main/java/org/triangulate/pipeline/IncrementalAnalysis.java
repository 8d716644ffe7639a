package org.triangulate.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.triangulate.article.Article;
import org.triangulate.claim.Corroborator;
import org.triangulate.cluster.ClusteredEvent;
import org.triangulate.cluster.ClusteredStory;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.EventClusterer;
import org.triangulate.cluster.PreparedArticle;
import org.triangulate.dedup.ProvenanceIndex;
import org.triangulate.dossier.CopyGraph;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.dossier.TimelineEntry;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.text.TextAnalyzer;

/**
 * The analysis of a growing collection, kept up to date article by article: after any sequence of
 * {@link #add} calls {@link #dossier()} equals {@link Pipeline#analyse} of all articles in the order they
 * were added (asserted by {@code IncrementalAnalysisTest}).
 *
 * <p>What it keeps: a {@link ProvenanceIndex}, a live {@link EventClusterer} and the last event, story
 * and claim results. Adding articles costs their provenance (against the index, not against every
 * article), their clustering, one {@link EventClusterer#snapshot()} (a pass over the events, no text
 * work), and entities and claims only for the events whose articles or whose articles' derivations
 * changed (the text layer analyses only articles it has not seen: it
 * {@link TextAnalyzer#remembering(int) remembers} each article's analysis); {@link #add} returns only what changed, so that a store writes only those rows.
 *
 * <p>Not fully incremental: when a newcomer changes the clustering source of an article already
 * clustered (it becomes that article's strongest source, or it is an exact copy published before the
 * stored original), a full analysis would have clustered the older article differently. Then every
 * article is clustered again in order (the clusterer's cost only: provenance, entities and claims are
 * not recomputed), and still only the events that came out different are re-analysed and reported.
 * This costs about {@code n} clusterer adds (seconds at 100k articles), not milliseconds. In the
 * {@code incremental} benchmark's generated stream it did not happen in 100 single-article ingests at
 * 10k stored articles and happened within 100 at 30k.
 *
 * <p>Memory: every article and its provenance fingerprint, the clusterer's state, and the analysed
 * events. Not thread-safe.
 */
public final class IncrementalAnalysis {
  /**
   * Articles whose statements the claim stage remembers (least recently used forgotten): news events
   * gather their articles within days, so the events that change are those of recent articles; ~30 KB
   * each, ~150 MB at most.
   */
  static final int REMEMBERED_ARTICLES = 5_000;
  private final Pipeline pipeline;
  /** The pipeline's corroborator; it reads the remembered analyses of {@link #text}, so older articles are not analysed again. */
  private Corroborator corroborator;
  /** The pipeline's text layer, remembering the analyses of recent articles (those of the events that change). */
  private final TextAnalyzer text;
  private ProvenanceIndex provenance;
  private EventClusterer clusterer;
  private final Map<String, Article> articles = new LinkedHashMap<>();
  /** The source each article joined the event of when it was clustered (a source clustered before it). */
  private final Map<String, Optional<String>> joined = new HashMap<>();
  private Map<String, ClusteredEvent> clustered = new LinkedHashMap<>();
  private Map<String, ClusteredStory> clusteredStories = new LinkedHashMap<>();
  private Map<String, Event> events = new LinkedHashMap<>();
  private final Map<String, List<TimelineEntry>> background = new HashMap<>();
  private Map<String, Story> stories = new LinkedHashMap<>();

  /**
   * What one {@link #add} changed.
   *
   * @param full true when every event changed: every event, story and article is listed, and
   *     whatever was stored before should be replaced
   * @param events new events and events whose content changed, in dossier order
   * @param restoried events whose only change is their story id (renumbered when stories merged);
   *     they are not in {@code events}
   * @param removedEvents ids of events that no longer exist (merged into others)
   * @param stories new and changed stories, in dossier order
   * @param removedStories ids of stories that no longer exist
   * @param articles the new articles and those whose {@code derived_from} changed, in input order
   */
  public record Delta(boolean full, List<Event> events, List<Event> restoried, List<String> removedEvents,
      List<Story> stories, List<String> removedStories, List<DossierArticle> articles) {
    public Delta {
      events = List.copyOf(events);
      restoried = List.copyOf(restoried);
      removedEvents = List.copyOf(removedEvents);
      stories = List.copyOf(stories);
      removedStories = List.copyOf(removedStories);
      articles = List.copyOf(articles);
    }
  }

  IncrementalAnalysis(Pipeline pipeline, List<Article> initial) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.text = pipeline.textAnalyzer().remembering(REMEMBERED_ARTICLES);
    rebuild(initial);
  }

  /** Number of articles analysed. */
  public int size() {
    return articles.size();
  }

  /** Whether an article with this id was added. */
  public boolean contains(String id) {
    return articles.containsKey(id);
  }

  /** The whole analysis; costs a pass over all articles, events and stories. */
  public Dossier dossier() {
    List<DossierArticle> out = new ArrayList<>(articles.size());
    for (String id : articles.keySet()) {
      out.add(dossierArticle(id));
    }
    List<String> ids = List.copyOf(articles.keySet());
    return new Dossier(out, List.copyOf(events.values()), List.copyOf(stories.values()),
        CopyGraph.of(ids, provenance::derivedFrom, ids));
  }

  /**
   * Adds {@code batch} after the articles already analysed, in order.
   *
   * @throws IllegalArgumentException when an id was already added or occurs twice in the batch; the
   *     analysis is then unchanged
   */
  public Delta add(List<Article> batch) {
    Set<String> ids = new HashSet<>();
    for (Article a : batch) {
      if (articles.containsKey(a.id()) || !ids.add(a.id())) {
        throw new IllegalArgumentException("article id '" + a.id() + "' (" + a.origin() + ") was already analysed");
      }
    }
    if (batch.isEmpty()) {
      return new Delta(false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
    List<String> changed = provenance.add(batch);
    boolean replay = false;
    for (String id : changed) {
      if (articles.containsKey(id) && !joined.get(id).equals(joinSource(id))) {
        replay = true; // a full analysis would have clustered this older article differently
        break;
      }
    }
    batch.forEach(a -> articles.put(a.id(), a));
    if (replay) {
      // cluster every article again in order (no provenance, entities or claims); the comparison
      // below still rewrites only the events that came out different
      clusterer = pipeline.newClusterer();
      joined.clear();
      cluster(List.copyOf(articles.values()));
    } else {
      cluster(batch);
    }
    Clustering snapshot = clusterer.snapshot();
    Set<String> derivationsChanged = new HashSet<>(changed);

    // events: reuse what did not change, recompute entities and claims only where members or their
    // derivations changed
    Map<String, List<Derivation>> shownBefore = new HashMap<>();
    Map<String, ClusteredEvent> nowClustered = new LinkedHashMap<>();
    Map<String, Event> nowEvents = new LinkedHashMap<>();
    List<Event> changedEvents = new ArrayList<>();
    List<Event> restoried = new ArrayList<>();
    Set<String> timelineChanged = new HashSet<>();
    Set<String> articlesToCheck = new HashSet<>(changed);
    for (ClusteredEvent ce : snapshot.events()) {
      nowClustered.put(ce.id(), ce);
      ClusteredEvent old = clustered.get(ce.id());
      Event oldEvent = events.get(ce.id());
      boolean sameMembers = old != null && old.articles().equals(ce.articles())
          && ce.articles().stream().noneMatch(derivationsChanged::contains);
      Event e;
      if (sameMembers && old.equals(ce)) {
        e = oldEvent;
      } else if (sameMembers && old.date().equals(ce.date())) {
        e = new Event(ce.id(), ce.title(), ce.date(), ce.endDate(), ce.location(), ce.story(), ce.articles(),
            oldEvent.entities(), oldEvent.claims(), oldEvent.summary(), oldEvent.copyGraph());
        if (!old.title().equals(ce.title()) || !old.endDate().equals(ce.endDate())
            || !old.location().equals(ce.location())) {
          changedEvents.add(e);
          timelineChanged.add(e.id());
        } else {
          restoried.add(e);
        }
      } else {
        for (String id : ce.articles()) {
          shownBefore.computeIfAbsent(id, this::shown);
        }
        e = analyseEvent(ce, sameMembers ? oldEvent : null);
        articlesToCheck.addAll(ce.articles());
        changedEvents.add(e);
        timelineChanged.add(e.id());
      }
      nowEvents.put(e.id(), e);
    }
    List<String> removedEvents = new ArrayList<>();
    for (String id : events.keySet()) {
      if (!nowEvents.containsKey(id)) {
        removedEvents.add(id);
        background.remove(id);
      }
    }
    clustered = nowClustered;
    events = nowEvents;

    // stories: recompute those whose events or whose events' timelines changed
    Map<String, ClusteredStory> nowStories = new LinkedHashMap<>();
    Map<String, Story> nowStoryObjects = new LinkedHashMap<>();
    List<Story> changedStories = new ArrayList<>();
    for (ClusteredStory cs : snapshot.stories()) {
      nowStories.put(cs.id(), cs);
      ClusteredStory old = clusteredStories.get(cs.id());
      Story s;
      if (old != null && old.equals(cs) && cs.events().stream().noneMatch(timelineChanged::contains)) {
        s = stories.get(cs.id());
      } else {
        s = story(cs);
        if (!s.equals(stories.get(cs.id()))) {
          changedStories.add(s);
        }
      }
      nowStoryObjects.put(s.id(), s);
    }
    List<String> removedStories = new ArrayList<>();
    for (String id : stories.keySet()) {
      if (!nowStoryObjects.containsKey(id)) {
        removedStories.add(id);
      }
    }
    clusteredStories = nowStories;
    stories = nowStoryObjects;

    // articles: the new ones and those whose shown derivations changed
    List<DossierArticle> changedArticles = new ArrayList<>();
    List<String> check = new ArrayList<>(articlesToCheck);
    check.sort((a, b) -> Integer.compare(provenance.position(a), provenance.position(b)));
    for (String id : check) {
      DossierArticle a = dossierArticle(id);
      // provenance-changed articles are listed whatever they show: their state before is gone
      if (ids.contains(id) || derivationsChanged.contains(id) || !a.derivedFrom().equals(shownBefore.get(id))) {
        changedArticles.add(a);
      }
    }
    if (changedEvents.size() == events.size() && removedEvents.isEmpty()) {
      return everything(); // nothing left unchanged: replacing everything is the cheaper write
    }
    return new Delta(false, changedEvents, restoried, removedEvents, changedStories, removedStories,
        changedArticles);
  }

  // ------------------------------------------------------------------------------------------------

  private void rebuild(List<Article> all) {
    articles.clear();
    joined.clear();
    background.clear();
    clustered = new LinkedHashMap<>();
    clusteredStories = new LinkedHashMap<>();
    events = new LinkedHashMap<>();
    stories = new LinkedHashMap<>();
    provenance = new ProvenanceIndex(pipeline.provenance());
    corroborator = pipeline.corroborator();
    clusterer = pipeline.newClusterer();
    provenance.add(all);
    all.forEach(a -> articles.put(a.id(), a));
    cluster(all);
    Clustering snapshot = clusterer.snapshot();
    for (ClusteredEvent ce : snapshot.events()) {
      clustered.put(ce.id(), ce);
      events.put(ce.id(), analyseEvent(ce, null));
    }
    for (ClusteredStory cs : snapshot.stories()) {
      clusteredStories.put(cs.id(), cs);
      stories.put(cs.id(), story(cs));
    }
  }

  private Delta everything() {
    Dossier d = dossier();
    return new Delta(true, d.events(), List.of(), List.of(), d.stories(), List.of(), d.articles());
  }

  private void cluster(List<Article> batch) {
    List<PreparedArticle> prepared = batch.parallelStream().map(clusterer::prepare).toList();
    for (PreparedArticle p : prepared) {
      String id = p.article().id();
      clusterer.add(p, Pipeline.clusterSource(provenance.sourcesOf(id)));
      joined.put(id, joinSource(id));
    }
  }

  /** The clustering source that takes effect for {@code id}: one clustered before it, else none. */
  private Optional<String> joinSource(String id) {
    int own = provenance.position(id);
    return Pipeline.clusterSource(provenance.sourcesOf(id)).filter(s -> provenance.position(s) < own);
  }

  /**
   * Entities (reused from {@code same} when its members are the same), copy graph, claims and
   * summary of one event, as {@link Pipeline#analyse} assembles them; records the claim stage's
   * estimated derivations and background facts.
   */
  private Event analyseEvent(ClusteredEvent ce, Event same) {
    List<AnalyzedArticle> members = ce.articles().stream().map(articles::get).filter(Objects::nonNull)
        .map(text::analyze).toList();
    Event base = Pipeline.unclaimedEvent(ce, same != null ? same.entities() : Pipeline.entitiesOf(members),
        provenance.copyGraph(ce.articles()));
    EventClaims.Outcome c = EventClaims.of(base, members, provenance::derivedFrom, corroborator);
    if (members.isEmpty()) {
      background.remove(ce.id());
    } else {
      background.put(ce.id(), c.background());
    }
    return c.event();
  }

  private Story story(ClusteredStory cs) {
    Story s = new Story(cs.id(), cs.title(), cs.events());
    return new Story(s.id(), s.title(), s.events(), ClaimStage.timeline(s, events, articles::get, background));
  }

  private List<Derivation> shown(String id) {
    return dossierArticle(id).derivedFrom();
  }

  private DossierArticle dossierArticle(String id) {
    Article a = articles.get(id);
    return Pipeline.dossierArticle(a, provenance.derivedFrom(id));
  }
}
