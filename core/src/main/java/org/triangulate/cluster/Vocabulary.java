package org.triangulate.cluster;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Term ids and online document frequencies. IDF is {@code ln((N+1)/(df+1)) + 1} over the documents
 * counted so far, so early articles of a stream see rough weights; that is the price of not re-running.
 * Not thread-safe.
 */
final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private int[] df = new int[1024];
  private int documents;

  int id(String term) {
    Integer id = ids.get(term);
    if (id != null) {
      return id;
    }
    int next = ids.size();
    ids.put(term, next);
    if (next == df.length) {
      df = Arrays.copyOf(df, df.length * 2);
    }
    return next;
  }

  void count(Collection<Integer> distinctIds) {
    documents++;
    for (int id : distinctIds) {
      df[id]++;
    }
  }

  double idf(int id) {
    return Math.log((documents + 1.0) / (df[id] + 1.0)) + 1.0;
  }

  int size() {
    return ids.size();
  }
}
