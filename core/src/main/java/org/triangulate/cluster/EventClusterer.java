package org.triangulate.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.article.Article;
import org.triangulate.dedup.SentenceEmbedder;

/**
 * Online clustering of articles into real-world events, and of events into story arcs.
 *
 * <p>Articles are {@link #add added} one at a time in stream order. Each one either joins the best
 * existing event or starts a new one; it is never moved later, except that two events may be merged
 * when an article makes them indistinguishable ({@link ClusterSettings#mergeThreshold()}). The score
 * combines TF-IDF, entity (names and the numbers written in the text) and embedding similarity with a
 * time factor that keeps the same kind of incident on different days apart (see {@link ClusterSettings});
 * an article without a publication date is, by default, compared by content alone. An article that copies another
 * already clustered ("copies collapse onto their source first") joins its source's event without
 * being scored and without counting twice in the event's features.
 *
 * <p>Cost: candidates come from an inverted index over each event's top terms and entities, scanning
 * a bounded number of recent postings per term, so adding an article costs about the same against
 * 100k stored articles as against 1k; nothing is ever compared all-pairs. Story arcs are linked when
 * an event is created or gets its first few articles: the event is compared, without the time factor,
 * with the candidate events of other stories, and stories whose events score at least
 * {@link ClusterSettings#storyThreshold()} are joined (stories only ever merge).
 *
 * <p>Not thread-safe: one thread adds. {@link #prepare} (the expensive part, with embeddings) is
 * thread-safe and may run ahead on other threads.
 */
public final class EventClusterer {
  /**
   * Characters of headline and body that are embedded: about 256 word pieces of English news, the
   * length MiniLM was trained on. The lead names the event, and the cost per article stays bounded.
   */
  static final int EMBEDDED_CHARS = 1000;

  /** Story links are re-examined while an event has at most this many feature-bearing articles. */
  private static final int STORY_RECHECK_ARTICLES = 3;

  private final ClusterSettings settings;
  private final DateSource dates;
  private final EntitySource entitySource;
  private final @Nullable SentenceEmbedder embedder;

  private final Vocabulary termVocabulary = new Vocabulary();
  private final Vocabulary entityVocabulary = new Vocabulary();
  private final Postings termPostings = new Postings();
  private final Postings entityPostings = new Postings();
  private final List<EventCluster> events = new ArrayList<>();
  private int[] mergedInto = new int[64];
  private int[] storyParent = new int[64];
  private final Map<String, Integer> eventOfArticle = new HashMap<>();

  private EventClusterer(Builder b) {
    this.settings = b.settings;
    this.dates = b.dates;
    this.entitySource = b.entities;
    this.embedder = b.embedder;
  }

  /** Starts with lexical features and publication dates only; no text dates, no embeddings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Default settings, dates from the {@link org.triangulate.time.TemporalTagger}, capitalised-phrase
   * entities and the shared MiniLM {@link SentenceEmbedder#miniLm()} (which caches by text: the cache
   * holds up to 200,000 leads of {@value #EMBEDDED_CHARS} characters).
   */
  public static EventClusterer withDefaults() {
    return builder().dates(DateSource.temporal()).embedder(SentenceEmbedder.miniLm()).build();
  }

  /** Configures an {@link EventClusterer}. */
  public static final class Builder {
    private ClusterSettings settings = ClusterSettings.DEFAULTS;
    private DateSource dates = DateSource.NONE;
    private EntitySource entities = EntitySource.lexical();
    private @Nullable SentenceEmbedder embedder;

    private Builder() {}

    public Builder settings(ClusterSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** Where dates in the text come from; default none (publication dates only). */
    public Builder dates(DateSource dates) {
      this.dates = Objects.requireNonNull(dates, "dates");
      return this;
    }

    /** Where entities come from; default {@link EntitySource#lexical()}. */
    public Builder entities(EntitySource entities) {
      this.entities = Objects.requireNonNull(entities, "entities");
      return this;
    }

    /** Adds embedding similarity; without one the embedding weight is ignored. */
    public Builder embedder(@Nullable SentenceEmbedder embedder) {
      this.embedder = embedder;
      return this;
    }

    public EventClusterer build() {
      return new EventClusterer(this);
    }
  }

