package org.triangulate.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.triangulate.article.Article;
import org.triangulate.claim.Corroborator;
import org.triangulate.cluster.ClusteredEvent;
import org.triangulate.cluster.ClusteredStory;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.EventClusterer;
import org.triangulate.cluster.PreparedArticle;
import org.triangulate.dedup.ProvenanceLink;
import org.triangulate.dedup.Provenance;
import org.triangulate.dedup.ProvenanceReport;
import org.triangulate.dossier.CopyGraph;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.EntityRef;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.entity.Entity;
import org.triangulate.entity.EntityExtractor;
import org.triangulate.extract.ExtractionException;
import org.triangulate.ingest.IngestListener;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.RawDocument;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.text.SentenceEncoder;
import org.triangulate.text.TextAnalyzer;
import org.triangulate.text.TextSettings;
import org.triangulate.time.TemporalTagger;

/**
 * Front door of the whole pipeline: inputs in, {@link Dossier} out.
 *
 * <p>Stages: ingest, clean, provenance (who copied whom, {@link Provenance}), events and story arcs
 * ({@link EventClusterer}), assembly of the dossier with entities, then claims and corroboration per
 * event ({@link Corroborator}). A bad input is reported through the
 * {@link PipelineListener} and skipped; the rest of the batch goes on. Reading the same article twice
 * (same id and same content) keeps it once, so re-running over overlapping inputs is idempotent; two
 * different documents that share a file name keep both, the second with a suffix.
 */
public final class Pipeline {
  private final Ingestor ingestor;
  private final ArticleExtractor extractor;
  private final Provenance provenance;
  private final Supplier<EventClusterer> clusterers;
  private final EntityExtractor entities;
  /** The text layer: every article is analysed once, and every stage reads that analysis. */
  private final TextAnalyzer text;
  private final Corroborator corroborator;
  /** Null: one online clusterer from {@link #clusterers} over the whole stream. */
  private final @Nullable EventGrouping grouping;
  /** Null: the claim stage's per-event work runs here, event after event. */
  private final @Nullable ClaimRunner claimRunner;

  /**
   * @param clusterers makes one fresh {@link EventClusterer} per run (a clusterer keeps the articles
   *     it saw, so runs must not share one)
   * @param entities finds the people, organisations, places and groups of each event; the claim stage
   *     reads names with the same extractor
   */
  public Pipeline(Ingestor ingestor, ArticleExtractor extractor, Provenance provenance,
      Supplier<EventClusterer> clusterers, EntityExtractor entities) {
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.clusterers = Objects.requireNonNull(clusterers, "clusterers");
    this.entities = Objects.requireNonNull(entities, "entities");
    this.text = new TextAnalyzer(TextSettings.DEFAULTS.withoutEmbeddings(), TemporalTagger.withDefaults(), entities,
        null);
    this.corroborator = Corroborator.withDefaults();
    this.grouping = null;
    this.claimRunner = null;
  }

  private Pipeline(Pipeline p, TextAnalyzer text, @Nullable EventGrouping grouping, @Nullable ClaimRunner claimRunner) {
    this.ingestor = p.ingestor;
    this.extractor = p.extractor;
    this.provenance = p.provenance;
    this.clusterers = p.clusterers;
    this.entities = p.entities;
    this.text = text;
    this.corroborator = p.corroborator;
    this.grouping = grouping;
    this.claimRunner = claimRunner;
  }

  /**
   * This pipeline with {@code text} as its text layer (e.g. with sentence vectors from another encoder,
   * or none). The pipelines made by the constructors analyse text without sentence vectors;
   * {@link #withDefaults()} with MiniLM's.
   */
  public Pipeline withTextAnalyzer(TextAnalyzer text) {
    return new Pipeline(this, Objects.requireNonNull(text, "text"), grouping, claimRunner);
  }

  /** The text layer every stage reads. */
  public TextAnalyzer textAnalyzer() {
    return text;
  }

  /**
   * This pipeline with events and stories formed by {@code grouping} instead of one online clusterer,
   * e.g. {@code WindowedClustering.withDefaults()::cluster}, the per-time-window clustering the Spark
   * job distributes. Every other stage is unchanged.
   */
  public Pipeline withEventGrouping(EventGrouping grouping) {
    return new Pipeline(this, text, Objects.requireNonNull(grouping, "grouping"), claimRunner);
  }

  /**
   * This pipeline with the claim stage's per-event work ({@link EventClaims#of}) computed by
   * {@code runner}, e.g. on a cluster; the outcomes are assembled here as always. To give the same
   * dossier a runner computes with {@link Corroborator#withDefaults()} on the same analysed articles.
   */
  public Pipeline withClaimRunner(ClaimRunner runner) {
    return new Pipeline(this, text, grouping, Objects.requireNonNull(runner, "runner"));
  }

