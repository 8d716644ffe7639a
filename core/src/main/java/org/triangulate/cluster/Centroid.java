package org.triangulate.cluster;

import java.util.Arrays;

/**
 * Sum of the member vectors of an event, kept to its {@code capacity} largest components (sorted
 * arrays, no boxing: a store of 100k events must fit in memory). Not thread-safe.
 */
final class Centroid {
  private final int capacity;
  private int[] ids = new int[0];
  private float[] sums = new float[0];
  private double norm;

  Centroid(int capacity) {
    this.capacity = capacity;
  }

  void add(SparseVector v) {
    addScaled(v.ids, v.weights, 1f);
  }

  void addAll(Centroid other) {
    addScaled(other.ids, other.sums, 1f);
  }

  private void addScaled(int[] oIds, float[] oW, float scale) {
    int[] nIds = new int[ids.length + oIds.length];
    float[] nW = new float[nIds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < ids.length || j < oIds.length) {
      if (j >= oIds.length || (i < ids.length && ids[i] < oIds[j])) {
        nIds[n] = ids[i];
        nW[n++] = sums[i++];
      } else if (i >= ids.length || oIds[j] < ids[i]) {
        nIds[n] = oIds[j];
        nW[n++] = oW[j++] * scale;
      } else {
        nIds[n] = ids[i];
        nW[n++] = sums[i++] + oW[j++] * scale;
      }
    }
    if (n > capacity) {
      float[] sorted = Arrays.copyOf(nW, n);
      Arrays.sort(sorted);
      float cut = sorted[n - capacity];
      int m = 0;
      int ties = 0;
      for (int k = n - capacity; k < n && sorted[k] == cut; k++) {
        ties++;
      }
      int[] tIds = new int[capacity];
      float[] tW = new float[capacity];
      for (int k = 0; k < n && m < capacity; k++) {
        if (nW[k] > cut || (nW[k] == cut && ties-- > 0)) {
          tIds[m] = nIds[k];
          tW[m++] = nW[k];
        }
      }
      ids = tIds;
      sums = tW;
    } else {
      ids = Arrays.copyOf(nIds, n);
      sums = Arrays.copyOf(nW, n);
    }
    double s = 0;
    for (float w : sums) {
      s += (double) w * w;
    }
    norm = Math.sqrt(s);
  }

  boolean isEmpty() {
    return norm == 0;
  }

  /** Cosine with a normalised vector. */
  double cosine(SparseVector v) {
    if (norm == 0 || v.isEmpty()) {
      return 0;
    }
    int i = 0;
    int j = 0;
    double s = 0;
    while (i < ids.length && j < v.ids.length) {
      if (ids[i] == v.ids[j]) {
        s += sums[i++] * v.weights[j++];
      } else if (ids[i] < v.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return s / norm;
  }

  double cosine(Centroid o) {
    if (norm == 0 || o.norm == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    double s = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] == o.ids[j]) {
        s += (double) sums[i++] * o.sums[j++];
      } else if (ids[i] < o.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return s / (norm * o.norm);
  }

  /** Ids of the {@code k} largest components, largest first. */
  int[] top(int k) {
    return TopK.of(ids, sums, ids.length, k);
  }

}