  public ClusterSettings settings() {
    return settings;
  }

  /** Computes the features of {@code article}; thread-safe, touches no clusterer state. */
  public PreparedArticle prepare(Article article) {
    Objects.requireNonNull(article, "article");
    List<String> title = Terms.of(article.title());
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < settings.titleRepeat(); i++) {
      terms.addAll(title);
    }
    terms.addAll(Terms.of(article.body()));
    List<String> keys = new ArrayList<>();
    Map<String, Integer> locations = new LinkedHashMap<>();
    for (EntitySource.Entity e : entitySource.entities(article)) {
      keys.add(e.key());
      if (e.type() == EntitySource.Type.LOCATION) {
        locations.merge(e.name().strip(), 1, Integer::sum);
      }
    }
    if (settings.numberTokens()) {
      keys.addAll(numbers(article.title() + "\n" + article.body()));
    }
    DayVotes votes = DayVotes.of(article, dates.mentions(article), settings);
    float[] emb = null;
    if (embedder != null) {
      emb = unit(embedder.embed(embeddedText(article)));
    }
    return new PreparedArticle(article, terms, title, keys, locations, votes, emb);
  }

  /** The text {@link #prepare} embeds: the first {@value #EMBEDDED_CHARS} characters of headline and body. */
  public static String embeddedText(Article article) {
    return lead(article.title() + "\n" + article.body());
  }

  /** Prepares and adds {@code article}, not a copy of anything. */
  public Assignment add(Article article) {
    return add(prepare(article), Optional.empty());
  }

  /**
   * Adds one article in stream order.
   *
   * @param sourceId the article this one copies or rewrites, when provenance found one; if that
   *     source is already clustered the article joins its event directly
   * @throws IllegalArgumentException when an article with the same id was already added
   */
  public Assignment add(PreparedArticle prepared, Optional<String> sourceId) {
    Article a = prepared.article;
    if (eventOfArticle.containsKey(a.id())) {
      throw new IllegalArgumentException("article " + a.id() + " (" + a.origin() + ") was already clustered");
    }
    Optional<Integer> source = sourceId.map(eventOfArticle::get).map(this::live);
    if (source.isPresent()) {
      EventCluster e = events.get(source.get());
      e.articles.add(a.id());
      e.changed();
      eventOfArticle.put(a.id(), e.ordinal);
      return new Assignment(a.id(), e.id(), false, 1.0);
    }
    SparseVector tv = vectorise(prepared.terms, termVocabulary, true);
    SparseVector ev = vectorise(prepared.entityKeys, entityVocabulary, true);
    SparseVector titleVector = vectorise(prepared.titleTerms, termVocabulary, false);
    // without a publication date, the text's dates place the article in time only if so configured
    @Nullable LocalDate anchor = placingDay(prepared).orElse(null);

    EventCluster best = null;
    double bestScore = -1;
    for (int c : candidates(tv, ev)) {
      EventCluster e = events.get(c);
      double s = score(tv, ev, prepared.embedding, anchor, e);
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    boolean created = best == null || bestScore < settings.joinThreshold();
    EventCluster target = created ? newEvent() : best;
    target.articles.add(a.id());
    target.titles.add(a.title());
    target.titleVectors.add(titleVector);
    target.addFeatures(tv, ev, prepared.embedding, prepared.days, a.dateline(), prepared.locations);
    if (settings.coverageSpan()) {
      target.place(anchor);
    }
    eventOfArticle.put(a.id(), target.ordinal);
    post(target);
    if (!created && settings.mergeThreshold() <= 1.0) {
      target = mergeSimilar(target);
    }
    if (target.featureCount <= STORY_RECHECK_ARTICLES) {
      linkStories(target);
    }
    return new Assignment(a.id(), target.id(), created, created ? 0 : bestScore);
  }

  /** Number of articles added. */
  public int articleCount() {
    return eventOfArticle.size();
  }

  /**
   * The events and stories as they stand; costs a pass over all events, but titles are chosen and events
   * built only for those changed since the last snapshot (or renumbered into another story).
   */
  public Clustering snapshot() {
    Map<Integer, List<EventCluster>> byStory = new LinkedHashMap<>();
    for (EventCluster e : events) {
      if (mergedInto[e.ordinal] == e.ordinal) {
        byStory.computeIfAbsent(storyRoot(e.ordinal), k -> new ArrayList<>()).add(e);
      }
    }
    Map<Integer, String> storyIds = new HashMap<>();
    List<ClusteredStory> stories = new ArrayList<>();
    Map<Integer, String> eventTitles = new HashMap<>();
    for (EventCluster e : events) {
      if (mergedInto[e.ordinal] == e.ordinal) {
        eventTitles.put(e.ordinal, title(e));
      }
    }
    for (Map.Entry<Integer, List<EventCluster>> s : byStory.entrySet()) {
      String id = "s" + (stories.size() + 1);
      storyIds.put(s.getKey(), id);
      EventCluster largest = s.getValue().stream()
          .max(Comparator.<EventCluster>comparingInt(e -> e.articles.size())
              .thenComparing(e -> -e.ordinal))
          .orElseThrow();
      stories.add(new ClusteredStory(id, eventTitles.get(largest.ordinal),
          s.getValue().stream().map(EventCluster::id).toList()));
    }
    List<ClusteredEvent> out = new ArrayList<>();
    for (EventCluster e : events) {
      if (mergedInto[e.ordinal] != e.ordinal) {
        continue;
      }
      String story = storyIds.get(storyRoot(e.ordinal));
      if (e.shown == null || !e.shown.story().equals(story)) {
        // unchanged events (the most) reuse what the last snapshot built: no copy of their members
        LocalDate[] span = e.span(settings.spanFraction());
        e.shown = new ClusteredEvent(e.id(), eventTitles.get(e.ordinal),
            span == null ? Optional.empty() : Optional.of(span[0]),
            span == null ? Optional.empty() : Optional.of(span[1]),
            location(e), story, e.articles);
      }
      out.add(e.shown);
    }
    return new Clustering(out, stories);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * A number written in the text, not inside a word: "23", "58-3" gives "58" and "3", "2.6" and
   * "1,200" stay whole.
   */
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,:]\\d+)*");