  /** With {@link EventClusterer#withDefaults()} and {@link EntityExtractor#withDefaults()}. */
  public Pipeline(Ingestor ingestor, ArticleExtractor extractor, Provenance provenance) {
    this(ingestor, extractor, provenance, EventClusterer::withDefaults, EntityExtractor.withDefaults());
  }

  /** Every stage with its defaults; provenance uses in-process sentence embeddings. */
  public static Pipeline withDefaults() {
    Pipeline p = new Pipeline(Ingestor.withDefaults(), ArticleExtractor.withDefaults(), Provenance.withDefaults());
    return p.withTextAnalyzer(new TextAnalyzer(TextSettings.DEFAULTS, TemporalTagger.withDefaults(), p.entities,
        SentenceEncoder.miniLm()));
  }

  /** What one run produced. {@code articles} are the cleaned articles in input order. */
  public record Result(Dossier dossier, List<Article> articles, List<IngestProblem> problems,
      ProvenanceReport provenance) {
    public Result {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
      Objects.requireNonNull(provenance, "provenance");
    }
  }

  /** Reads, cleans and analyses {@code inputs} (files, directories, or {@code -} for stdin). */
  public Result run(List<Path> inputs, PipelineListener listener) {
    Collector collector = new Collector(listener);
    ingestor.ingest(inputs, collector);
    return analyse(collector.articles, collector.problems, listener);
  }

  /** Cleans and analyses documents already read. */
  public Result runDocuments(List<RawDocument> documents, PipelineListener listener) {
    Collector collector = new Collector(listener);
    documents.forEach(collector::onDocument);
    return analyse(collector.articles, collector.problems, listener);
  }

  /** What reading and cleaning produced: the articles in input order, and the inputs that failed. */
  public record Cleaned(List<Article> articles, List<IngestProblem> problems) {
    public Cleaned {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }
  }

  /** Reads and cleans {@code inputs} like {@link #run} without analysing them (for a store that analyses itself). */
  public Cleaned clean(List<Path> inputs, PipelineListener listener) {
    Collector collector = new Collector(listener);
    ingestor.ingest(inputs, collector);
    return new Cleaned(collector.articles, collector.problems);
  }

  /** Cleans documents already read, like {@link #runDocuments} without analysing them. */
  public Cleaned cleanDocuments(List<RawDocument> documents, PipelineListener listener) {
    Collector collector = new Collector(listener);
    documents.forEach(collector::onDocument);
    return new Cleaned(collector.articles, collector.problems);
  }

  /** Analyses articles already cleaned: provenance, events, stories, dossier. */
  public Result analyse(List<Article> articles, List<IngestProblem> problems, PipelineListener listener) {
    listener.onStage("text", articles.size());
    List<AnalyzedArticle> analyzed = text.analyzeAll(articles);
    listener.onStage("provenance", articles.size());
    ProvenanceReport provenance = this.provenance.analyse(articles);
    listener.onStage("events", articles.size());
    Clustering clustering = cluster(articles, provenance);
    listener.onStage("dossier", articles.size());
    Dossier dossier = assemble(analyzed, provenance, clustering);
    listener.onStage("claims", dossier.events().size());
    dossier = claimRunner == null
        ? ClaimStage.apply(dossier, analyzed, provenance, corroborator)
        : ClaimStage.assemble(dossier, analyzed, claimRunner.run(dossier.events(), analyzed, provenance));
    return new Result(dossier, articles, problems, provenance);
  }

  /**
   * Events and stories, articles added in input order. A copy, near-duplicate or paraphrase joins the
   * event of its source (the strongest link) without being scored; partial reuse does not, since an
   * article that reuses a paragraph may report something else.
   */
  private Clustering cluster(List<Article> articles, ProvenanceReport provenance) {
    if (grouping != null) {
      return grouping.group(articles, id -> sourceOf(provenance, id));
    }
    EventClusterer clusterer = clusterers.get();
    List<PreparedArticle> prepared = articles.parallelStream().map(clusterer::prepare).toList();
    for (PreparedArticle p : prepared) {
      clusterer.add(p, sourceOf(provenance, p.article().id()));
    }
    return clusterer.snapshot();
  }

  /** The strongest copy, near-duplicate or paraphrase link's source; partial reuse does not count. */
  private static Optional<String> sourceOf(ProvenanceReport provenance, String id) {
    return clusterSource(provenance.sourcesOf(id));
  }

  /** The source an article joins the event of: its strongest link other than partial reuse. */
  static Optional<String> clusterSource(List<ProvenanceLink> sources) {
    return sources.stream()
        .filter(l -> l.relation() != Derivation.Relation.PARTIAL)
        .map(ProvenanceLink::source)
        .findFirst();
  }

