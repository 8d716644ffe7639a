package org.triangulate.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which statements of different articles state the same proposition, and the claims they form.
 *
 * <p>Each cross-article pair of an event's statements gets the probability that they state the same
 * fact from the {@link SameFact} model. Candidate pairs come from an inverted index of stems, entities and
 * numbers (postings capped), so cost grows with the statements, not their square. Claims are then
 * formed by average linkage: the most probable pairs first, two groups join while the mean probability
 * over their cross pairs stays at least {@link ClaimSettings#linkProbability} and no article would have
 * two statements in one claim.
 */
final class Matching {
  private final ClaimSettings settings;

  Matching(ClaimSettings settings) {
    this.settings = settings;
  }

  /** Pair probabilities, by pair key {@code i * n + j} with {@code i < j}. */
  Map<Long, Double> pairs(List<Statement> st) {
    int n = st.size();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Statement s = st.get(i);
      Set<String> keys = new HashSet<>(s.stems());
      s.entities().forEach(e -> keys.add("e:" + e));
      for (Value v : s.values()) {
        if (!v.isName()) {
          keys.add("n:" + v.number());
        }
      }
      for (String k : keys) {
        postings.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    Map<Long, Double> out = new HashMap<>();
    Map<Long, Integer> shared = new HashMap<>();
    for (List<Integer> list : postings.values()) {
      if (list.size() > settings.maxPostings()) {
        continue; // a word every statement of the event uses tells nothing apart
      }
      for (int a = 0; a < list.size(); a++) {
        for (int b = a + 1; b < list.size(); b++) {
          int i = list.get(a);
          int j = list.get(b);
          if (!st.get(i).article().equals(st.get(j).article())) {
            shared.merge((long) i * n + j, 1, Integer::sum);
          }
        }
      }
    }
    for (Map.Entry<Long, Integer> e : shared.entrySet()) {
      int i = (int) (e.getKey() / n);
      int j = (int) (e.getKey() % n);
      double p = probability(st.get(i), st.get(j));
      if (p >= settings.minPairProbability()) {
        out.put(e.getKey(), p);
      }
    }
    return out;
  }

  /** The probability that {@code x} and {@code y} state the same fact ({@link SameFact}). */
  double probability(Statement x, Statement y) {
    ClaimSettings.Weights w = settings.weights(x.source().embeddings().isPresent()
        && y.source().embeddings().isPresent());
    return SameFact.probability(w, SameFact.features(x, y));
  }

  /** Average-linkage groups of statement indexes (see the class comment), each sorted. */
  List<List<Integer>> group(List<Statement> st, Map<Long, Double> pairs) {
    int n = st.size();
    int[] groupOf = new int[n];
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      groupOf[i] = i;
      groups.put(i, new ArrayList<>(List.of(i)));
    }
    List<Map.Entry<Long, Double>> order = new ArrayList<>(pairs.entrySet());
    order.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    for (Map.Entry<Long, Double> e : order) {
      if (e.getValue() < settings.linkProbability()) {
        break;
      }
      int ga = groupOf[(int) (e.getKey() / n)];
      int gb = groupOf[(int) (e.getKey() % n)];
      if (ga == gb) {
        continue;
      }
      List<Integer> a = groups.get(ga);
      List<Integer> b = groups.get(gb);
      if (sharesArticle(st, a, b) || mean(a, b, pairs, n) < settings.linkProbability()) {
        continue;
      }
      a.addAll(b);
      for (int i : b) {
        groupOf[i] = ga;
      }
      groups.remove(gb);
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      int[] sorted = g.stream().mapToInt(Integer::intValue).sorted().toArray();
      out.add(Arrays.stream(sorted).boxed().toList());
    }
    out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return out;
  }

  private static boolean sharesArticle(List<Statement> st, List<Integer> a, List<Integer> b) {
    Set<String> seen = new HashSet<>();
    a.forEach(i -> seen.add(st.get(i).article()));
    for (int j : b) {
      if (seen.contains(st.get(j).article())) {
        return true;
      }
    }
    return false;
  }

  private static double mean(List<Integer> a, List<Integer> b, Map<Long, Double> pairs, int n) {
    double sum = 0;
    for (int i : a) {
      for (int j : b) {
        long k = i < j ? (long) i * n + j : (long) j * n + i;
        sum += pairs.getOrDefault(k, 0.0);
      }
    }
    return sum / ((double) a.size() * b.size());
  }

  /** The probability of the pair {@code i}, {@code j} (0 when it was no candidate). */
  static double of(Map<Long, Double> pairs, int i, int j, int n) {
    long k = i < j ? (long) i * n + j : (long) j * n + i;
    return pairs.getOrDefault(k, 0.0);
  }
}
