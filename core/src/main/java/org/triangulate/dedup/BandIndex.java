package org.triangulate.dedup;

import java.util.Arrays;

/**
 * Exact-key LSH buckets for one band over {@code n} documents, built by sorting (no boxing): each
 * document's key is packed with its index into one long, so a bucket is a run of equal key bits.
 * With n documents the key keeps {@code 64 - ceil(log2 n)} bits; the rare extra collisions this causes
 * only add candidates, which exact confirmation removes.
 */
final class BandIndex {
  private final int[] order;
  private final int[] runStart;
  private final int[] runEnd;
  private final int[] position;

  BandIndex(long[] keys) {
    int n = keys.length;
    int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    long indexMask = (1L << indexBits) - 1;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (keys[i] & ~indexMask) | i;
    }
    Arrays.sort(packed);
    order = new int[n];
    runStart = new int[n];
    runEnd = new int[n];
    position = new int[n];
    int start = 0;
    for (int p = 0; p < n; p++) {
      order[p] = (int) (packed[p] & indexMask);
      position[order[p]] = p;
      if (p + 1 == n || (packed[p + 1] & ~indexMask) != (packed[p] & ~indexMask)) {
        for (int q = start; q <= p; q++) {
          runStart[q] = start;
          runEnd[q] = p + 1;
        }
        start = p + 1;
      }
    }
  }

  /** Number of documents sharing document {@code doc}'s bucket, itself included. */
  int bucketSize(int doc) {
    int p = position[doc];
    return runEnd[p] - runStart[p];
  }

  /** Position range [from, to) of {@code doc}'s bucket in {@link #at(int)} order. */
  int from(int doc) {
    return runStart[position[doc]];
  }

  int to(int doc) {
    return runEnd[position[doc]];
  }

  int position(int doc) {
    return position[doc];
  }

  /** The document at sorted position {@code p}. */
  int at(int p) {
    return order[p];
  }
}
