package org.triangulate.claim;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.text.Embeddings;
import org.triangulate.text.Sentence;
import org.triangulate.text.Token;

/**
 * The same-fact model: the features of a pair of sentences of two articles and the logistic model
 * over them that {@link ClaimSettings.Weights} holds; with a trainer, so that the weights are fitted
 * by a documented command ({@code triangulate-bench dossier-dev --train}) instead of set by hand.
 *
 * <p>Features, in order: vector cosine (0 without vectors), Dice overlap of content stems, the share
 * of the numbers of the sentence with fewer numbers that the other gives too, and the smaller share of
 * quoted text.
 */
public final class SameFact {
  private SameFact() {}

  /** Number of features. */
  public static final int FEATURES = 4;

  /** The features of sentence {@code i} of {@code a} and sentence {@code j} of {@code b}. */
  public static double[] features(AnalyzedArticle a, int i, AnalyzedArticle b, int j) {
    return features(a, a.sentences().get(i), b, b.sentences().get(j));
  }

  static double[] features(AnalyzedArticle a, Sentence x, AnalyzedArticle b, Sentence y) {
    return features(a, x, stems(x), numbers(x), b, y, stems(y), numbers(y));
  }

  /** The features of two statements, their stems and numbers already known. */
  static double[] features(Statement x, Statement y) {
    return features(x.source(), x.sentence(), x.stems(), x.numbers(), y.source(), y.sentence(), y.stems(), y.numbers());
  }

  private static double[] features(AnalyzedArticle a, Sentence x, Set<String> xs, Set<Double> xn, AnalyzedArticle b,
      Sentence y, Set<String> ys, Set<Double> yn) {
    double cos = 0;
    if (a.embeddings().isPresent() && b.embeddings().isPresent()) {
      Embeddings ex = a.embeddings().get();
      Embeddings ey = b.embeddings().get();
      if (ex.model().equals(ey.model())) {
        cos = ex.cosine(x.index(), ey, y.index());
      }
    }
    return new double[] {cos, dice(xs, ys), numberAgreement(xn, yn), Math.min(x.quoted(), y.quoted())};
  }

  /** The model's probability for {@code features} under {@code w}. */
  public static double probability(ClaimSettings.Weights w, double[] f) {
    double z = w.bias() + w.cosine() * f[0] + w.dice() * f[1] + w.numbers() * f[2] + w.quoted() * f[3];
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Weights fitted by L2-regularised logistic regression (Newton's method) to labelled pairs.
   *
   * @param x feature rows ({@link #features})
   * @param y whether each pair states the same fact
   * @param vectors fit the cosine weight too (else it stays 0, for a text layer without vectors)
   * @param l2 the penalty on the weights other than the bias
   */
  public static ClaimSettings.Weights fit(List<double[]> x, List<Boolean> y, boolean vectors, double l2) {
    Objects.requireNonNull(x, "x");
    if (x.size() != y.size() || x.isEmpty()) {
      throw new IllegalArgumentException("need as many labels as rows, and some: " + x.size() + " vs " + y.size());
    }
    int d = FEATURES + 1;
    double[] w = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int r = 0; r < x.size(); r++) {
        double[] row = row(x.get(r), vectors);
        double z = 0;
        for (int k = 0; k < d; k++) {
          z += w[k] * row[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double err = p - (y.get(r) ? 1 : 0);
        double s = Math.max(p * (1 - p), 1e-9);
        for (int k = 0; k < d; k++) {
          grad[k] += err * row[k];
          for (int l = 0; l < d; l++) {
            hess[k][l] += s * row[k] * row[l];
          }
        }
      }
      for (int k = 1; k < d; k++) {
        grad[k] += l2 * w[k];
        hess[k][k] += l2;
      }
      if (!vectors) {
        grad[1] = 0;
        for (int k = 0; k < d; k++) {
          hess[1][k] = k == 1 ? 1 : 0;
          hess[k][1] = k == 1 ? 1 : 0;
        }
      }
      double[] step = solve(hess, grad);
      double change = 0;
      for (int k = 0; k < d; k++) {
        w[k] -= step[k];
        change += Math.abs(step[k]);
      }
      if (change < 1e-8) {
        break;
      }
    }
    return new ClaimSettings.Weights(round(w[0]), round(w[1]), round(w[2]), round(w[3]), round(w[4]));
  }

  private static double round(double v) {
    return Math.rint(v * 100) / 100;
  }

  private static double[] row(double[] f, boolean vectors) {
    return new double[] {1, vectors ? f[0] : 0, f[1], f[2], f[3]};
  }

  /** Gaussian elimination with partial pivoting on a small dense system. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      if (Math.abs(m[c][c]) < 1e-12) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k <= n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
    }
    return out;
  }

  static Set<String> stems(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      if (t.content()) {
        out.add(t.stem());
      }
    }
    return out;
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int i = 0;
    for (String x : a) {
      if (b.contains(x)) {
        i++;
      }
    }
    return 2.0 * i / (a.size() + b.size());
  }

  static Set<Double> numbers(Sentence s) {
    Set<Double> out = new HashSet<>();
    s.figures().forEach(f -> out.add(f.value()));
    for (Token t : s.tokens()) {
      if (t.numeric()) {
        try {
          out.add(Double.parseDouble(t.norm().replace(",", "")));
        } catch (NumberFormatException e) {
          // "4:52", "2023-10-10": not one number
        }
      }
    }
    return out;
  }

  private static double numberAgreement(Set<Double> a, Set<Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int i = 0;
    for (double v : a) {
      if (b.contains(v)) {
        i++;
      }
    }
    return (double) i / Math.min(a.size(), b.size());
  }
}
