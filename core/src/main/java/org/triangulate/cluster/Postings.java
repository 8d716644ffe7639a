package org.triangulate.cluster;

import java.util.Arrays;

/**
 * Inverted index: term id to the event ordinals posted under it, oldest first. Lists only grow;
 * readers scan from the newest end and stop after a budget, so a common term costs the same in a
 * store of 100k events as in one of 1k. Not thread-safe.
 */
final class Postings {
  private int[][] lists = new int[1024][];
  private int[] sizes = new int[1024];

  void add(int term, int event) {
    if (term >= lists.length) {
      int n = Math.max(term + 1, lists.length * 2);
      lists = Arrays.copyOf(lists, n);
      sizes = Arrays.copyOf(sizes, n);
    }
    int[] l = lists[term];
    if (l == null) {
      l = new int[4];
      lists[term] = l;
    } else if (sizes[term] == l.length) {
      l = Arrays.copyOf(l, l.length * 2);
      lists[term] = l;
    }
    l[sizes[term]++] = event;
  }

  /** Calls {@code visitor} with up to {@code budget} of the newest events posted under {@code term}. */
  void scanNewest(int term, int budget, java.util.function.IntConsumer visitor) {
    if (term >= lists.length || lists[term] == null) {
      return;
    }
    int[] l = lists[term];
    int end = sizes[term];
    for (int i = end - 1; i >= 0 && i >= end - budget; i--) {
      visitor.accept(l[i]);
    }
  }
}
