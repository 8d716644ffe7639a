package org.triangulate.dedup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An LRU cache of sentence vectors in front of another embedder; thread-safe. */
final class CachingEmbedder implements SentenceEmbedder {
  private final SentenceEmbedder delegate;
  private final Map<String, float[]> cache;
  private long hits;
  private long misses;

  CachingEmbedder(SentenceEmbedder delegate, int maxEntries) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1: " + maxEntries);
    }
    this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > maxEntries;
      }
    };
  }

  @Override
  public float[] embed(String sentence) {
    return embedAll(List.of(sentence)).get(0);
  }

  @Override
  public List<float[]> embedAll(List<String> sentences) {
    List<float[]> out = new ArrayList<>(sentences.size());
    List<String> missing = new ArrayList<>();
    synchronized (this) {
      for (String s : sentences) {
        float[] v = cache.get(s);
        out.add(v);
        if (v == null) {
          missing.add(s);
        }
      }
      hits += sentences.size() - missing.size();
      misses += missing.size();
    }
    if (missing.isEmpty()) {
      return out;
    }
    List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(missing));
    List<float[]> computed = delegate.embedAll(distinct);
    Map<String, float[]> fresh = new java.util.HashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      fresh.put(distinct.get(i), computed.get(i));
    }
    synchronized (this) {
      cache.putAll(fresh);
    }
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) == null) {
        out.set(i, fresh.get(sentences.get(i)));
      }
    }
    return out;
  }

  /** Sentences answered from the cache and sentences sent to the model so far. */
  synchronized long[] stats() {
    return new long[] {hits, misses};
  }
}
