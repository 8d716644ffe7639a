package org.triangulate.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.triangulate.article.Article;
import org.triangulate.dossier.CopyGraph;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Derivation.Relation;

/**
 * {@link Provenance} kept up to date as articles arrive: after any sequence of {@link #add} calls the
 * links equal those of {@link Provenance#analyse} over all articles in arrival order.
 *
 * <p>It keeps what the batch analysis computes once: fingerprints, exact-copy groups, the two LSH
 * indexes (hash maps of band key to representatives in arrival order), the topic candidates of every
 * representative, the verdict of every candidate pair, and the links. Adding an article costs its
 * fingerprint, the candidate lists of the representatives that share a topic bucket with it (at most
 * {@code topicBands * (maxBucket + 1)}), the verdicts of the new candidate pairs, and the links of the
 * articles whose verdicts changed: independent of the number of stored articles except through bucket
 * sizes. A new article can change older articles' links (it may be the earlier report, or crowd an older
 * candidate out of a top list); {@link #add} returns every article whose links changed.
 *
 * <p>One case is not incremental: an exact copy that turns out to be the original of an existing copy
 * group (earlier publication date) changes the group's representative; then the index rebuilds itself
 * from all its articles (and reports all of them as changed).
 *
 * <p>Band keys are full 64-bit values; the batch analysis drops {@code ceil(log2 n)} low bits when sorting,
 * so the two differ only when two different keys collide in their remaining bits (about {@code n^2 / 2^47}).
 *
 * <p>Memory: every article's fingerprint (shingles, two signatures, sentences) and every positive verdict
 * stay in memory. Not thread-safe; {@link #add} evaluates new pairs on the common fork-join pool.
 */
public final class ProvenanceIndex {
  private final Provenance provenance;
  private final ProvenanceSettings settings;
  private Provenance.Run run;
  private int size;
  private final Map<String, Integer> indexOf = new HashMap<>();
  /** Exact-copy groups by body hash, members in arrival order, and each group's original. */
  private final Map<Long, List<Integer>> groups = new HashMap<>();
  private final Map<Long, Integer> originals = new HashMap<>();
  private final List<Map<Long, List<Integer>>> shingleBuckets = new ArrayList<>();
  private final List<Map<Long, List<Integer>>> topicBuckets = new ArrayList<>();
  private final Map<Integer, long[]> topicKeys = new HashMap<>();
  private final Set<Long> nearPairs = new HashSet<>();
  /** Per representative: its topic candidates and their shared-band counts, as the batch ranks them. */
  private final Map<Integer, int[][]> topicLists = new HashMap<>();
  private final Map<Long, Integer> topicRefs = new HashMap<>();
  private final Map<Long, Provenance.Verdict> pairVerdicts = new HashMap<>();
  private final Map<Integer, List<Provenance.Verdict>> byDerived = new HashMap<>();
  private final Map<Integer, Set<Integer>> derivedOfSource = new HashMap<>();
  private final Map<Integer, List<ProvenanceLink>> links = new HashMap<>();
  private final Map<Integer, List<ProvenanceLink>> outgoing = new HashMap<>();
  private final Map<String, List<String>> added = new HashMap<>();

  /** An empty index using {@code provenance}'s settings and embedder. */
  public ProvenanceIndex(Provenance provenance) {
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.settings = provenance.settings();
    reset();
  }

  private void reset() {
    run = provenance.new Run();
    size = 0;
    indexOf.clear();
    groups.clear();
    originals.clear();
    shingleBuckets.clear();
    topicBuckets.clear();
    for (int b = 0; b < run.shingleBands().bands(); b++) {
      shingleBuckets.add(new HashMap<>());
    }
    for (int b = 0; b < run.topicBands().bands(); b++) {
      topicBuckets.add(new HashMap<>());
    }
    topicKeys.clear();
    nearPairs.clear();
    topicLists.clear();
    topicRefs.clear();
    pairVerdicts.clear();
    byDerived.clear();
    derivedOfSource.clear();
    links.clear();
    outgoing.clear();
    added.clear();
  }

  /** Number of articles added. */
  public int size() {
    return size;
  }

