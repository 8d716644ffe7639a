package org.triangulate.text;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product is their cosine similarity. The text
 * layer calls it once per article, for all its sentences in one batch; implementations must be
 * thread-safe and deterministic.
 *
 * <p>{@link #miniLm()} and {@link #bgeSmall()} are the in-process ONNX models shipped as Maven
 * artifacts (LangChain4j's quantised all-MiniLM-L6-v2 and bge-small-en-v1.5), run in padded batches;
 * each is loaded once per process on first use.
 */
public interface SentenceEncoder {

  /** Vectors for {@code sentences}, in order; every vector has {@link #dimensions()} components. */
  List<float[]> encode(List<String> sentences);

  /** Length of the vectors. */
  int dimensions();

  /** A short name for reports ("all-minilm-l6-v2-q"). */
  String name();

  /** The process-wide all-MiniLM-L6-v2 (quantised) encoder; mean pooling. Loads on first use. */
  static SentenceEncoder miniLm() {
    return OnnxEncoder.MINI_LM;
  }

  /** The process-wide bge-small-en-v1.5 (quantised) encoder; CLS pooling. Loads on first use. */
  static SentenceEncoder bgeSmall() {
    return OnnxEncoder.BGE_SMALL;
  }

  /** The encoder called {@code name} ({@code minilm} or {@code bge-small}). */
  static SentenceEncoder named(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "minilm", "all-minilm-l6-v2-q" -> miniLm();
      case "bge-small", "bge-small-en-v15-q" -> bgeSmall();
      default -> throw new IllegalArgumentException("unknown sentence encoder: " + name
          + " (known: minilm, bge-small)");
    };
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
