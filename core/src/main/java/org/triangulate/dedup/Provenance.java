package org.triangulate.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.triangulate.article.Article;
import org.triangulate.dossier.Derivation.Relation;

/**
 * Front door of provenance: who copied whom in a batch of articles.
 *
 * <ol>
 *   <li><b>Exact copies</b>: equal {@link Shingles#bodyHash normalised-body hash}; only one
 *       representative per group goes on.</li>
 *   <li><b>Near duplicates</b>: 128-permutation {@link MinHasher MinHash} of word 5-shingles, exact-key
 *       {@link LshBands LSH banding}, confirmed by exact Jaccard (or containment of a copy inside extra
 *       material).</li>
 *   <li><b>Paraphrases and partial reuse</b>: candidates from a second LSH over content words (a capped
 *       number per article), then sentence alignment: content-word overlap, plus embedding cosine when a
 *       {@link SentenceEmbedder} is given (only sentences of candidate pairs are embedded, so cost stays
 *       near-linear). Quoted sentences align but count little: outlets quoting one statement are not
 *       copies; sentences reporting what someone said count {@link ProvenanceSettings#attributedWeight
 *       partly}.</li>
 *   <li><b>Direction</b>: the earlier publication date wins; otherwise textual evidence: a "Source:"
 *       credit line, the fuller text for copies, the more specific text (numbers, names, quotations) for
 *       rewrites; last, input order (earlier input is taken as the source).</li>
 * </ol>
 *
 * <p>Thread-safe; {@link #analyse} uses the common fork-join pool.
 */
public final class Provenance {
  private final ProvenanceSettings settings;
  private final Optional<SentenceEmbedder> embedder;
  private final MinHasher hasher = MinHasher.DEFAULT;
  private final LshBands shingleBands;
  private final LshBands topicBands;

