package org.triangulate.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of sets of 64-bit feature hashes (see {@link Shingles}). Public building block.
 *
 * <p>Permutation {@code i} maps a feature {@code x} to {@code xorshift(a_i * x + b_i)} with odd
 * {@code a_i}: a bijection of the 64-bit space, so the minimum over a set is a proper min-wise sample
 * when the features are already well-mixed hashes (they are). Coefficients come from a fixed seed, so
 * two hashers built with the same {@code (permutations, seed)} produce comparable signatures on any
 * machine. Signatures from hashers with different parameters must never be compared.
 *
 * <p>The signature of an empty set is all {@link Long#MAX_VALUE}; two empty sets therefore look
 * identical, so callers should skip empty texts. Instances are immutable and thread-safe.
 */
public final class MinHasher {
  /** Seed of {@link #DEFAULT}; changing it invalidates stored signatures. */
  public static final long DEFAULT_SEED = 0x7452_6961_6e67_756cL;

  /** 128 permutations with {@link #DEFAULT_SEED}: what {@link Provenance} uses. */
  public static final MinHasher DEFAULT = new MinHasher(128, DEFAULT_SEED);

  private final long[] a;
  private final long[] b;
  private final long seed;

  public MinHasher(int permutations, long seed) {
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be >= 1: " + permutations);
    }
    this.seed = seed;
    a = new long[permutations];
    b = new long[permutations];
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < permutations; i++) {
      a[i] = rnd.nextLong() | 1L;
      b[i] = rnd.nextLong();
    }
  }

  public int permutations() {
    return a.length;
  }

  public long seed() {
    return seed;
  }

  /** The signature of a set of feature hashes (any order; duplicates do not matter). */
  public long[] signature(long[] features) {
    long[] sig = new long[a.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : features) {
      for (int i = 0; i < sig.length; i++) {
        long h = a[i] * x + b[i];
        h ^= h >>> 31;
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity: the share of positions where two signatures agree. */
  public static double estimate(long[] sigA, long[] sigB) {
    if (sigA.length != sigB.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + sigA.length + " vs " + sigB.length);
    }
    int same = 0;
    for (int i = 0; i < sigA.length; i++) {
      if (sigA[i] == sigB[i]) {
        same++;
      }
    }
    return sigA.length == 0 ? 0 : (double) same / sigA.length;
  }
}
