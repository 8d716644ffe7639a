package org.triangulate.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.triangulate.article.Article;
import org.triangulate.dedup.SentenceEmbedder;

/**
 * Events and story arcs computed per time window, so that windows can run on different machines: the
 * windowed counterpart of feeding every article to one {@link EventClusterer}. The single-machine
 * {@link #cluster} and a distributed runner (the Spark job) call the same steps below and get the same
 * {@link Clustering}; a distributed runner only decides where each step runs.
 *
 * <ol>
 *   <li><b>Place</b>: copies and rewrites collapse onto their source first: an article's {@link #day day} is
 *       that of its {@link #root root} (itself when it derives from nothing): the day it reports on (the
 *       clusterer's own placement, so a follow-up published days later joins its event's window), else
 *       the publication date, else the first day the root's text mentions; its {@link #window window} is
 *       {@code floorDiv(day, windowDays)}. Articles whose root has neither share the window
 *       {@link #UNDATED}, which is never stitched.</li>
 *   <li><b>Cluster each window</b> ({@link #clusterWindow}): a fresh {@link EventClusterer} adds the
 *       window's articles in stream order, each with its source, exactly as the single clusterer
 *       would. Each resulting event is a {@link Part}.</li>
 *   <li><b>Stitch</b> ({@link #stitch}): the articles within {@code marginDays} of a boundary, from
 *       both sides, are clustered again together in stream order; each event of that boundary run
 *       joins the part its articles mostly come from on the left to the one they mostly come from on
 *       the right. Parts joined (transitively) form one event ({@link #join}): articles in stream
 *       order, title and location of its largest part, dates spanning all parts.</li>
 *   <li><b>Story arcs</b>: each event is stood for by one {@link #surrogate} article built from its
 *       first {@code storyMembers} originals; one clusterer that never joins adds the surrogates in
 *       event order, so its story linking (time-free, {@link ClusterSettings#storyThreshold()})
 *       links events across windows ({@link #storyGroups}). {@link #finish} unites those links with
 *       the stories each window found, and names stories and events.</li>
 * </ol>
 *
 * <p>What it costs against one clusterer over the whole stream: an event whose articles are further
 * apart than the margin around a boundary may stay split, and an event's features are its window's
 * (docs/BENCHMARKS.md, section {@code spark}, measures BCubed between the two). Event ids are
 * {@code e1, e2, …} in order of each event's first article in stream order, stories {@code s1, …} in
 * order of their first event. Thread-safe: every step uses fresh clusterers.
 */
public final class WindowedClustering {
  /** Window key of the articles whose root has no publication date. */
  public static final long UNDATED = Long.MIN_VALUE;

  /** Above any score (scores are at most 1): the story pass's clusterer never joins, every surrogate is its own event. */
  private static final double NEVER = 2.0;

  private final WindowSettings window;
  private final ClusterSettings settings;
  private final Function<ClusterSettings, EventClusterer> clusterers;
  private final DateSource placement;
  /** Prepares articles and gives their placing day; never adds (so shared by threads). */
  private final EventClusterer placer;

  /**
   * @param clusterers makes a fresh clusterer with the given settings (called with {@code settings} for
   *     windows and boundaries, and with a never-joining variant for the story pass); all must share the
   *     same features (dates, entities, embedder)
   * @param placement dates an article without a publication date by the first day its text mentions
   *     ({@link #day})
   */
  public WindowedClustering(WindowSettings window, ClusterSettings settings, DateSource placement,
      Function<ClusterSettings, EventClusterer> clusterers) {
    this.window = Objects.requireNonNull(window, "window");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.placement = Objects.requireNonNull(placement, "placement");
    this.clusterers = Objects.requireNonNull(clusterers, "clusterers");
    this.placer = clusterers.apply(settings);
  }

  /** Default windows around the clusterer of {@link EventClusterer#withDefaults()} (text dates, MiniLM). */
  public static WindowedClustering withDefaults() {
    return withDefaults(WindowSettings.DEFAULTS);
  }