  /**
   * Starts an incremental analysis of {@code articles} (in the order a full {@link #analyse} would
   * take them); costs about as much as {@link #analyse}. Articles added to it later cost only what
   * they change, and its dossier always equals {@link #analyse} of all its articles in order.
   * Claims are computed in this process even with a {@link #withClaimRunner claim runner}.
   *
   * @throws UnsupportedOperationException for a pipeline {@link #withEventGrouping with an event grouping}
   *     (only the online clusterer is incremental)
   */
  public IncrementalAnalysis incremental(List<Article> articles) {
    if (grouping != null) {
      throw new UnsupportedOperationException("an incremental analysis needs the online clusterer, not an event grouping");
    }
    return new IncrementalAnalysis(this, articles);
  }

  Provenance provenance() {
    return provenance;
  }

  EventClusterer newClusterer() {
    return clusterers.get();
  }

  Corroborator corroborator() {
    return corroborator;
  }

  private Dossier assemble(List<AnalyzedArticle> articles, ProvenanceReport provenance, Clustering clustering) {
    List<DossierArticle> out = new ArrayList<>();
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      byId.put(a.id(), a);
      out.add(dossierArticle(a.article(), provenance.derivedFrom(a.id())));
    }
    List<Event> events = new ArrayList<>();
    for (ClusteredEvent e : clustering.events()) {
      List<AnalyzedArticle> members = e.articles().stream().map(byId::get).filter(Objects::nonNull).toList();
      events.add(unclaimedEvent(e, entitiesOf(members), provenance.copyGraph(e.articles())));
    }
    List<Story> stories = new ArrayList<>();
    for (ClusteredStory s : clustering.stories()) {
      stories.add(new Story(s.id(), s.title(), s.events()));
    }
    return new Dossier(out, events, stories, provenance.copyGraph());
  }

  /** An article as the dossier shows it, with the derivations provenance found. */
  static DossierArticle dossierArticle(Article a, List<Derivation> derivedFrom) {
    return new DossierArticle(a.id(), a.title(), a.outlet(), a.published(), a.byline(), a.body(),
        derivedFrom, a.origin(), a.url(), a.dateline(), a.removed());
  }

  /** A clustered event as the dossier shows it before the claim stage: no claims, no summary yet. */
  static Event unclaimedEvent(ClusteredEvent e, List<EntityRef> entities, CopyGraph copyGraph) {
    return new Event(e.id(), e.title(), e.date(), e.endDate(), e.location(), e.story(), e.articles(),
        entities, List.of(), List.of(), copyGraph);
  }

  /**
   * The people, organisations, places and groups of an event: those the text layer found in each
   * article (title and body), merged across the articles by name variant, most mentioned first.
   */
  static List<EntityRef> entitiesOf(List<AnalyzedArticle> eventArticles) {
    List<Entity> found = new ArrayList<>();
    for (AnalyzedArticle a : eventArticles) {
      found.addAll(a.entities());
    }
    List<Entity> merged = new ArrayList<>(EntityExtractor.merge(found));
    merged.sort(java.util.Comparator.comparingInt((Entity e) -> -e.mentions().size()));
    List<EntityRef> refs = new ArrayList<>(merged.size());
    for (Entity e : merged) {
      refs.add(new EntityRef(e.name(), e.type().name(), e.role()));
    }
    return refs;
  }

  /** Cleans documents as they arrive, keeping ids unique and repeats out. */
  private final class Collector implements IngestListener {
    private final PipelineListener listener;
    /** id -> digests of the distinct contents seen under that id, in arrival order. */
    private final Map<String, List<String>> digestsById = new HashMap<>();
    final List<Article> articles = new ArrayList<>();
    final List<IngestProblem> problems = new ArrayList<>();

    Collector(PipelineListener listener) {
      this.listener = listener;
    }

    @Override
    public void onDocument(RawDocument document) {
      String digest = document.contentDigest();
      List<String> digests = digestsById.computeIfAbsent(document.id(), k -> new ArrayList<>());
      if (digests.contains(digest)) {
        return; // the same article again: idempotent
      }
      digests.add(digest);
      RawDocument doc = document;
      if (digests.size() > 1) {
        doc = new RawDocument(doc.id() + "~" + digests.size(), doc.origin(), doc.format(), doc.html(),
            doc.content(), doc.url(), doc.hints());
      }
      try {
        Article a = extractor.extract(doc);
        articles.add(a);
        listener.onArticle(a);
      } catch (ExtractionException e) {
        onProblem(new IngestProblem(doc.origin(), "no article text found after cleaning"));
      } catch (RuntimeException e) {
        onProblem(new IngestProblem(doc.origin(), "cannot clean: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      }
    }

    @Override
    public void onProblem(IngestProblem problem) {
      problems.add(problem);
      listener.onProblem(problem);
    }
  }
}
