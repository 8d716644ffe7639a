package org.triangulate.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The Zyte article-extraction-benchmark metric, reimplemented exactly as
 * {@code ../shared/bench/article-extraction/README.md} describes it: Python-{@code \w+} tokens,
 * multisets of contiguous token n-grams (n = 4 in the benchmark), per-document counts normalised to
 * sum to one, macro precision and recall, F1 of the two macros, and exact-token accuracy.
 *
 * <p>Trap: Java's {@code \w} with {@code UNICODE_CHARACTER_CLASS} also matches combining marks and
 * connector punctuation; Python's does not. {@link #tokens} therefore tests code points itself.
 */
final class ShingleScore {
  /** The benchmark's shingle length. */
  static final int ZYTE_N = 4;

  private ShingleScore() {}

  /** Normalised counts of one document; {@code tp + fp + fn} is 1, or all are 0 when both texts are empty. */
  record Doc(double tp, double fp, double fn, boolean exact) {
    /** Precision of this document; {@code NaN} when the prediction had no shingles (excluded from the macro). */
    double precision() {
      if (fp == 0 && fn == 0) {
        return tp + fp > 0 ? 1 : Double.NaN;
      }
      return tp + fp > 0 ? tp / (tp + fp) : Double.NaN;
    }

    /** Recall of this document; {@code NaN} when the truth had no shingles (excluded from the macro). */
    double recall() {
      if (fp == 0 && fn == 0) {
        return tp + fn > 0 ? 1 : Double.NaN;
      }
      return tp + fn > 0 ? tp / (tp + fn) : Double.NaN;
    }
  }

  /** Macro scores over a set of documents. */
  record Summary(double f1, double precision, double recall, double accuracy, int docs, int emptyPredictions) {}

  /** Python 3 {@code re.findall(r"\w+", text)} for a Unicode str. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean word = isWord(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  static boolean isWord(int cp) {
    if (Character.isLetter(cp) || cp == '_') {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Multiset of contiguous {@code n}-grams; 1 to n-1 tokens give one shorter shingle, none give none. */
  static Map<List<String>, Integer> shingles(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < n) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(tokens.subList(i, i + n), 1, Integer::sum);
    }
    return out;
  }

  /** Scores one prediction against the truth with {@code n}-gram shingles. */
  static Doc score(String truth, String prediction, int n) {
    List<String> t = tokens(truth);
    List<String> p = tokens(prediction);
    Map<List<String>, Integer> ct = shingles(t, n);
    Map<List<String>, Integer> cp = shingles(p, n);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<List<String>, Integer> e : ct.entrySet()) {
      int a = e.getValue();
      int b = cp.getOrDefault(e.getKey(), 0);
      tp += Math.min(a, b);
      fn += Math.max(0, a - b);
      fp += Math.max(0, b - a);
    }
    for (Map.Entry<List<String>, Integer> e : cp.entrySet()) {
      if (!ct.containsKey(e.getKey())) {
        fp += e.getValue();
      }
    }
    double s = tp + fp + fn;
    boolean exact = t.equals(p);
    if (s == 0) {
      return new Doc(0, 0, 0, exact);
    }
    return new Doc(tp / s, fp / s, fn / s, exact);
  }

  /** Macro precision and recall, F1 of the macros, accuracy over all documents. */
  static Summary summarize(List<Doc> docs) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    int exact = 0;
    int empty = 0;
    for (Doc d : docs) {
      double dp = d.precision();
      if (!Double.isNaN(dp)) {
        p += dp;
        np++;
      } else {
        empty++;
      }
      double dr = d.recall();
      if (!Double.isNaN(dr)) {
        r += dr;
        nr++;
      }
      if (d.exact()) {
        exact++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(f1, precision, recall, docs.isEmpty() ? 0 : (double) exact / docs.size(), docs.size(), empty);
  }

  /** Standard deviation of F1 over {@code rounds} bootstrap resamples (fixed seed, so reproducible). */
  static double bootstrapF1Std(List<Doc> docs, int rounds, long seed) {
    Random random = new Random(seed);
    double sum = 0;
    double sq = 0;
    for (int k = 0; k < rounds; k++) {
      List<Doc> sample = new ArrayList<>(docs.size());
      for (int i = 0; i < docs.size(); i++) {
        sample.add(docs.get(random.nextInt(docs.size())));
      }
      double f = summarize(sample).f1();
      sum += f;
      sq += f * f;
    }
    double mean = sum / rounds;
    return Math.sqrt(Math.max(0, sq / rounds - mean * mean));
  }
}
