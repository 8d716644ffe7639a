package org.triangulate.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** BCubed and pairwise precision, recall and F1 of a predicted partition against a gold one. */
record ClusterScores(double p, double r, double f1, double pairP, double pairR, double pairF1) {

  /** Both maps go from item to cluster label and must cover the same items. */
  static ClusterScores of(Map<String, String> predicted, Map<String, String> gold) {
    if (!predicted.keySet().equals(gold.keySet())) {
      throw new IllegalArgumentException("predicted and gold cover different items");
    }
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String item : gold.keySet()) {
      predSize.merge(predicted.get(item), 1, Integer::sum);
      goldSize.merge(gold.get(item), 1, Integer::sum);
      both.merge(predicted.get(item) + "\u0000" + gold.get(item), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String item : gold.keySet()) {
      int common = both.get(predicted.get(item) + "\u0000" + gold.get(item));
      p += (double) common / predSize.get(predicted.get(item));
      r += (double) common / goldSize.get(gold.get(item));
    }
    int n = gold.size();
    p /= n;
    r /= n;
    long tp = both.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    long predPairs = predSize.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    long goldPairs = goldSize.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    double pp = predPairs == 0 ? 1 : (double) tp / predPairs;
    double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
    return new ClusterScores(p, r, f(p, r), pp, pr, f(pp, pr));
  }

  private static double f(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Component-wise mean. */
  static ClusterScores mean(List<ClusterScores> all) {
    return new ClusterScores(
        all.stream().mapToDouble(ClusterScores::p).average().orElse(0),
        all.stream().mapToDouble(ClusterScores::r).average().orElse(0),
        all.stream().mapToDouble(ClusterScores::f1).average().orElse(0),
        all.stream().mapToDouble(ClusterScores::pairP).average().orElse(0),
        all.stream().mapToDouble(ClusterScores::pairR).average().orElse(0),
        all.stream().mapToDouble(ClusterScores::pairF1).average().orElse(0));
  }

  /** Population standard deviation of BCubed F1. */
  static double f1Spread(List<ClusterScores> all) {
    double m = all.stream().mapToDouble(ClusterScores::f1).average().orElse(0);
    return Math.sqrt(all.stream().mapToDouble(s -> (s.f1() - m) * (s.f1() - m)).average().orElse(0));
  }
}
