package org.triangulate.index;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.triangulate.dedup.SentenceEmbedder;

/**
 * A cheap lexical stand-in for a neural embedder: lower-cased word tokens hashed into
 * {@code dimensions} signed buckets, L2-normalised. Captures word overlap, not meaning; for tests and
 * for running without the model.
 */
final class HashingEmbedder implements Embedder {
  private final int dimensions;

  HashingEmbedder(int dimensions) {
    if (dimensions < 2) {
      throw new IllegalArgumentException("dimensions must be >= 2: " + dimensions);
    }
    this.dimensions = dimensions;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[dimensions];
    for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (token.isEmpty()) {
        continue;
      }
      int h = murmur(token.getBytes(StandardCharsets.UTF_8));
      v[Math.floorMod(h, dimensions)] += (h & 0x40000000) == 0 ? 1f : -1f;
    }
    v[0] += 1e-3f; // never the zero vector, which cosine cannot compare
    return SentenceEmbedder.normalize(v);
  }

  private static int murmur(byte[] data) {
    int h = 0x9747b28c;
    for (byte b : data) {
      h ^= b;
      h *= 0x5bd1e995;
      h ^= h >>> 15;
    }
    return h;
  }
}
