package org.triangulate.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The single-machine pipeline's id rule, applied to the few ids that occur more than once: in input
 * order, the first document with an id keeps it; the same id with the same content again is a repeat
 * and is dropped (re-reading is idempotent); the same id with other content becomes {@code id~2},
 * {@code id~3}, … Ids that occur once are left alone, so only the repeated ones travel to the driver.
 */
final class UniqueIds {
  private UniqueIds() {}

  /** One document that shares its raw id with another. */
  record Occurrence(String rawId, int fileIndex, int seq, String contentDigest) {
    Occurrence {
      Objects.requireNonNull(rawId, "rawId");
    }
  }

  /** What happens to one occurrence: its final id, or dropped ({@code id} null). */
  record Decision(int fileIndex, int seq, String id, boolean drop) {}

  static List<Decision> decide(List<Occurrence> occurrences) {
    Map<String, List<Occurrence>> byId = new HashMap<>();
    for (Occurrence o : occurrences) {
      byId.computeIfAbsent(o.rawId(), k -> new ArrayList<>()).add(o);
    }
    List<Decision> out = new ArrayList<>();
    for (List<Occurrence> group : byId.values()) {
      group.sort(Comparator.comparingInt(Occurrence::fileIndex).thenComparingInt(Occurrence::seq));
      Set<String> seen = new HashSet<>();
      int suffix = 1;
      boolean first = true;
      for (Occurrence o : group) {
        if (!seen.add(o.contentDigest())) {
          out.add(new Decision(o.fileIndex(), o.seq(), o.rawId(), true));
        } else if (first) {
          out.add(new Decision(o.fileIndex(), o.seq(), o.rawId(), false));
        } else {
          suffix++;
          out.add(new Decision(o.fileIndex(), o.seq(), o.rawId() + "~" + suffix, false));
        }
        first = false;
      }
    }
    return out;
  }
}