  public Provenance(ProvenanceSettings settings, Optional<SentenceEmbedder> embedder) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.shingleBands = new LshBands(settings.bands(), settings.rows());
    this.topicBands = new LshBands(settings.topicBands(), settings.topicRows());
  }

  /** Default settings with the in-process MiniLM sentence embedder (loaded on first use). */
  public static Provenance withDefaults() {
    return new Provenance(ProvenanceSettings.DEFAULTS, Optional.of(SentenceEmbedder.miniLm()));
  }

  /** Default settings without embeddings: paraphrases are found only through shared content words. */
  public static Provenance lexicalOnly() {
    return new Provenance(ProvenanceSettings.DEFAULTS, Optional.empty());
  }

  public ProvenanceSettings settings() {
    return settings;
  }

  /**
   * Finds copies, near duplicates, paraphrases and partial reuse among {@code articles}.
   *
   * @throws IllegalArgumentException when two articles share an id
   */
  public ProvenanceReport analyse(List<Article> articles) {
    Run run = new Run(articles);
    List<Verdict> verdicts = new ArrayList<>(run.exactCopies());
    Set<Long> pairs = run.nearDuplicateCandidates();
    Set<Long> topic = run.topicCandidates(pairs);
    List<Long> all = new ArrayList<>(pairs);
    all.addAll(topic);
    Collections.sort(all);
    verdicts.addAll(all.parallelStream().map(run::evaluate).flatMap(Optional::stream).toList());
    return run.report(verdicts);
  }

  /**
   * Only exact copies and near duplicates (stages 1 and 2), without sentence alignment: the fast path
   * for deduplicating large collections. Links carry no alignments.
   */
  public List<ProvenanceLink> nearDuplicates(List<Article> articles) {
    Run run = new Run(articles);
    List<Verdict> verdicts = new ArrayList<>(run.exactCopies());
    List<Long> pairs = new ArrayList<>(run.nearDuplicateCandidates());
    Collections.sort(pairs);
    verdicts.addAll(pairs.parallelStream().map(run::confirmNearDuplicate).flatMap(Optional::stream).toList());
    return verdicts.stream().map(v -> new ProvenanceLink(run.fp[v.derived].id(), run.fp[v.source].id(),
        v.relation, v.score, List.of())).toList();
  }

  /** One pair's outcome: {@code derived} copies or rewrites {@code source}. */
  record Verdict(int derived, int source, Relation relation, double score,
      Optional<Alignment.Side> derivedSide, Optional<Alignment.Side> sourceSide) {}

  /** The state of one analysis. */
  final class Run {
    /** Fingerprints by input index; {@link ProvenanceIndex} grows it as articles arrive. */
    Fingerprint[] fp;
    /** Representatives of exact-copy groups (indexes into fp), in input order. */
    final int[] reps;
    /** Exact-copy groups by body hash (empty bodies are in none), and each group's original. */
    private final Map<Long, List<Integer>> groups = new LinkedHashMap<>();
    private final Map<Integer, Integer> original = new HashMap<>();

    /** An empty run for {@link ProvenanceIndex}, which keeps groups and candidates itself. */
    Run() {
      fp = new Fingerprint[16];
      reps = new int[0];
    }

    Fingerprint fingerprint(int index, Article article) {
      return new Fingerprint(index, article, settings, hasher);
    }

    LshBands shingleBands() {
      return shingleBands;
    }

    LshBands topicBands() {
      return topicBands;
    }

    Run(List<Article> articles) {
      Set<String> ids = new HashSet<>();
      for (Article a : articles) {
        if (!ids.add(a.id())) {
          throw new IllegalArgumentException("two articles share the id '" + a.id() + "' (" + a.origin() + ")");
        }
      }
      fp = IntStream.range(0, articles.size()).parallel()
          .mapToObj(i -> new Fingerprint(i, articles.get(i), settings, hasher)).toArray(Fingerprint[]::new);
      for (Fingerprint f : fp) {
        if (!f.empty()) {
          groups.computeIfAbsent(f.bodyHash, k -> new ArrayList<>()).add(f.index);
        }
      }
      // the representative of an exact group is its original, not necessarily the first seen
      List<Integer> reps2 = new ArrayList<>();
      for (List<Integer> g : groups.values()) {
        int best = g.get(0);
        for (int x : g) {
          if (derivedFrom(best, x, Relation.COPY, Optional.empty(), Optional.empty())) {
            best = x;
          }
        }
        reps2.add(best);
        original.put(g.get(0), best);
      }
      Collections.sort(reps2);
      reps = reps2.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Verdict> exactCopies() {
      List<Verdict> out = new ArrayList<>();
      for (List<Integer> g : groups.values()) {
        int o = original.get(g.get(0));
        for (int x : g) {
          if (x != o) {
            out.add(new Verdict(x, o, Relation.COPY, 1.0, Optional.empty(), Optional.empty()));
          }
        }
      }
      return out;
    }

    /** Pairs of representatives sharing a shingle band key, as {@code (i << 32) | j} with i < j. */
    Set<Long> nearDuplicateCandidates() {
      long[][] keys = new long[reps.length][];
      IntStream.range(0, reps.length).parallel().forEach(r -> keys[r] = shingleBands.keys(fp[reps[r]].signature));
      Set<Long> pairs = new HashSet<>();
      for (int band = 0; band < shingleBands.bands(); band++) {
        BandIndex index = bandIndex(keys, band);
        for (int r = 0; r < reps.length; r++) {
          int p = index.position(r);
          int from = Math.max(index.from(r), p - settings.maxBucket());
          for (int q = from; q < p; q++) {
            pairs.add(pair(reps[index.at(q)], reps[r]));
          }
        }
      }
      return pairs;
    }

    /** Up to {@code maxCandidates} topic neighbours per representative, minus pairs already in {@code seen}. */
    Set<Long> topicCandidates(Set<Long> seen) {
      long[][] keys = new long[reps.length][];
      IntStream.range(0, reps.length).parallel().forEach(r -> keys[r] = topicBands.keys(fp[reps[r]].topicSignature()));
      BandIndex[] indexes = new BandIndex[topicBands.bands()];
      IntStream.range(0, indexes.length).parallel().forEach(b -> indexes[b] = bandIndex(keys, b));
      List<long[]> perRep = IntStream.range(0, reps.length).parallel().mapToObj(r -> neighbours(r, indexes)).toList();
      Set<Long> out = new HashSet<>();
      for (long[] ps : perRep) {
        for (long p : ps) {
          if (!seen.contains(p)) {
            out.add(p);
          }
        }
      }
      return out;
    }

    private long[] neighbours(int r, BandIndex[] indexes) {
      int[] buf = new int[64];
      int n = 0;
      for (BandIndex index : indexes) {
        if (index.bucketSize(r) > settings.maxBucket()) {
          continue;
        }
        for (int p = index.from(r); p < index.to(r); p++) {
          int other = index.at(p);
          if (other != r) {
            if (n == buf.length) {
              buf = Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = other;
          }
        }
      }
      Arrays.sort(buf, 0, n);
      List<int[]> counts = new ArrayList<>();
      for (int i = 0; i < n; ) {
        int j = i;
        while (j < n && buf[j] == buf[i]) {
          j++;
        }
        if (j - i >= settings.minTopicBandHits() && MinHasher.estimate(fp[reps[r]].topicSignature(),
            fp[reps[buf[i]]].topicSignature()) >= settings.minTopicSimilarity()) {
          counts.add(new int[] {buf[i], j - i});
        }
        i = j;
      }
      counts.sort((x, y) -> y[1] != x[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[0], y[0]));
      int k = Math.min(settings.maxCandidates(), counts.size());
      long[] out = new long[k];
      for (int i = 0; i < k; i++) {
        out[i] = pair(reps[r], reps[counts.get(i)[0]]);
      }
      return out;
    }

    private BandIndex bandIndex(long[][] keys, int band) {
      long[] k = new long[keys.length];
      for (int r = 0; r < keys.length; r++) {
        k[r] = keys[r][band];
      }
      return new BandIndex(k);
    }

    /** Stage 2 only: exact Jaccard (or containment) confirmation, direction without alignment. */
    Optional<Verdict> confirmNearDuplicate(long pair) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      Optional<Relation> rel = copyRelation(fp[i], fp[j]);
      if (rel.isEmpty()) {
        return Optional.empty();
      }
      double score = copyScore(fp[i], fp[j]);
      boolean iDerived = derivedFrom(i, j, rel.get(), Optional.empty(), Optional.empty());
      return Optional.of(new Verdict(iDerived ? i : j, iDerived ? j : i, rel.get(), score, Optional.empty(),
          Optional.empty()));
    }

    /** Full pair analysis: copy relation or, failing that, sentence alignment. */
    Optional<Verdict> evaluate(long pair) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      Fingerprint x = fp[i];
      Fingerprint y = fp[j];
      Optional<Relation> copy = copyRelation(x, y);
      Alignment al = Alignment.of(x, y, settings, copy.isPresent() ? Optional.empty() : embedder);
      Relation rel;
      double score;
      if (copy.isPresent()) {
        rel = copy.get();
        score = copyScore(x, y);
      } else {
        double coverage = Math.max(al.a.coverage, al.b.coverage);
        double verbatimCoverage = Math.min(al.a.verbatimCoverage, al.b.verbatimCoverage);
        double aligned = Math.max(al.a.aligned, al.b.aligned);
        double verbatim = Math.max(al.a.verbatim, al.b.verbatim);
        if (verbatimCoverage >= settings.nearDuplicateContainment()) {
          rel = Relation.NEAR_DUPLICATE; // sentence by sentence the same text, under scattered word edits
          coverage = verbatimCoverage;
        } else if (verbatim >= settings.partialMinSentences() && verbatim >= 0.5 * aligned
            && coverage < settings.partialMaxCoverage()) {
          rel = Relation.PARTIAL; // passages pasted into an otherwise own text
        } else if (coverage >= settings.paraphraseCoverage() && aligned >= settings.minAlignedSentences()) {
          rel = Relation.PARAPHRASE;
        } else if (verbatim >= settings.partialMinSentences()) {
          rel = Relation.PARTIAL;
        } else {
          return Optional.empty();
        }
        score = coverage;
      }
      boolean iDerived = derivedFrom(i, j, rel, Optional.of(al.a), Optional.of(al.b));
      return Optional.of(iDerived
          ? new Verdict(i, j, rel, score, Optional.of(al.a), Optional.of(al.b))
          : new Verdict(j, i, rel, score, Optional.of(al.b), Optional.of(al.a)));
    }

    private Optional<Relation> copyRelation(Fingerprint x, Fingerprint y) {
      int inter = Shingles.intersection(x.shingles, y.shingles);
      int union = x.shingles.length + y.shingles.length - inter;
      double jaccard = union == 0 ? 0 : (double) inter / union;
      int min = Math.min(x.shingles.length, y.shingles.length);
      int max = Math.max(x.shingles.length, y.shingles.length);
      if (jaccard >= settings.copyJaccard()) {
        return Optional.of(Relation.COPY);
      }
      if (jaccard >= settings.nearDuplicateJaccard()) {
        return Optional.of(Relation.NEAR_DUPLICATE);
      }
      if (min > 0 && (double) inter / min >= settings.nearDuplicateContainment()
          && (double) min / max >= settings.minLengthRatio()) {
        return Optional.of(Relation.NEAR_DUPLICATE);
      }
      return Optional.empty();
    }

    private double copyScore(Fingerprint x, Fingerprint y) {
      int inter = Shingles.intersection(x.shingles, y.shingles);
      int union = x.shingles.length + y.shingles.length - inter;
      int min = Math.min(x.shingles.length, y.shingles.length);
      double jaccard = union == 0 ? 0 : (double) inter / union;
      return jaccard >= settings.nearDuplicateJaccard() || min == 0 ? jaccard : (double) inter / min;
    }

    /** Whether article {@code i} derives from article {@code j} (the reverse when false). */
    boolean derivedFrom(int i, int j, Relation rel, Optional<Alignment.Side> si, Optional<Alignment.Side> sj) {
      Fingerprint x = fp[i];
      Fingerprint y = fp[j];
      Optional<LocalDate> dx = x.article.published();
      Optional<LocalDate> dy = y.article.published();
      if (dx.isPresent() && dy.isPresent() && !dx.get().equals(dy.get())) {
        return dx.get().isAfter(dy.get());
      }
      if (x.credit() != y.credit()) {
        return x.credit();
      }
      if (rel == Relation.COPY || rel == Relation.NEAR_DUPLICATE) {
        int lx = x.shingles.length;
        int ly = y.shingles.length;
        if (Math.abs(lx - ly) > 0.02 * Math.max(lx, ly)) {
          return lx < ly; // the fuller text is the source
        }
      } else if (si.isPresent() && sj.isPresent()) {
        // what only one side says: a source's own sentences carry facts, a rewrite's additions are generic
        double ux = si.get().unaligned == 0 ? 0 : (double) si.get().unalignedSpecifics / si.get().unaligned;
        double uy = sj.get().unaligned == 0 ? 0 : (double) sj.get().unalignedSpecifics / sj.get().unaligned;
        if (Math.abs(ux - uy) >= 0.5) {
          return ux < uy;
        }
        int sx = si.get().specifics;
        int sy = sj.get().specifics;
        if (Math.abs(sx - sy) > 0.1 * Math.max(sx, sy)) {
          return sx < sy; // the more specific text is the source
        }
        if (si.get().unaligned != sj.get().unaligned) {
          return si.get().unaligned > sj.get().unaligned; // the derivative adds sentences
        }
      }
      return i > j;
    }

    ProvenanceReport report(List<Verdict> verdicts) {
      Map<Integer, List<Verdict>> bySource = new HashMap<>();
      Map<Integer, List<Verdict>> byDerived = new LinkedHashMap<>();
      for (Verdict v : verdicts) {
        byDerived.computeIfAbsent(v.derived, k -> new ArrayList<>()).add(v);
        bySource.computeIfAbsent(v.source, k -> new ArrayList<>()).add(v);
      }
      List<ProvenanceLink> links = new ArrayList<>();
      Map<String, List<String>> added = new HashMap<>();
      List<Integer> derivedOrder = new ArrayList<>(byDerived.keySet());
      Collections.sort(derivedOrder);
      for (int d : derivedOrder) {
        links.addAll(linksOf(d, byDerived.get(d), byDerived, added));
      }
      List<String> ids = Arrays.stream(fp).map(Fingerprint::id).toList();
      return new ProvenanceReport(ids, links, added);
    }

    /**
     * The links kept for derivative {@code d} given its verdicts {@code vs} (all verdicts by derivative in
     * {@code byDerived}), ordered by source index; puts the sentences {@code d} adds into {@code added}
     * unless it is an exact copy.
     */
    List<ProvenanceLink> linksOf(int d, List<Verdict> vs, Map<Integer, List<Verdict>> byDerived,
        Map<String, List<String>> added) {
      List<ProvenanceLink> links = new ArrayList<>();
      Set<Integer> sources = new HashSet<>();
      vs.forEach(v -> sources.add(v.source));
      List<Verdict> kept = explainAway(vs.stream().filter(v -> !redundant(v, sources, byDerived)).toList());
      kept.sort((a, b) -> a.source - b.source);
      boolean exact = false;
      Set<Integer> supported = new HashSet<>();
      for (Verdict v : kept) {
        List<AlignedSentence> pairs = v.derivedSide.isPresent()
            ? Alignment.pairs(v.derivedSide.get(), v.sourceSide.get()) : List.of();
        links.add(new ProvenanceLink(fp[d].id(), fp[v.source].id(), v.relation, v.score, pairs));
        if (v.derivedSide.isEmpty()) {
          exact = true;
        } else {
          Alignment.Side side = v.derivedSide.get();
          for (int k = 0; k < side.sentences.size(); k++) {
            if (side.match[k] >= 0) {
              supported.add(side.sentences.get(k).index());
            }
          }
        }
      }
      if (!exact) {
        List<String> extra = new ArrayList<>();
        for (Sentence s : fp[d].sentences()) {
          if (s.words() >= settings.minSentenceWords() && s.contentWords() >= Alignment.MIN_CONTENT_WORDS
              && !supported.contains(s.index())) {
            extra.add(s.text());
          }
        }
        added.put(fp[d].id(), extra);
      }
      return links;
    }

    /**
     * Strongest source first; a weaker paraphrase or partial source is kept only if it explains enough
     * of the derivative's sentences that the stronger ones do not (a rewrite of one report also resembles
     * every other report of the event).
     */
    private List<Verdict> explainAway(List<Verdict> vs) {
      List<Verdict> sorted = new ArrayList<>(vs);
      sorted.sort(Comparator.comparingInt((Verdict v) -> v.relation.ordinal())
          .thenComparing(Comparator.comparingDouble((Verdict v) -> v.derivedSide.map(x -> x.aligned).orElse(1e9))
              .reversed())
          .thenComparing(Comparator.comparingDouble(Verdict::score).reversed())
          .thenComparingInt(Verdict::source));
      Set<Integer> explained = new HashSet<>();
      List<Verdict> kept = new ArrayList<>();
      for (Verdict v : sorted) {
        if (v.derivedSide.isEmpty() || v.relation == Relation.COPY || v.relation == Relation.NEAR_DUPLICATE) {
          kept.add(v);
          continue;
        }
        Alignment.Side d = v.derivedSide.get();
        Alignment.Side src = v.sourceSide.get();
        double fresh = 0;
        double freshVerbatim = 0;
        for (int k = 0; k < d.sentences.size(); k++) {
          if (d.match[k] >= 0 && !explained.contains(d.sentences.get(k).index())) {
            double w = Alignment.weight(d.sentences.get(k), src.sentences.get(d.match[k]), settings);
            fresh += w;
            if (d.kind[k] == AlignedSentence.Kind.VERBATIM) {
              freshVerbatim += w;
            }
          }
        }
        boolean enough = v.relation == Relation.PARAPHRASE
            ? fresh >= settings.minAlignedSentences() : freshVerbatim >= settings.partialMinSentences();
        if (kept.isEmpty() || enough) {
          kept.add(v);
          for (int k = 0; k < d.sentences.size(); k++) {
            if (d.match[k] >= 0) {
              explained.add(d.sentences.get(k).index());
            }
          }
        }
      }
      return kept;
    }

    /** A link to a source that itself copies another source of the same derivative says nothing new. */
    private boolean redundant(Verdict v, Set<Integer> sources, Map<Integer, List<Verdict>> byDerived) {
      for (Verdict w : byDerived.getOrDefault(v.source, List.of())) {
        if (sources.contains(w.source) && (w.relation == Relation.COPY || w.relation == Relation.NEAR_DUPLICATE)) {
          return true;
        }
      }
      return false;
    }
  }

  static long pair(int i, int j) {
    int a = Math.min(i, j);
    int b = Math.max(i, j);
    return ((long) a << 32) | (b & 0xffffffffL);
  }
}
