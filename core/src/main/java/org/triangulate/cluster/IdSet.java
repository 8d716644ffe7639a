package org.triangulate.cluster;

import java.util.Arrays;

/** A small set of ints as a sorted array: a few dozen ids per event without boxing. Not thread-safe. */
final class IdSet {
  private int[] ids = new int[0];

  /** Adds {@code id}; true when it was not there yet. */
  boolean add(int id) {
    int i = Arrays.binarySearch(ids, id);
    if (i >= 0) {
      return false;
    }
    int at = -i - 1;
    int[] n = new int[ids.length + 1];
    System.arraycopy(ids, 0, n, 0, at);
    n[at] = id;
    System.arraycopy(ids, at, n, at + 1, ids.length - at);
    ids = n;
    return true;
  }
}
