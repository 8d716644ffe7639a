package org.triangulate.text;

import java.util.Objects;

/**
 * The sentence vectors of one article: row 0 is the headline, row {@code i + 1} the body's sentence
 * {@code i}. Unit length, so a dot product is a cosine. Immutable: rows are never handed out, only
 * copies and products.
 */
public final class Embeddings {
  private final float[][] rows;
  private final String model;

  Embeddings(float[][] rows, String model) {
    this.rows = rows.clone();
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The encoder that made them ("all-minilm-l6-v2-q"); vectors of different models never compare. */
  public String model() {
    return model;
  }

  /** Number of rows: one more than the body's sentences. */
  public int rows() {
    return rows.length;
  }

  public int dimensions() {
    return rows.length == 0 ? 0 : rows[0].length;
  }

  /** A copy of the headline's vector. */
  public float[] headline() {
    return rows[0].clone();
  }

  /** A copy of sentence {@code i}'s vector. */
  public float[] sentence(int i) {
    return rows[i + 1].clone();
  }

  /** Cosine of this article's sentence {@code i} with {@code other}'s sentence {@code j} (-1: headline). */
  public double cosine(int i, Embeddings other, int j) {
    return dot(rows[i + 1], other.rows[j + 1]);
  }

  /** Cosine of sentence {@code i} (-1: headline) with a unit vector. */
  public double cosine(int i, float[] unit) {
    return dot(rows[i + 1], unit);
  }

  /**
   * The unit-length mean of the headline's vector and the first {@code lead} sentences' vectors: what
   * the article is about, for comparing whole articles.
   */
  public float[] lead(int lead) {
    int n = Math.min(rows.length, lead + 1);
    float[] v = new float[dimensions()];
    for (int r = 0; r < n; r++) {
      for (int d = 0; d < v.length; d++) {
        v[d] += rows[r][d];
      }
    }
    return SentenceEncoder.normalize(v);
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }
}