  /** Ids in arrival order. */
  public List<String> ids() {
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(run.fp[i].id());
    }
    return out;
  }

  /** Whether {@code id} was added. */
  public boolean contains(String id) {
    return indexOf.containsKey(id);
  }

  /** Arrival position of {@code id} (0-based). */
  public int position(String id) {
    Integer i = indexOf.get(Objects.requireNonNull(id, "id"));
    if (i == null) {
      throw new IllegalArgumentException("unknown article id '" + id + "' (not in this provenance index)");
    }
    return i;
  }

  /** Same as {@link ProvenanceReport#sourcesOf}: links to what {@code id} derives from, strongest first. */
  public List<ProvenanceLink> sourcesOf(String id) {
    return outgoing.getOrDefault(position(id), List.of());
  }

  /** Same as {@link ProvenanceReport#derivedFrom}. */
  public List<Derivation> derivedFrom(String id) {
    return sourcesOf(id).stream().map(ProvenanceLink::toDerivation).toList();
  }

  /** Same as {@link ProvenanceReport#copyGraph(Collection)}; costs the size of {@code subset}. */
  public CopyGraph copyGraph(Collection<String> subset) {
    List<String> order = subset.stream().filter(indexOf::containsKey).distinct()
        .sorted((a, b) -> Integer.compare(indexOf.get(a), indexOf.get(b))).toList();
    return CopyGraph.of(order, this::derivedFrom, order);
  }

  /** The whole report, equal to {@link Provenance#analyse} over the articles in arrival order; costs O(n). */
  public ProvenanceReport report() {
    List<ProvenanceLink> all = new ArrayList<>();
    List<Integer> ds = new ArrayList<>(links.keySet());
    Collections.sort(ds);
    for (int d : ds) {
      all.addAll(links.get(d));
    }
    return new ProvenanceReport(ids(), all, added);
  }

  /**
   * Adds {@code articles} after those already added, in order.
   *
   * @return ids of the new articles and of every older article whose links (sources) changed, in
   *     arrival order
   * @throws IllegalArgumentException when an id was already added or occurs twice
   */
  public List<String> add(List<Article> articles) {
    Set<String> fresh = new HashSet<>();
    for (Article a : articles) {
      if (indexOf.containsKey(a.id()) || !fresh.add(a.id())) {
        throw new IllegalArgumentException("two articles share the id '" + a.id() + "' (" + a.origin() + ")");
      }
    }
    if (articles.isEmpty()) {
      return List.of();
    }
    int first = size;
    Fingerprint[] fps = IntStream.range(0, articles.size()).parallel()
        .mapToObj(k -> run.fingerprint(first + k, articles.get(k))).toArray(Fingerprint[]::new);
    if (run.fp.length < first + fps.length) {
      run.fp = Arrays.copyOf(run.fp, Math.max(run.fp.length * 2, first + fps.length));
    }
    for (Fingerprint f : fps) {
      run.fp[f.index] = f;
      indexOf.put(f.id(), f.index);
    }
    size += fps.length;

    // exact-copy groups: a newcomer joins an old group as a copy, unless it is the group's original
    Set<Integer> changedDerived = new HashSet<>();
    Map<Long, List<Integer>> newGroups = new java.util.LinkedHashMap<>();
    for (Fingerprint f : fps) {
      if (f.empty()) {
        continue;
      }
      Integer original = originals.get(f.bodyHash);
      if (original != null) {
        if (run.derivedFrom(original, f.index, Relation.COPY, Optional.empty(), Optional.empty())) {
          return rebuild();
        }
        groups.get(f.bodyHash).add(f.index);
        addVerdict(new Provenance.Verdict(f.index, original, Relation.COPY, 1.0, Optional.empty(), Optional.empty()),
            changedDerived);
      } else {
        newGroups.computeIfAbsent(f.bodyHash, k -> new ArrayList<>()).add(f.index);
      }
    }
    List<Integer> newReps = new ArrayList<>();
    for (Map.Entry<Long, List<Integer>> g : newGroups.entrySet()) {
      List<Integer> members = g.getValue();
      int best = members.get(0);
      for (int x : members) {
        if (run.derivedFrom(best, x, Relation.COPY, Optional.empty(), Optional.empty())) {
          best = x;
        }
      }
      groups.put(g.getKey(), new ArrayList<>(members));
      originals.put(g.getKey(), best);
      newReps.add(best);
      for (int x : members) {
        if (x != best) {
          addVerdict(new Provenance.Verdict(x, best, Relation.COPY, 1.0, Optional.empty(), Optional.empty()),
              changedDerived);
        }
      }
    }
    Collections.sort(newReps);

    // candidate pairs: near duplicates (the last maxBucket representatives of each shingle bucket) and
    // the top topic neighbours of every representative whose topic buckets changed
    Set<Long> before = new HashSet<>();
    List<long[]> shingleKeys = newReps.parallelStream().map(r -> run.shingleBands().keys(run.fp[r].signature)).toList();
    List<long[]> topics = newReps.parallelStream().map(r -> run.topicBands().keys(run.fp[r].topicSignature())).toList();
    Set<Long> newNear = new HashSet<>();
    // topic lists: a newcomer in a bucket that stays small is merged into each member's top list (the
    // other counts do not change); a bucket that just grew past maxBucket stops counting for all its
    // members, whose lists are computed again, as are the newcomers' own
    Set<Integer> recount = new LinkedHashSet<>(newReps);
    Map<Integer, int[][]> merged = new HashMap<>();
    for (int k = 0; k < newReps.size(); k++) {
      int r = newReps.get(k);
      long[] keys = shingleKeys.get(k);
      for (int b = 0; b < keys.length; b++) {
        List<Integer> bucket = shingleBuckets.get(b).computeIfAbsent(keys[b], x -> new ArrayList<>());
        for (int q = Math.max(0, bucket.size() - settings.maxBucket()); q < bucket.size(); q++) {
          long p = Provenance.pair(bucket.get(q), r);
          if (nearPairs.add(p)) {
            newNear.add(p);
          }
        }
        bucket.add(r);
      }
      long[] tk = topics.get(k);
      topicKeys.put(r, tk);
      Map<Integer, Integer> hits = new HashMap<>();
      for (int b = 0; b < tk.length; b++) {
        List<Integer> bucket = topicBuckets.get(b).computeIfAbsent(tk[b], x -> new ArrayList<>());
        bucket.add(r);
        if (bucket.size() == settings.maxBucket() + 1) {
          recount.addAll(bucket);
        } else if (bucket.size() <= settings.maxBucket()) {
          for (int other : bucket) {
            if (other != r) {
              hits.merge(other, 1, Integer::sum);
            }
          }
        }
      }
      long[] sig = run.fp[r].topicSignature();
      for (Map.Entry<Integer, Integer> h : hits.entrySet()) {
        int other = h.getKey();
        if (recount.contains(other) || h.getValue() < settings.minTopicBandHits()
            || MinHasher.estimate(run.fp[other].topicSignature(), sig) < settings.minTopicSimilarity()) {
          continue;
        }
        int[][] list = merged.containsKey(other) ? merged.get(other) : topicLists.getOrDefault(other, EMPTY_LIST);
        int[][] now = withNewest(list, r, h.getValue());
        if (now != list) {
          merged.put(other, now);
        }
      }
    }
    List<Integer> recounted = new ArrayList<>(recount);
    List<int[][]> lists = recounted.parallelStream().map(this::neighbours).toList();
    Map<Integer, int[][]> updated = new LinkedHashMap<>();
    merged.forEach((r, list) -> {
      if (!recount.contains(r)) {
        updated.put(r, list);
      }
    });
    for (int k = 0; k < recounted.size(); k++) {
      updated.put(recounted.get(k), lists.get(k));
    }
    Set<Long> touched = new HashSet<>(newNear);
    // candidacy before any list changes (new near pairs involve newcomers, so they were no candidates)
    for (Map.Entry<Integer, int[][]> u : updated.entrySet()) {
      int r = u.getKey();
      for (int other : topicLists.getOrDefault(r, EMPTY_LIST)[0]) {
        touched.add(Provenance.pair(r, other));
      }
      for (int other : u.getValue()[0]) {
        touched.add(Provenance.pair(r, other));
      }
    }
    for (long p : touched) {
      if (!newNear.contains(p) && isCandidate(p)) {
        before.add(p);
      }
    }
    for (Map.Entry<Integer, int[][]> u : updated.entrySet()) {
      int r = u.getKey();
      for (int other : topicLists.getOrDefault(r, EMPTY_LIST)[0]) {
        long p = Provenance.pair(r, other);
        if (topicRefs.merge(p, -1, Integer::sum) == 0) {
          topicRefs.remove(p);
        }
      }
      for (int other : u.getValue()[0]) {
        topicRefs.merge(Provenance.pair(r, other), 1, Integer::sum);
      }
      topicLists.put(r, u.getValue());
    }
    List<Long> gained = new ArrayList<>();
    for (long p : touched) {
      boolean now = isCandidate(p);
      boolean was = before.contains(p);
      if (now && !was) {
        gained.add(p);
      } else if (!now && was) {
        Provenance.Verdict v = pairVerdicts.remove(p);
        if (v != null) {
          removeVerdict(v, changedDerived);
        }
      }
    }
    Collections.sort(gained);
    List<Optional<Provenance.Verdict>> verdicts = gained.parallelStream().map(run::evaluate).toList();
    for (int k = 0; k < gained.size(); k++) {
      Optional<Provenance.Verdict> v = verdicts.get(k);
      if (v.isPresent()) {
        pairVerdicts.put(gained.get(k), v.get());
        addVerdict(v.get(), changedDerived);
      }
    }

    // links of every derivative whose verdicts changed, and of those that derive from one of them
    // (a source that copies another source makes a link redundant)
    Set<Integer> recompute = new HashSet<>(changedDerived);
    for (int d : changedDerived) {
      recompute.addAll(derivedOfSource.getOrDefault(d, Set.of()));
    }
    for (Fingerprint f : fps) {
      recompute.add(f.index);
    }
    List<Integer> order = new ArrayList<>(recompute);
    Collections.sort(order);
    List<String> changed = new ArrayList<>();
    for (int d : order) {
      List<Provenance.Verdict> vs = byDerived.get(d);
      List<ProvenanceLink> now;
      added.remove(run.fp[d].id());
      if (vs == null || vs.isEmpty()) {
        now = List.of();
      } else {
        now = run.linksOf(d, vs, byDerived, added);
      }
      List<ProvenanceLink> old = links.getOrDefault(d, List.of());
      if (now.isEmpty()) {
        links.remove(d);
        outgoing.remove(d);
      } else {
        links.put(d, now);
        List<ProvenanceLink> out = new ArrayList<>(now);
        out.sort(java.util.Comparator.comparingDouble(ProvenanceLink::score).reversed());
        outgoing.put(d, List.copyOf(out));
      }
      if (!old.equals(now) || d >= first) {
        changed.add(run.fp[d].id());
      }
    }
    return changed;
  }

  private boolean isCandidate(long p) {
    return nearPairs.contains(p) || topicRefs.getOrDefault(p, 0) > 0;
  }

  private void addVerdict(Provenance.Verdict v, Set<Integer> changedDerived) {
    byDerived.computeIfAbsent(v.derived(), k -> new ArrayList<>()).add(v);
    derivedOfSource.computeIfAbsent(v.source(), k -> new HashSet<>()).add(v.derived());
    changedDerived.add(v.derived());
  }

  private void removeVerdict(Provenance.Verdict v, Set<Integer> changedDerived) {
    List<Provenance.Verdict> vs = byDerived.get(v.derived());
    if (vs != null) {
      vs.remove(v);
      if (vs.isEmpty()) {
        byDerived.remove(v.derived());
      }
    }
    boolean stillLinked = byDerived.getOrDefault(v.derived(), List.of()).stream()
        .anyMatch(w -> w.source() == v.source());
    if (!stillLinked) {
      Set<Integer> ds = derivedOfSource.get(v.source());
      if (ds != null) {
        ds.remove(v.derived());
      }
    }
    changedDerived.add(v.derived());
  }

  private static final int[][] EMPTY_LIST = {new int[0], new int[0]};

  /**
   * {@code list} (others and their band counts, most shared bands first, then arrival order) with
   * {@code newest} (arrived after all of them) at {@code count}, cut to {@code maxCandidates}; the same
   * array when it does not make the cut.
   */
  private int[][] withNewest(int[][] list, int newest, int count) {
    int[] others = list[0];
    int[] counts = list[1];
    int at = 0;
    while (at < counts.length && counts[at] >= count) {
      at++;
    }
    if (at >= settings.maxCandidates()) {
      return list;
    }
    int n = Math.min(settings.maxCandidates(), others.length + 1);
    int[] o = new int[n];
    int[] c = new int[n];
    for (int i = 0, j = 0; i < n; i++) {
      if (i == at) {
        o[i] = newest;
        c[i] = count;
      } else {
        o[i] = others[j];
        c[i] = counts[j];
        j++;
      }
    }
    return new int[][] {o, c};
  }

  /**
   * Batch semantics of the topic candidates of representative {@code r} (see {@code Provenance.Run}):
   * others sharing at least {@code minTopicBandHits} buckets of at most {@code maxBucket} members and
   * similar enough, most shared buckets first, then arrival order, at most {@code maxCandidates}.
   */
  private int[][] neighbours(int r) {
    long[] keys = topicKeys.get(r);
    Map<Integer, Integer> hits = new HashMap<>();
    for (int b = 0; b < keys.length; b++) {
      List<Integer> bucket = topicBuckets.get(b).get(keys[b]);
      if (bucket.size() > settings.maxBucket()) {
        continue;
      }
      for (int other : bucket) {
        if (other != r) {
          hits.merge(other, 1, Integer::sum);
        }
      }
    }
    long[] sig = run.fp[r].topicSignature();
    List<int[]> counts = new ArrayList<>();
    for (Map.Entry<Integer, Integer> h : hits.entrySet()) {
      if (h.getValue() >= settings.minTopicBandHits()
          && MinHasher.estimate(sig, run.fp[h.getKey()].topicSignature()) >= settings.minTopicSimilarity()) {
        counts.add(new int[] {h.getKey(), h.getValue()});
      }
    }
    counts.sort((x, y) -> y[1] != x[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[0], y[0]));
    int k = Math.min(settings.maxCandidates(), counts.size());
    int[] o = new int[k];
    int[] c = new int[k];
    for (int i = 0; i < k; i++) {
      o[i] = counts.get(i)[0];
      c[i] = counts.get(i)[1];
    }
    return new int[][] {o, c};
  }

  /** Starts over with every article added so far, as one batch; all of them are reported changed. */
  private List<String> rebuild() {
    List<Article> all = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      all.add(run.fp[i].article);
    }
    reset();
    add(all);
    return ids();
  }
}
