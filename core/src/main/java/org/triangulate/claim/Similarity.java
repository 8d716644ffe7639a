package org.triangulate.claim;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How much two statements say the same thing, from their content stems. Numbers and dates are left
 * out so that "12 dead" and "14 dead" match (and are then compared as slot values); name words match
 * across small spelling differences ("Haider"/"Hyder"), which are reported as variants.
 */
final class Similarity {
  private Similarity() {}

  /** The outcome of comparing two stem sets. */
  record Overlap(int shared, int sizeA, int sizeB, Map<String, String> spellingVariants) {
    double dice() {
      return sizeA + sizeB == 0 ? 0 : 2.0 * shared / (sizeA + sizeB);
    }

    double containment() {
      int min = Math.min(sizeA, sizeB);
      return min == 0 ? 0 : (double) shared / min;
    }

    /** Share of A's stems found in B. */
    double containmentOfA() {
      return sizeA == 0 ? 0 : (double) shared / sizeA;
    }

    double score() {
      return (dice() + containment()) / 2;
    }
  }

  static Overlap overlap(Statement a, Statement b) {
    return overlap(a.content(), b.content(), a.nameWords(), b.nameWords(), a.text(), b.text());
  }

  static Overlap overlap(Set<String> a, Set<String> b, Set<String> namesA, Set<String> namesB) {
    return overlap(a, b, namesA, namesB, "", "");
  }

  /**
   * @param textA the text {@code a} was taken from: name spellings are compared as written there, not as
   *     stems ("Paris"/"Parus" stem to "pari"/"parus", "United" maps to "us"); empty to compare stems
   */
  static Overlap overlap(Set<String> a, Set<String> b, Set<String> namesA, Set<String> namesB, String textA,
      String textB) {
    int shared = 0;
    Map<String, String> variants = new LinkedHashMap<>();
    Set<String> usedB = new HashSet<>();
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
        usedB.add(w);
      }
    }
    for (String w : a) {
      if (b.contains(w) || !namesA.contains(w)) {
        continue;
      }
      String rw = written(textA, w);
      if (rw.length() < 4) {
        continue;
      }
      for (String v : namesB) {
        if (usedB.contains(v) || a.contains(v)) {
          continue;
        }
        String rv = written(textB, v);
        if (rv.length() < 4 || rv.charAt(0) != rw.charAt(0)) {
          continue;
        }
        int cap = Math.max(rw.length(), rv.length()) >= 6 ? 2 : 1;
        if (Text.editDistance(rw, rv, cap) <= cap) {
          shared++;
          usedB.add(v);
          variants.put(w, v);
          break;
        }
      }
    }
    return new Overlap(shared, a.size(), b.size(), variants);
  }

  /** The lower-case word of {@code text} whose stem is {@code stem}; the stem itself when none is. */
  private static String written(String text, String stem) {
    if (!text.isEmpty()) {
      for (String w : Text.words(text)) {
        if (Text.stem(w).equals(stem)) {
          return w;
        }
      }
    }
    return stem;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
