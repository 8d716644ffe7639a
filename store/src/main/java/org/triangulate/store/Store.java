package org.triangulate.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.triangulate.article.Article;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.CopyGraph;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.EntityRef;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.dossier.SummarySentence;
import org.triangulate.index.Embedder;
import org.triangulate.index.Hit;
import org.triangulate.index.IndexDoc;
import org.triangulate.index.SearchIndex;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.ingest.RawDocument;
import org.triangulate.pipeline.IncrementalAnalysis;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;

/**
 * Front door of the store: a directory holding {@code store.db} (SQLite, the source of truth) and
 * {@code index/} (Lucene, derived), fed through the {@link Pipeline}.
 *
 * <p><b>Incremental and idempotent.</b> {@link #ingest} cleans the inputs and stores each article
 * in its own transaction (same id and content: unchanged; same origin, new content: updated; an id
 * already used by another input: stored as {@code id~N}). Then the analysis catches up in one
 * transaction: new articles go through an {@link IncrementalAnalysis} kept in memory, and only the
 * events, stories, claims and derivations they changed are rewritten (the result equals a full
 * re-analysis of all articles in storage order). The first analysis in a process, an updated article,
 * or {@link #reanalyse()} analyses every article again and replaces the analysis tables. Then the index
 * catches up, re-indexing only the changed events.
 *
 * <p><b>Crash safety.</b> An article reported to {@link StoreListener#onStored} is committed (WAL,
 * {@code synchronous=FULL}) and survives {@code kill -9}. A crash between storing and re-analysing
 * leaves the analysis marked stale, and a crash before the index commit leaves the index behind its
 * checkpoint; {@link #open} repairs both (re-analysis from SQLite, index catch-up or rebuild).
 *
 * <p>Memory: the incremental analysis keeps every article, its provenance fingerprint and the
 * clusterer's state in memory for the life of the store object (the heap column of the
 * {@code incremental} benchmark).
 *
 * <p>Thread-safe: reads run concurrently on a connection pool; ingests are serialised. One process
 * per store directory (the index lock enforces it).
 */
public final class Store implements AutoCloseable {
  private final Path dir;
  private final Database db;
  private final SearchIndex index;
  private final Pipeline pipeline;
  private final Object writeLock = new Object();
  private final Recovery recovery;
  /** The analysis kept in memory for incremental ingests; null until the first analysis in this process. */
  private IncrementalAnalysis session;
  /** The article generation {@link #session} reflects. */
  private long sessionGen = -1;
  /** Analyses done through the live {@link #session} since open, whatever their write (for tests). */
  private int incrementalAnalyses;

  /** What {@link #open} had to repair; all false for a store closed cleanly. */
  public record Recovery(boolean reanalysed, boolean indexRebuilt, boolean indexCaughtUp) {}

  private Store(Path dir, Database db, SearchIndex index, Pipeline pipeline, boolean indexRecreated) {
    this.dir = dir;
    this.db = db;
    this.index = index;
    this.pipeline = pipeline;
    boolean reanalysed = false;
    Database.Gens g = db.gens();
    if (g.analysed() < g.article()) {
      analyse(true);
      reanalysed = true;
    }
    IndexSync sync = syncIndex(null);
    this.recovery = new Recovery(reanalysed, indexRecreated || sync == IndexSync.REBUILT, sync == IndexSync.CAUGHT_UP);
  }

  /** Opens or creates the store in {@code dir} with default settings and the default pipeline. */
  public static Store open(Path dir) {
    return open(dir, StoreSettings.DEFAULTS, Pipeline.withDefaults());
  }

