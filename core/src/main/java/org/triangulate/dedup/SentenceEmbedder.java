package org.triangulate.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sentence into a unit-length vector whose dot product with another is their cosine
 * similarity. {@link Provenance} calls it only for sentences of candidate pairs; implementations must be
 * thread-safe and deterministic.
 *
 * <p>{@link #miniLm()} is the in-process all-MiniLM-L6-v2 (quantised, ONNX) model with a per-sentence
 * cache; tests and benchmarks can pass any other implementation, or run {@link Provenance} without one.
 */
public interface SentenceEmbedder {

  /** A unit-length vector for {@code sentence}; all vectors of one embedder have the same length. */
  float[] embed(String sentence);

  /** Vectors for many sentences, in order; implementations may batch. */
  default List<float[]> embedAll(List<String> sentences) {
    List<float[]> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(embed(s));
    }
    return out;
  }

  /**
   * The shared all-MiniLM-L6-v2-q embedder, behind a cache of up to 200,000 sentences. The model
   * (about 23 MB) loads on first use, not here; loading failures surface as {@link EmbeddingException}.
   */
  static SentenceEmbedder miniLm() {
    return MiniLmEmbedder.SHARED;
  }

  /**
   * The same model instance as {@link #miniLm()} without the text cache: for texts embedded once (a
   * search index's documents) and for measurements that must pay for every embedding. Loads on first use.
   */
  static SentenceEmbedder miniLmUncached() {
    return MiniLmEmbedder.MODEL;
  }

  /** {@code embedder} with an LRU cache of at most {@code maxEntries} sentences in front of it. */
  static SentenceEmbedder cached(SentenceEmbedder embedder, int maxEntries) {
    return new CachingEmbedder(embedder, maxEntries);
  }

  /** Cosine similarity of two unit vectors (their dot product). */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of different lengths: " + a.length + " vs " + b.length);
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Normalises {@code v} in place to unit length (a zero vector stays zero) and returns it. */
  static float[] normalize(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n > 0) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
    return v;
  }
}
