package org.triangulate.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Sentence alignment between two articles A and B, in both directions: for each sentence of one, its
 * best match in the other (content-word Dice first, embedding cosine when an embedder is given).
 */
final class Alignment {
  /** Sentences with fewer alphabetic content words are datelines, timestamps or captions, not statements. */
  static final int MIN_CONTENT_WORDS = 3;

  /** Per sentence of a side: matched sentence index in the other side or -1, its kind and similarity. */
  static final class Side {
    final List<Sentence> sentences;
    final int[] match;
    final AlignedSentence.Kind[] kind;
    final double[] similarity;
    /** Weighted share of the side's words in aligned sentences (quoted 0, attributed reduced). */
    double coverage;
    /** Weighted number of aligned sentences. */
    double aligned;
    /** Weighted number of verbatim-aligned sentences. */
    double verbatim;
    /** Unweighted share of the side's words in verbatim-aligned sentences (a lightly edited copy: ~1). */
    double verbatimCoverage;
    /** Specific details (numbers, names, quotes) in aligned sentences. */
    int specifics;
    /** Sentences (long enough) that align with nothing. */
    int unaligned;
    /** Specific details in the sentences that align with nothing. */
    int unalignedSpecifics;

    Side(List<Sentence> sentences) {
      this.sentences = sentences;
      match = new int[sentences.size()];
      Arrays.fill(match, -1);
      kind = new AlignedSentence.Kind[sentences.size()];
      similarity = new double[sentences.size()];
    }
  }

  final Side a;
  final Side b;

  private Alignment(Side a, Side b) {
    this.a = a;
    this.b = b;
  }

  static Alignment of(Fingerprint fa, Fingerprint fb, ProvenanceSettings s, Optional<SentenceEmbedder> embedder) {
    List<Sentence> sa = usable(fa.sentences(), s);
    List<Sentence> sb = usable(fb.sentences(), s);
    double[][] dice = new double[sa.size()][sb.size()];
    for (int i = 0; i < sa.size(); i++) {
      for (int j = 0; j < sb.size(); j++) {
        dice[i][j] = dice(sa.get(i).content(), sb.get(j).content());
      }
    }
    double[][] cos = null;
    if (embedder.isPresent() && !sa.isEmpty() && !sb.isEmpty()) {
      List<String> texts = new ArrayList<>(sa.size() + sb.size());
      sa.forEach(x -> texts.add(x.text()));
      sb.forEach(x -> texts.add(x.text()));
      List<float[]> v = embedder.get().embedAll(texts);
      cos = new double[sa.size()][sb.size()];
      for (int i = 0; i < sa.size(); i++) {
        for (int j = 0; j < sb.size(); j++) {
          cos[i][j] = SentenceEmbedder.cosine(v.get(i), v.get(sa.size() + j));
        }
      }
    }
    Side left = new Side(sa);
    Side right = new Side(sb);
    // one-to-one: strongest pairs first (verbatim, then lexical, then semantic; by similarity), so one
    // sentence cannot vouch for several (independent reports restate the same key fact many ways)
    List<double[]> edges = new ArrayList<>();
    for (int i = 0; i < sa.size(); i++) {
      for (int j = 0; j < sb.size(); j++) {
        double d = dice[i][j];
        if (d >= s.verbatimAlign()) {
          edges.add(new double[] {2, d, i, j});
        } else if (d >= s.lexicalAlign()) {
          edges.add(new double[] {1, d, i, j});
        } else if (cos != null && cos[i][j] >= s.semanticAlign()) {
          edges.add(new double[] {0, cos[i][j], i, j});
        }
      }
    }
    edges.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
        : x[1] != y[1] ? Double.compare(y[1], x[1]) : x[2] != y[2] ? Double.compare(x[2], y[2]) : Double.compare(x[3], y[3]));
    for (double[] e : edges) {
      int i = (int) e[2];
      int j = (int) e[3];
      if (left.match[i] < 0 && right.match[j] < 0) {
        AlignedSentence.Kind kind = e[0] == 2 ? AlignedSentence.Kind.VERBATIM
            : e[0] == 1 ? AlignedSentence.Kind.LEXICAL : AlignedSentence.Kind.SEMANTIC;
        set(left, i, j, kind, e[1]);
        set(right, j, i, kind, e[1]);
      }
    }
    tally(left, right, s);
    tally(right, left, s);
    return new Alignment(left, right);
  }

  private static List<Sentence> usable(List<Sentence> all, ProvenanceSettings s) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence x : all) {
      if (x.words() >= s.minSentenceWords() && x.contentWords() >= MIN_CONTENT_WORDS) {
        out.add(x);
      }
    }
    return out;
  }

  private static void tally(Side from, Side to, ProvenanceSettings s) {
    double totalWords = 0;
    double coveredWords = 0;
    double verbatimWords = 0;
    for (int i = 0; i < from.sentences.size(); i++) {
      Sentence x = from.sentences.get(i);
      totalWords += x.words();
      if (from.match[i] < 0) {
        from.unaligned++;
        from.unalignedSpecifics += x.specifics();
        continue;
      }
      Sentence y = to.sentences.get(from.match[i]);
      double w = weight(x, y, s);
      coveredWords += w * x.words();
      from.aligned += w;
      if (from.kind[i] == AlignedSentence.Kind.VERBATIM) {
        from.verbatim += w;
        verbatimWords += x.words();
      }
      from.specifics += x.specifics() + (x.quotedShare() > 0 ? 2 : 0);
    }
    from.coverage = totalWords == 0 ? 0 : coveredWords / totalWords;
    from.verbatimCoverage = totalWords == 0 ? 0 : verbatimWords / totalWords;
  }

  private static void set(Side side, int i, int j, AlignedSentence.Kind kind, double sim) {
    side.match[i] = j;
    side.kind[i] = kind;
    side.similarity[i] = sim;
  }

  /** How much an aligned pair counts as evidence of derivation. */
  static double weight(Sentence x, Sentence y, ProvenanceSettings s) {
    if (x.quoted() || y.quoted()) {
      return s.quotedWeight();
    }
    return x.attributed() || y.attributed() ? s.attributedWeight() : 1;
  }

  /** The aligned sentences of {@code from} (its matches in {@code to}) as public records. */
  static List<AlignedSentence> pairs(Side from, Side to) {
    List<AlignedSentence> out = new ArrayList<>();
    for (int i = 0; i < from.sentences.size(); i++) {
      int j = from.match[i];
      if (j >= 0) {
        Sentence x = from.sentences.get(i);
        Sentence y = to.sentences.get(j);
        out.add(new AlignedSentence(x.text(), y.text(), from.kind[i], from.similarity[i], x.quoted() || y.quoted()));
      }
    }
    return out;
  }

  /** Dice coefficient 2|a∩b| / (|a|+|b|) of two sorted distinct arrays. */
  static double dice(long[] x, long[] y) {
    if (x.length + y.length == 0) {
      return 0;
    }
    return 2.0 * Shingles.intersection(x, y) / (x.length + y.length);
  }
}
