package org.triangulate.bench;

import org.triangulate.dedup.SentenceEmbedder;

/**
 * A deterministic pseudo-embedding from word hashes: MiniLM's size, microseconds per text. Stands in
 * for the model where a benchmark measures the pipeline's own cost on generated text.
 */
final class HashEmbedder implements SentenceEmbedder {
  private final int dim;

  HashEmbedder(int dim) {
    this.dim = dim;
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[dim];
    for (String w : text.split("\\s+")) {
      int h = w.hashCode();
      v[Math.floorMod(h, dim)] += 1;
      v[Math.floorMod(h * 31 + 7, dim)] -= 0.5f;
    }
    return SentenceEmbedder.normalize(v);
  }
}
