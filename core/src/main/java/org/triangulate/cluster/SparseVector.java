package org.triangulate.cluster;

import java.util.Map;

/** An L2-normalised sparse vector, ids ascending; immutable. */
final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] ids;
  final float[] weights;

  private SparseVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /** Normalises {@code raw}; an empty or all-zero map gives {@link #EMPTY}. */
  static SparseVector normalised(Map<Integer, Double> raw) {
    int[] ids = raw.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double norm = 0;
    for (double v : raw.values()) {
      norm += v * v;
    }
    if (ids.length == 0 || norm == 0) {
      return EMPTY;
    }
    norm = Math.sqrt(norm);
    float[] w = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      w[i] = (float) (raw.get(ids[i]) / norm);
    }
    return new SparseVector(ids, w);
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  double dot(SparseVector o) {
    int i = 0;
    int j = 0;
    double s = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] == o.ids[j]) {
        s += weights[i++] * o.weights[j++];
      } else if (ids[i] < o.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }

  /** Ids of the {@code k} largest weights, largest first. */
  int[] top(int k) {
    return TopK.of(ids, weights, ids.length, k);
  }

}