  /** {@code window} around the clusterer of {@link EventClusterer#withDefaults()} (text dates, MiniLM). */
  public static WindowedClustering withDefaults(WindowSettings window) {
    return new WindowedClustering(window, ClusterSettings.DEFAULTS, DateSource.temporal(),
        s -> EventClusterer.builder().settings(s).dates(DateSource.temporal()).embedder(SentenceEmbedder.miniLm())
            .build());
  }

  /** {@code window} around a clusterer with text dates and lexical features only (no embeddings). */
  public static WindowedClustering lexical(WindowSettings window) {
    return new WindowedClustering(window, ClusterSettings.DEFAULTS, DateSource.temporal(),
        s -> EventClusterer.builder().settings(s).dates(DateSource.temporal()).build());
  }

  public WindowSettings windowSettings() {
    return window;
  }

  /** One event of one window. */
  public record Part(long window, ClusteredEvent event) {
    public Part {
      Objects.requireNonNull(event, "event");
    }

    public PartId id() {
      return new PartId(window, event.id());
    }
  }

  /** Names a {@link Part}: its window and its event id inside the window. */
  public record PartId(long window, String event) {
    public PartId {
      Objects.requireNonNull(event, "event");
    }
  }

  /** Two parts, either side of a boundary, that are one event. */
  public record Stitch(PartId left, PartId right) {
    public Stitch {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** An event joined from its parts (story not yet known: empty until {@link #finish}). */
  public record Joined(ClusteredEvent event, List<Part> parts) {
    public Joined {
      Objects.requireNonNull(event, "event");
      parts = List.copyOf(parts);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the whole run on one machine

  /**
   * Events and stories of {@code articles} (stream order); {@code sourceOf} gives the article each one
   * copies or rewrites (as for {@link EventClusterer#add(PreparedArticle, Optional)}); sources outside
   * {@code articles} are ignored. Windows and boundaries run in parallel.
   */
  public Clustering cluster(List<Article> articles, Function<String, Optional<String>> sourceOf) {
    Map<String, Article> byId = new HashMap<>();
    Map<String, Long> position = new HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
      position.put(a.id(), (long) position.size());
    }
    Function<String, Optional<String>> source = id -> sourceOf.apply(id).filter(byId::containsKey);
    // each article is prepared once, for its placing day, its window and its stitching zone
    Map<String, PreparedArticle> prepared = new HashMap<>();
    Map<String, Optional<LocalDate>> days = new HashMap<>();
    for (PreparedArticle p : prepare(articles)) {
      prepared.put(p.article().id(), p);
      days.put(p.article().id(), day(p));
    }
    Map<Long, List<PreparedArticle>> windows = new TreeMap<>();
    Map<Long, List<PreparedArticle>> zones = new TreeMap<>();
    for (Article a : articles) {
      Optional<LocalDate> day = days.get(root(a.id(), source));
      windows.computeIfAbsent(window(day), k -> new ArrayList<>()).add(prepared.get(a.id()));
      for (long b : boundaries(day)) {
        zones.computeIfAbsent(b, k -> new ArrayList<>()).add(prepared.get(a.id()));
      }
    }
    List<Part> parts = windows.entrySet().parallelStream()
        .flatMap(w -> run(clusterers.apply(settings), w.getValue(), source).events().stream()
            .map(e -> new Part(w.getKey(), e)))
        .toList();
    Map<String, PartId> partOf = new HashMap<>();
    for (Part p : parts) {
      p.event().articles().forEach(id -> partOf.put(id, p.id()));
    }
    List<Stitch> stitches = zones.entrySet().parallelStream()
        .flatMap(z -> stitches(z.getKey(), run(clusterers.apply(settings), z.getValue(), source), partOf::get)
            .stream())
        .toList();
    List<Joined> joined = join(parts, stitches, position::get);
    List<Article> surrogates = joined.stream()
        .map(j -> surrogate(j.event(), storyMembers(j.event(), source).stream().map(byId::get).toList()))
        .toList();
    return finish(joined, storyGroups(surrogates));
  }

  // ---------------------------------------------------------------------------------------------
  // the steps

  /** The article {@code id} ultimately derives from, following {@code sourceOf}; itself when it derives from nothing. */
  public static String root(String id, Function<String, Optional<String>> sourceOf) {
    Set<String> seen = new HashSet<>();
    seen.add(id);
    String at = id;
    while (true) {
      Optional<String> s = sourceOf.apply(at);
      if (s.isEmpty() || !seen.add(s.get())) {
        return at;
      }
      at = s.get();
    }
  }

  /**
   * The day that places {@code article} (when it is a root) in time. With a publication date: the day
   * it reports on as the clusterer's time factor sees it (its best-voted day not after publication,
   * {@link WindowSettings#placeByReportedDay()}), else its publication date. Without one: the first day
   * its text mentions (explicit dates only, as nothing anchors relative ones), else none.
   */
  public Optional<LocalDate> day(Article article) {
    return day(article, () -> placer.placingDay(article));
  }

  /** {@link #day(Article)} of a prepared article, from the features it already has. */
  private Optional<LocalDate> day(PreparedArticle prepared) {
    return day(prepared.article(), () -> placer.placingDay(prepared));
  }

  private Optional<LocalDate> day(Article article, Supplier<Optional<LocalDate>> placingDay) {
    Optional<LocalDate> published = article.published();
    if (published.isPresent()) {
      return window.placeByReportedDay() ? placingDay.get().or(() -> published) : published;
    }
    return placement.mentions(article).stream()
        .min(Comparator.comparingInt(DateSource.Mention::offset))
        .map(DateSource.Mention::start);
  }

  /** The window of an article whose root was published on {@code day}; {@link #UNDATED} without a day. */
  public long window(Optional<LocalDate> day) {
    return day.map(d -> Math.floorDiv(d.toEpochDay(), (long) window.windowDays())).orElse(UNDATED);
  }

  /**
   * The boundaries whose stitching zone holds {@code day}, in increasing order. Boundary {@code b} lies
   * between windows {@code b} and {@code b + 1}; its zone is the {@code marginDays} on either side.
   */
  public List<Long> boundaries(Optional<LocalDate> day) {
    if (day.isEmpty()) {
      return List.of();
    }
    long d = day.get().toEpochDay();
    long w = window.windowDays();
    long m = window.marginDays();
    List<Long> out = new ArrayList<>();
    for (long k = Math.floorDiv(d - m, w) + 1; k <= Math.floorDiv(d + m, w); k++) {
      out.add(k - 1);
    }
    return out;
  }

  /** Events of one window (or any list of articles), added in the given stream order by a fresh clusterer. */
  public Clustering clusterWindow(List<Article> inStreamOrder, Function<String, Optional<String>> sourceOf) {
    return run(clusterers.apply(settings), prepare(inStreamOrder), sourceOf);
  }

  /** Features of each article, on a parallel stream, in the given order. */
  private List<PreparedArticle> prepare(List<Article> articles) {
    return articles.parallelStream().map(placer::prepare).toList();
  }

  private static Clustering run(EventClusterer clusterer, List<PreparedArticle> prepared,
      Function<String, Optional<String>> sourceOf) {
    for (PreparedArticle p : prepared) {
      clusterer.add(p, sourceOf.apply(p.article().id()));
    }
    return clusterer.snapshot();
  }

  /**
   * The stitches of boundary {@code boundary}: {@code zone} are the articles of its zone in stream
   * order, {@code partOf} names each one's part. An event of the zone's own clustering stitches the
   * left-window part holding most of its articles to the right-window part holding most (the earlier
   * part on a tie).
   */
  public List<Stitch> stitch(long boundary, List<Article> zone, Function<String, Optional<String>> sourceOf,
      Function<String, PartId> partOf) {
    return stitches(boundary, clusterWindow(zone, sourceOf), partOf);
  }

  /** The stitches of boundary {@code boundary} from its zone's own clustering. */
  private static List<Stitch> stitches(long boundary, Clustering zone, Function<String, PartId> partOf) {
    List<Stitch> out = new ArrayList<>();
    for (ClusteredEvent z : zone.events()) {
      Optional<PartId> left = dominant(z, boundary, partOf);
      Optional<PartId> right = dominant(z, boundary + 1, partOf);
      if (left.isPresent() && right.isPresent()) {
        out.add(new Stitch(left.get(), right.get()));
      }
    }
    return out;
  }

  private static Optional<PartId> dominant(ClusteredEvent z, long w, Function<String, PartId> partOf) {
    Map<PartId, Integer> counts = new LinkedHashMap<>();
    for (String id : z.articles()) {
      PartId p = partOf.apply(id);
      if (p == null) {
        throw new IllegalArgumentException("article " + id + " of a stitching zone is in no part");
      }
      if (p.window() == w) {
        counts.merge(p, 1, Integer::sum);
      }
    }
    return EventClusterer.mostFrequent(counts);
  }

  /**
   * Joins stitched parts into events, ordered by their first article; {@code position} gives each
   * article's place in the stream. The result does not depend on the order of {@code parts} or
   * {@code stitches}.
   *
   * @throws IllegalArgumentException when a stitch names an unknown part
   */
  public List<Joined> join(List<Part> parts, List<Stitch> stitches, ToLongFunction<String> position) {
    Map<PartId, Integer> index = new HashMap<>();
    long[] first = new long[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (index.put(p.id(), i) != null) {
        throw new IllegalArgumentException("part " + p.id() + " given twice");
      }
      first[i] = p.event().articles().stream().mapToLong(position).min().orElse(Long.MAX_VALUE);
    }
    int[] parent = new int[parts.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (Stitch s : stitches) {
      Integer a = index.get(s.left());
      Integer b = index.get(s.right());
      if (a == null || b == null) {
        throw new IllegalArgumentException("stitch " + s + " names an unknown part");
      }
      union(parent, a, b);
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> ordered = new ArrayList<>(groups.values());
    ordered.forEach(g -> g.sort(Comparator.comparingLong(i -> first[i])));
    ordered.sort(Comparator.comparingLong(g -> first[g.get(0)]));
    List<Joined> out = new ArrayList<>(ordered.size());
    for (List<Integer> g : ordered) {
      List<Part> members = g.stream().map(parts::get).toList();
      String id = "e" + (out.size() + 1);
      out.add(new Joined(joined(id, members, position), members));
    }
    return out;
  }

  private static ClusteredEvent joined(String id, List<Part> members, ToLongFunction<String> position) {
    if (members.size() == 1) {
      ClusteredEvent e = members.get(0).event();
      List<String> articles = new ArrayList<>(e.articles());
      articles.sort(Comparator.comparingLong(position));
      return new ClusteredEvent(id, e.title(), e.date(), e.endDate(), e.location(), "", articles);
    }
    ClusteredEvent largest = members.get(0).event();
    for (Part p : members) {
      if (p.event().articles().size() > largest.articles().size()) {
        largest = p.event();
      }
    }
    Optional<LocalDate> date = members.stream().flatMap(p -> p.event().date().stream()).min(Comparator.naturalOrder());
    Optional<LocalDate> end = members.stream().flatMap(p -> p.event().endDate().stream()).max(Comparator.naturalOrder());
    Optional<String> location = largest.location().isPresent() ? largest.location()
        : members.stream().flatMap(p -> p.event().location().stream()).findFirst();
    List<String> articles = new ArrayList<>();
    members.forEach(p -> articles.addAll(p.event().articles()));
    articles.sort(Comparator.comparingLong(position));
    return new ClusteredEvent(id, largest.title(), date, end, location, "", articles);
  }

  /**
   * The articles that stand for {@code event} in the story pass: its first {@code storyMembers}
   * articles (stream order) that derive from nothing, or its first ones when all derive from something.
   */
  public List<String> storyMembers(ClusteredEvent event, Function<String, Optional<String>> sourceOf) {
    int k = window.storyMembers();
    List<String> originals = event.articles().stream().filter(id -> sourceOf.apply(id).isEmpty()).limit(k).toList();
    return originals.isEmpty() ? event.articles().stream().limit(k).toList() : originals;
  }

  /** One article standing for {@code event}: its title, and the bodies of {@code members} (its {@link #storyMembers}). */
  public static Article surrogate(ClusteredEvent event, List<Article> members) {
    StringBuilder body = new StringBuilder();
    for (Article a : members) {
      body.append(body.length() > 0 ? "\n\n" : "").append(a.body());
    }
    return new Article(event.id(), "event " + event.id(), Optional.empty(), event.title(), Optional.empty(),
        event.date(), Optional.empty(), Optional.empty(), body.toString(), List.of());
  }

  /**
   * Story links across windows: one clusterer that never joins adds the surrogates (in event order),
   * linking each new event to the stories of similar earlier ones. Returns the ids of the surrogates
   * of each story with more than one event.
   */
  public List<List<String>> storyGroups(List<Article> surrogatesInEventOrder) {
    ClusterSettings never = settings.withScoring(settings.termWeight(), settings.entityWeight(),
        settings.embeddingWeight(), NEVER).withMergeThreshold(NEVER);
    EventClusterer stories = clusterers.apply(never);
    Clustering c = run(stories, surrogatesInEventOrder.parallelStream().map(stories::prepare).toList(),
        id -> Optional.empty());
    Map<String, String> surrogateOf = new HashMap<>();
    for (ClusteredEvent e : c.events()) {
      surrogateOf.put(e.id(), e.articles().get(0));
    }
    List<List<String>> out = new ArrayList<>();
    for (ClusteredStory s : c.stories()) {
      if (s.events().size() > 1) {
        out.add(s.events().stream().map(surrogateOf::get).toList());
      }
    }
    return out;
  }

  /**
   * The final clustering: stories unite the events whose parts shared a story inside a window and the
   * {@code storyGroups} (event ids); stories are named {@code s1, …} in order of their first event and
   * titled after their largest event (the earliest on a tie).
   */
  public Clustering finish(List<Joined> events, List<List<String>> storyGroups) {
    Map<String, Integer> index = new HashMap<>();
    for (Joined j : events) {
      index.put(j.event().id(), index.size());
    }
    int[] parent = new int[events.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<PartId, Integer> localStory = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      for (Part p : events.get(i).parts()) {
        Integer other = localStory.putIfAbsent(new PartId(p.window(), p.event().story()), i);
        if (other != null) {
          union(parent, i, other);
        }
      }
    }
    for (List<String> g : storyGroups) {
      for (int k = 1; k < g.size(); k++) {
        Integer a = index.get(g.get(0));
        Integer b = index.get(g.get(k));
        if (a == null || b == null) {
          throw new IllegalArgumentException("story group " + g + " names an unknown event");
        }
        union(parent, a, b);
      }
    }
    Map<Integer, List<Integer>> byStory = new TreeMap<>();
    for (int i = 0; i < events.size(); i++) {
      byStory.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> ordered = new ArrayList<>(byStory.values());
    ordered.sort(Comparator.comparingInt(g -> g.get(0)));
    String[] storyOf = new String[events.size()];
    List<ClusteredStory> stories = new ArrayList<>();
    for (List<Integer> g : ordered) {
      String id = "s" + (stories.size() + 1);
      ClusteredEvent largest = events.get(g.get(0)).event();
      for (int i : g) {
        storyOf[i] = id;
        if (events.get(i).event().articles().size() > largest.articles().size()) {
          largest = events.get(i).event();
        }
      }
      stories.add(new ClusteredStory(id, largest.title(), g.stream().map(i -> events.get(i).event().id()).toList()));
    }
    List<ClusteredEvent> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      ClusteredEvent e = events.get(i).event();
      out.add(new ClusteredEvent(e.id(), e.title(), e.date(), e.endDate(), e.location(), storyOf[i], e.articles()));
    }
    return new Clustering(out, stories);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int x = find(parent, a);
    int y = find(parent, b);
    if (x != y) {
      parent[Math.max(x, y)] = Math.min(x, y);
    }
  }
}
