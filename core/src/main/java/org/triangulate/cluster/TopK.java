package org.triangulate.cluster;

import java.util.Arrays;

/** Ids of the largest non-negative weights, largest first, without boxing. */
final class TopK {
  private TopK() {}

  static int[] of(int[] ids, float[] weights, int length, int k) {
    long[] keyed = new long[length];
    for (int i = 0; i < length; i++) {
      // non-negative floats order like their bit patterns
      keyed[i] = ((long) Float.floatToIntBits(Math.max(0f, weights[i])) << 32) | i;
    }
    Arrays.sort(keyed);
    int n = Math.min(k, length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = ids[(int) keyed[length - 1 - i]];
    }
    return out;
  }
}