  /** The numbers of {@code text} as entity keys ("#23"), in order and repeated as often as written. */
  static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add("#" + m.group());
    }
    return out;
  }

  private static String lead(String text) {
    String t = text.strip();
    if (t.length() <= EMBEDDED_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', EMBEDDED_CHARS);
    return t.substring(0, cut > EMBEDDED_CHARS / 2 ? cut : EMBEDDED_CHARS);
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n == 0) {
      return v.clone();
    }
    float inv = (float) (1 / Math.sqrt(n));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }

  /** Sublinear TF times IDF, normalised; {@code count} adds the document to the DF statistics first. */
  private static SparseVector vectorise(List<String> tokens, Vocabulary vocabulary, boolean count) {
    Map<Integer, Integer> tf = new HashMap<>();
    for (String t : tokens) {
      tf.merge(vocabulary.id(t), 1, Integer::sum);
    }
    if (count) {
      vocabulary.count(tf.keySet());
    }
    Map<Integer, Double> w = new HashMap<>();
    tf.forEach((id, n) -> w.put(id, (1 + Math.log(n)) * vocabulary.idf(id)));
    return SparseVector.normalised(w);
  }

  /**
   * The day an article is placed on for the time factor: its best-voted day, not after its publication
   * (a later day it names is a plan or a schedule, not what it reports) unless so configured; without a
   * publication date only if text dates place undated articles; null when not placed.
   */
  /**
   * The day the time factor places {@code article} on (its best-voted day among the dates its text
   * names and its publication date, not after publication unless so configured); empty when not placed.
   * Thread-safe; computes no embedding.
   */
  public Optional<LocalDate> placingDay(Article article) {
    return placement(article.published(), DayVotes.of(article, dates.mentions(article), settings), settings);
  }

  /** {@link #placingDay(Article)} of an article this clusterer (or one with the same features) prepared. */
  Optional<LocalDate> placingDay(PreparedArticle prepared) {
    return placement(prepared.article.published(), prepared.days, settings);
  }

  /** {@link #placingDay(Article)} from an article's publication date and day votes. */
  private static Optional<LocalDate> placement(Optional<LocalDate> published, DayVotes days, ClusterSettings settings) {
    if (published.isEmpty()) {
      return settings.textDatesPlaceUndated() ? days.anchor() : Optional.empty();
    }
    return settings.futureDatesPlace() ? days.anchor() : days.anchorNotAfter(published.get());
  }

  private double score(SparseVector tv, SparseVector ev, float @Nullable [] emb, @Nullable LocalDate anchor,
      EventCluster e) {
    double time = timeFactor(settings.coverageSpan() ? e.coverageGapDays(anchor, settings.spanFraction())
        : e.gapDays(anchor, settings.spanFraction()));
    if (time == 0) {
      return 0;
    }
    return time * content(e.terms.cosine(tv), e.entities.cosine(ev),
        emb == null ? Double.NaN : e.embeddingCosine(emb));
  }

  /** Weighted mean of the similarities; {@code emb} NaN when there are no embeddings. */
  private double content(double lex, double ent, double emb) {
    double wt = settings.termWeight();
    double we = settings.entityWeight();
    double wv = Double.isNaN(emb) || embedder == null ? 0 : settings.embeddingWeight();
    double sum = wt + we + wv;
    if (sum == 0) {
      return 0;
    }
    return (wt * lex + we * ent + (wv == 0 ? 0 : wv * emb)) / sum;
  }

  /** The time factor for a gap of {@code gap} days (-1: a date unknown on either side). */
  double timeFactor(long gap) {
    if (gap < 0 || gap <= settings.timeToleranceDays()) {
      return 1;
    }
    if (gap >= settings.maxGapDays()) {
      return 0;
    }
    if (settings.timeHalfLifeDays() > 0) {
      return Math.pow(0.5, (gap - settings.timeToleranceDays()) / settings.timeHalfLifeDays());
    }
    return 1 - (double) (gap - settings.timeToleranceDays())
        / (settings.maxGapDays() - settings.timeToleranceDays());
  }

  private EventCluster newEvent() {
    int ordinal = events.size();
    if (ordinal == mergedInto.length) {
      mergedInto = Arrays.copyOf(mergedInto, ordinal * 2);
      storyParent = Arrays.copyOf(storyParent, ordinal * 2);
    }
    mergedInto[ordinal] = ordinal;
    storyParent[ordinal] = ordinal;
    EventCluster e = new EventCluster(ordinal, settings.centroidTerms());
    events.add(e);
    return e;
  }

  private int live(int ordinal) {
    int o = ordinal;
    while (mergedInto[o] != o) {
      mergedInto[o] = mergedInto[mergedInto[o]];
      o = mergedInto[o];
    }
    return o;
  }

  private int storyRoot(int ordinal) {
    int o = ordinal;
    while (storyParent[o] != o) {
      storyParent[o] = storyParent[storyParent[o]];
      o = storyParent[o];
    }
    return o;
  }

  private void post(EventCluster e) {
    for (int t : e.terms.top(settings.indexedTerms())) {
      if (e.postedTerms.add(t)) {
        termPostings.add(t, e.ordinal);
      }
    }
    for (int t : e.entities.top(settings.indexedTerms())) {
      if (e.postedEntities.add(t)) {
        entityPostings.add(t, e.ordinal);
      }
    }
  }

  /** Live events sharing top terms or entities with the query, best {@code candidates} first. */
  private int[] candidates(SparseVector tv, SparseVector ev) {
    Map<Integer, Double> acc = new HashMap<>();
    accumulate(tv, termPostings, settings.termWeight(), acc);
    accumulate(ev, entityPostings, settings.entityWeight(), acc);
    return acc.entrySet().stream()
        .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
        .limit(settings.candidates())
        .mapToInt(Map.Entry::getKey)
        .toArray();
  }

  private void accumulate(SparseVector v, Postings postings, double weight, Map<Integer, Double> acc) {
    int[] top = v.top(settings.queryTerms());
    for (int t : top) {
      double w = weight * weightOf(v, t);
      Set<Integer> seen = new HashSet<>();
      postings.scanNewest(t, settings.postingsScanned(), ord -> {
        int l = live(ord);
        if (seen.add(l)) {
          acc.merge(l, w, Double::sum);
        }
      });
    }
  }

  private static double weightOf(SparseVector v, int id) {
    int i = Arrays.binarySearch(v.ids, id);
    return i >= 0 ? v.weights[i] : 0;
  }

  private double eventScore(EventCluster a, EventCluster b) {
    return content(a.terms.cosine(b.terms), a.entities.cosine(b.entities),
        a.embedding == null || b.embedding == null ? Double.NaN : a.embeddingCosine(b));
  }

  /** Events other than {@code e} that share its top terms or entities. */
  private List<EventCluster> neighbours(EventCluster e) {
    Map<Integer, Double> acc = new HashMap<>();
    for (int t : e.terms.top(settings.queryTerms())) {
      termPostings.scanNewest(t, settings.postingsScanned(),
          ord -> acc.merge(live(ord), settings.termWeight(), Double::sum));
    }
    for (int t : e.entities.top(settings.queryTerms())) {
      entityPostings.scanNewest(t, settings.postingsScanned(),
          ord -> acc.merge(live(ord), settings.entityWeight(), Double::sum));
    }
    acc.remove(e.ordinal);
    return acc.entrySet().stream()
        .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
        .limit(settings.candidates())
        .map(en -> events.get(en.getKey()))
        .toList();
  }

  /** The merge step: folds into {@code e} every neighbour that now scores above the merge threshold. */
  private EventCluster mergeSimilar(EventCluster e) {
    for (EventCluster o : neighbours(e)) {
      if (mergedInto[o.ordinal] != o.ordinal || o == e) {
        continue;
      }
      double time = timeFactor(e.gapDays(o, settings.spanFraction()));
      if (time * eventScore(e, o) >= settings.mergeThreshold()) {
        EventCluster keep = e.ordinal < o.ordinal ? e : o;
        EventCluster gone = keep == e ? o : e;
        keep.absorb(gone);
        mergedInto[gone.ordinal] = keep.ordinal;
        int sk = storyRoot(keep.ordinal);
        int sg = storyRoot(gone.ordinal);
        if (sk != sg) {
          storyParent[Math.max(sk, sg)] = Math.min(sk, sg);
        }
        for (String id : gone.articles) {
          eventOfArticle.put(id, keep.ordinal);
        }
        post(keep);
        e = keep;
      }
    }
    return e;
  }

  private void linkStories(EventCluster e) {
    for (EventCluster o : neighbours(e)) {
      int se = storyRoot(e.ordinal);
      int so = storyRoot(o.ordinal);
      if (se != so && eventScore(e, o) >= settings.storyThreshold()) {
        storyParent[Math.max(se, so)] = Math.min(se, so);
      }
    }
  }

  private String title(EventCluster e) {
    if (e.title == null) {
      e.title = bestTitle(e);
    }
    return e.title;
  }

  private String bestTitle(EventCluster e) {
    String best = e.titles.isEmpty() ? e.id() : e.titles.get(0);
    double bestScore = -1;
    for (int i = 0; i < e.titles.size(); i++) {
      double s = e.terms.cosine(e.titleVectors.get(i));
      if (e.titles.get(i).endsWith("…")) {
        s *= 0.5; // a headline made up from the first words of the text
      }
      if (s > bestScore) {
        bestScore = s;
        best = e.titles.get(i);
      }
    }
    return best;
  }

  private static Optional<String> location(EventCluster e) {
    Optional<String> dateline = mostFrequent(e.datelines);
    return dateline.isPresent() ? dateline : mostFrequent(e.locations);
  }

  /** The key with the highest count; on a tie the first in {@code counts}' iteration order. */
  static <K> Optional<K> mostFrequent(Map<K, Integer> counts) {
    K best = null;
    int n = 0;
    for (Map.Entry<K, Integer> c : counts.entrySet()) {
      if (c.getValue() > n) {
        best = c.getKey();
        n = c.getValue();
      }
    }
    return Optional.ofNullable(best);
  }
}
