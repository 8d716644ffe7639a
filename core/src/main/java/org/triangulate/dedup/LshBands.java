package org.triangulate.dedup;

/**
 * Locality-sensitive hashing by banding: a MinHash signature is cut into {@code bands} bands of
 * {@code rows} values, and each band becomes one 64-bit key. Two texts are candidates when they share
 * at least one key (exact key equality, so keys can be grouped by any hash table or a Spark
 * {@code groupBy}). Public building block.
 *
 * <p>Keys include the band index, so equal values in different bands never collide. The chance that
 * a pair with Jaccard {@code j} shares a key is {@link #collisionProbability(double)}
 * {@code = 1 - (1 - j^rows)^bands}. Only the first {@code bands * rows} signature values are used.
 */
public final class LshBands {
  private final int bands;
  private final int rows;

  public LshBands(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1: bands=" + bands + ", rows=" + rows);
    }
    this.bands = bands;
    this.rows = rows;
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** One key per band; {@code signature} needs at least {@code bands * rows} values. */
  public long[] keys(long[] signature) {
    if (signature.length < bands * rows) {
      throw new IllegalArgumentException("signature has " + signature.length + " values, banding needs "
          + bands * rows + " (bands=" + bands + ", rows=" + rows + ")");
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = Shingles.mix(band + 0x51ed27L);
      for (int r = 0; r < rows; r++) {
        h = Shingles.mix(h * 0x9E3779B97F4A7C15L + signature[band * rows + r]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /** Probability that a pair with Jaccard similarity {@code jaccard} shares at least one band key. */
  public double collisionProbability(double jaccard) {
    return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
  }
}