  /**
   * Opens or creates the store in {@code dir}, repairing what a crash left behind (see class doc).
   *
   * @throws StoreException if the directory cannot be created, the database is not a store of this
   *     version, or another process has the store open
   */
  public static Store open(Path dir, StoreSettings settings, Pipeline pipeline) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(pipeline, "pipeline");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
    }
    Database db = Database.open(dir.resolve("store.db"), settings);
    SearchIndex index;
    try {
      Embedder embedder = settings.semanticSearch() ? Embedder.miniLm() : Embedder.hashing(64);
      index = SearchIndex.open(dir.resolve("index"), embedder);
    } catch (RuntimeException e) {
      db.close();
      throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
    }
    try {
      return new Store(dir, db, index, pipeline, index.recreated());
    } catch (RuntimeException e) {
      index.close();
      db.close();
      throw e instanceof StoreException se ? se : new StoreException("cannot open store " + dir + ": " + e, e);
    }
  }

  public Path directory() {
    return dir;
  }

  /** What opening this store repaired. */
  public Recovery recovery() {
    return recovery;
  }

  // ------------------------------------------------------------------ ingest

  /** Reads, cleans and stores {@code inputs} (files, directories, {@code -}), then re-analyses if anything changed. */
  public IngestReport ingest(List<Path> inputs, StoreListener listener) {
    return ingest(l -> pipeline.clean(inputs, l), listener);
  }

  /** Like {@link #ingest} for documents already read (e.g. posted to the API). */
  public IngestReport ingestDocuments(List<RawDocument> documents, StoreListener listener) {
    return ingest(l -> pipeline.cleanDocuments(documents, l), listener);
  }

  private IngestReport ingest(Function<PipelineListener, Pipeline.Cleaned> clean, StoreListener listener) {
    Objects.requireNonNull(listener, "listener");
    synchronized (writeLock) {
      List<StoredArticle> stored = new ArrayList<>();
      List<IngestProblem> problems = new ArrayList<>();
      List<StoreException> failures = new ArrayList<>();
      clean.apply(new PipelineListener() {
        @Override
        public void onArticle(Article article) {
          if (!failures.isEmpty()) {
            return;
          }
          try {
            StoredArticle s = db.put(article);
            stored.add(s);
            listener.onStored(s);
          } catch (StoreException e) {
            failures.add(e);
          }
        }

        @Override
        public void onProblem(IngestProblem problem) {
          problems.add(problem);
          listener.onProblem(problem);
        }
      });
      if (!failures.isEmpty()) {
        throw failures.get(0);
      }
      Database.Gens g = db.gens();
      boolean reanalyse = g.analysed() < g.article();
      IncrementalAnalysis.Delta delta = null;
      if (reanalyse) {
        listener.onPhase("analysis");
        delta = analyse(false);
      }
      listener.onPhase("index");
      syncIndex(delta);
      return new IngestReport(stored, problems, reanalyse, db.count("articles"), db.count("events"));
    }
  }

  /**
   * Recomputes events, stories and claims of every stored article from scratch (recovery, or after the
   * pipeline's settings changed) and catches the index up.
   */
  public void reanalyse() {
    synchronized (writeLock) {
      analyse(true);
      syncIndex(null);
    }
  }

  /**
   * Brings the analysis up to the stored articles. Incremental when this process's {@link
   * IncrementalAnalysis} reflects the stored analysis and only new articles were stored since: only the
   * changed rows are written. Otherwise (first analysis in this process, an updated article, a
   * {@code full} request) every article is analysed again and the analysis tables replaced; that
   * analysis is kept for the next ingest. Either way one transaction, which also records the article
   * generation the analysis reflects (see {@link Schema}).
   *
   * @return what changed, or null when everything was replaced
   */
  private IncrementalAnalysis.Delta analyse(boolean full) {
    Database.Gens g = db.gens();
    if (!full && session != null && sessionGen == g.analysed()) {
      List<Article> fresh = db.articlesSince(g.analysed());
      if (fresh.stream().noneMatch(a -> session.contains(a.id()))) {
        try {
          IncrementalAnalysis.Delta delta = session.add(fresh);
          if (delta.full()) {
            db.replaceAnalysis(session.dossier(), g.article());
          } else {
            db.applyAnalysis(delta, g.article());
          }
          sessionGen = g.article();
          incrementalAnalyses++;
          return delta.full() ? null : delta;
        } catch (RuntimeException e) {
          session = null; // ahead of the database now: start over next time
          throw e;
        }
      }
    }
    session = null;
    IncrementalAnalysis s = pipeline.incremental(db.articlesSince(0));
    db.replaceAnalysis(s.dossier(), g.article());
    session = s;
    sessionGen = g.article();
    return null;
  }

  int incrementalAnalyses() {
    synchronized (writeLock) {
      return incrementalAnalyses;
    }
  }

  /**
   * Replaces the analysis with one computed elsewhere (tests of the API and UI use this to show rich
   * dossiers independent of the pipeline's current state). Ids must refer to stored articles; the next
   * ingest that changes anything recomputes the analysis from the pipeline again.
   */
  void replaceAnalysis(Dossier dossier) {
    synchronized (writeLock) {
      session = null;
      db.replaceAnalysis(dossier, db.gens().article());
      syncIndex(null);
    }
  }

  private enum IndexSync { CURRENT, CAUGHT_UP, REBUILT }

  /**
   * Brings the index up to the database: changed articles, and the events when the analysis changed:
   * only those in {@code delta} when the index was current with the analysis before it, else all.
   */
  private IndexSync syncIndex(IncrementalAnalysis.Delta delta) {
    synchronized (writeLock) {
      Map<String, String> cp = index.checkpoint();
      Database.Gens g = db.gens();
      String storeId = db.storeId();
      long articleGen = number(cp.get("article_gen"));
      long analysisGen = number(cp.get("analysis_gen"));
      boolean rebuild = cp.isEmpty() || !storeId.equals(cp.get("store_id")) || articleGen < 0 || analysisGen < 0
          || articleGen > g.article() || analysisGen > g.analysis();
      if (!rebuild && articleGen == g.article() && analysisGen == g.analysis()) {
        return IndexSync.CURRENT;
      }
      List<IndexDoc> docs = new ArrayList<>();
      Set<IndexDoc.Kind> clear = EnumSet.noneOf(IndexDoc.Kind.class);
      List<String> deletedEvents = List.of();
      if (rebuild) {
        clear.addAll(EnumSet.allOf(IndexDoc.Kind.class));
      }
      for (Article a : db.articlesSince(rebuild ? 0 : articleGen)) {
        docs.add(new IndexDoc(IndexDoc.Kind.ARTICLE, a.id(), a.title(), a.body()));
      }
      if (!rebuild && delta != null && analysisGen == g.analysis() - 1) {
        for (Event e : delta.events()) {
          docs.add(new IndexDoc(IndexDoc.Kind.EVENT, e.id(), e.title(), eventText(e)));
        }
        deletedEvents = delta.removedEvents();
      } else if (rebuild || analysisGen != g.analysis()) {
        clear.add(IndexDoc.Kind.EVENT);
        for (Event e : db.events(null)) {
          docs.add(new IndexDoc(IndexDoc.Kind.EVENT, e.id(), e.title(), eventText(e)));
        }
      }
      index.apply(docs, clear, Map.of(IndexDoc.Kind.EVENT, deletedEvents), Map.of("article_gen",
          Long.toString(g.article()), "analysis_gen", Long.toString(g.analysis()), "store_id", storeId));
      return rebuild ? IndexSync.REBUILT : IndexSync.CAUGHT_UP;
    }
  }

  private static long number(String s) {
    try {
      return s == null ? -1 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String eventText(Event e) {
    StringBuilder sb = new StringBuilder();
    e.location().ifPresent(l -> sb.append(l).append('\n'));
    for (SummarySentence s : e.summary()) {
      sb.append(s.text()).append('\n');
    }
    for (Claim c : e.claims()) {
      sb.append(c.text()).append('\n');
    }
    for (EntityRef x : e.entities()) {
      sb.append(x.name()).append(' ').append(x.role().orElse("")).append('\n');
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ reads

  /** Articles without bodies, newest publication first. */
  public List<ArticleSummary> articles(int offset, int limit) {
    return db.articleSummaries(offset, limit);
  }

  public Optional<DossierArticle> article(String id) {
    return db.dossierArticles(List.of(id)).stream().findFirst();
  }

  /** Events, latest first. */
  public List<EventSummary> events() {
    return db.eventSummaries(null);
  }

  public Optional<Event> event(String id) {
    return db.events(List.of(id)).stream().findFirst();
  }

  public List<Story> stories() {
    return db.stories(null);
  }

  public Optional<Story> story(String id) {
    return db.stories(id).stream().findFirst();
  }

  /** Claims across events, filtered by status and/or a case-insensitive substring; at most {@code limit}. */
  public List<ClaimRow> claims(Optional<Claim.Status> status, Optional<String> text, int limit) {
    return db.claims(status, text, 0, limit);
  }

  /** Like {@link #claims(Optional, Optional, int)}, skipping the first {@code offset} matches. */
  public List<ClaimRow> claims(Optional<Claim.Status> status, Optional<String> text, int offset, int limit) {
    return db.claims(status, text, offset, limit);
  }

  /** How many claims {@link #claims} finds without a limit. */
  public int claimCount(Optional<Claim.Status> status, Optional<String> text) {
    return db.claimCount(status, text);
  }

  /** The events an article reports, latest first (as {@link #events()} lists them). */
  public List<EventSummary> eventsOf(String articleId) {
    return db.eventSummaries(Objects.requireNonNull(articleId, "articleId"));
  }

  /** The whole store as one dossier (the same JSON contract as {@code triangulate analyze}). */
  public Dossier dossier() {
    List<DossierArticle> articles = db.dossierArticles(null);
    return new Dossier(articles, db.events(null), db.stories(null), CopyGraph.of(articles));
  }

  /**
   * The dossier of one event: the event and the other events of its story arc (for the timeline),
   * the story, and the event's articles plus the articles they derive from (for the copy graph).
   */
  public Optional<Dossier> eventDossier(String eventId) {
    Optional<Event> event = event(eventId);
    if (event.isEmpty()) {
      return Optional.empty();
    }
    Event e = event.get();
    List<Story> story = db.stories(e.story());
    List<String> eventIds = story.isEmpty() ? List.of(e.id()) : story.get(0).events();
    List<Event> events = db.events(eventIds.contains(e.id()) ? eventIds
        : java.util.stream.Stream.concat(eventIds.stream(), java.util.stream.Stream.of(e.id())).toList());
    Set<String> ids = new LinkedHashSet<>(e.articles());
    List<DossierArticle> direct = db.dossierArticles(List.copyOf(ids));
    for (DossierArticle a : direct) {
      a.derivedFrom().stream().map(Derivation::id).forEach(ids::add);
    }
    List<DossierArticle> articles = ids.size() == direct.size() ? direct : db.dossierArticles(List.copyOf(ids));
    return Optional.of(new Dossier(articles, events, story));
  }

  /** How to match a search query. */
  public enum SearchMode {
    /** BM25 over analysed words. */
    TEXT,
    /** Nearest neighbours of the query's embedding. */
    SEMANTIC
  }

  /** Searches articles or events; best first, at most {@code limit}. */
  public List<Hit> search(String query, IndexDoc.Kind kind, SearchMode mode, int limit) {
    Objects.requireNonNull(query, "query");
    return switch (mode) {
      case TEXT -> index.search(query, Optional.of(kind), limit);
      case SEMANTIC -> query.isBlank() ? List.of() : index.nearest(query, Optional.of(kind), limit);
    };
  }

  /** How many items {@link #search} finds without a limit (for the total of a paged search). */
  public int searchCount(String query, IndexDoc.Kind kind, SearchMode mode) {
    Objects.requireNonNull(query, "query");
    return switch (mode) {
      case TEXT -> index.count(query, Optional.of(kind));
      case SEMANTIC -> query.isBlank() ? 0 : index.countNearest(query, Optional.of(kind));
    };
  }

  /** Counts of stored items, for status pages. */
  public record Stats(int articles, int events, int claims, int stories) {}

  public Stats stats() {
    return new Stats(db.count("articles"), db.count("events"), db.count("claims"), db.count("stories"));
  }

  /**
   * Consistency check: SQLite integrity, references between tables, analysis up to date, and the
   * index holding exactly the stored articles and events. Empty when everything is sound.
   */
  public List<String> check() {
    synchronized (writeLock) {
      List<String> problems = new ArrayList<>(db.check());
      Database.Gens g = db.gens();
      if (g.analysed() != g.article()) {
        problems.add("analysis is stale: articles at gen " + g.article() + ", analysis of gen " + g.analysed());
      }
      Set<String> articles = new java.util.HashSet<>(db.articleIds());
      Set<String> indexed = index.ids(IndexDoc.Kind.ARTICLE);
      if (!articles.equals(indexed)) {
        problems.add("index has " + indexed.size() + " articles, store " + articles.size());
      }
      Set<String> events = new java.util.HashSet<>(db.events(null).stream().map(Event::id).toList());
      Set<String> indexedEvents = index.ids(IndexDoc.Kind.EVENT);
      if (!events.equals(indexedEvents)) {
        problems.add("index has " + indexedEvents.size() + " events, store " + events.size());
      }
      return problems;
    }
  }

  /** Closes the index without committing (nothing is pending after an ingest) and the database. */
  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        index.close();
      } finally {
        db.close();
      }
    }
  }
}
