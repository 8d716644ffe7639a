package org.triangulate.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.dossier.Derivation;

/**
 * Copy groups of the articles of one event: an original with its copies, near duplicates and
 * paraphrases (transitively). Partial reuse links two articles only for the claims both support.
 */
final class CopyGroups {
  private final Map<String, String> root = new HashMap<>();
  private final Map<String, Set<String>> derivativesOf = new LinkedHashMap<>();
  private final Set<String> partialPairs = new HashSet<>();
  private final List<String> order;

  /** @param ids the event's articles in order of publication (earliest first) */
  CopyGroups(List<String> ids, Lineage lineage) {
    this.order = List.copyOf(ids);
    Map<String, String> parent = new HashMap<>();
    ids.forEach(id -> parent.put(id, id));
    Set<String> present = new HashSet<>(ids);
    Map<String, Set<String>> originals = new HashMap<>();
    for (String id : ids) {
      for (Derivation d : lineage.derivedFrom(id)) {
        if (!present.contains(d.id()) || d.id().equals(id)) {
          continue;
        }
        if (d.relation() == Derivation.Relation.PARTIAL) {
          partialPairs.add(key(id, d.id()));
        } else {
          originals.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(d.id());
          union(parent, id, d.id());
        }
      }
    }
    // the root of a group is a member that derives from no other member; earliest first on ties or cycles
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (String id : ids) {
      members.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(id);
    }
    for (List<String> group : members.values()) {
      String r = group.stream().filter(m -> !originals.containsKey(m)).findFirst().orElse(group.get(0));
      for (String m : group) {
        root.put(m, r);
        if (!m.equals(r)) {
          derivativesOf.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(m);
        }
      }
    }
  }

  /** The original of {@code id}'s group ({@code id} itself for an original or a standalone article). */
  String rootOf(String id) {
    return root.getOrDefault(id, id);
  }

  boolean isDerivative(String id) {
    return !rootOf(id).equals(id);
  }

  /**
   * The independent sources among {@code sources}: one per copy group (partial reusers merged when
   * both are present), each represented by the group's original when it is among the sources, else
   * by the earliest member present.
   */
  List<String> independent(Collection<String> sources) {
    Set<String> present = new HashSet<>(sources);
    Map<String, String> parent = new HashMap<>();
    for (String s : sources) {
      parent.put(rootOf(s), rootOf(s));
    }
    List<String> list = new ArrayList<>(present);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        if (partialPairs.contains(key(list.get(i), list.get(j)))) {
          union(parent, rootOf(list.get(i)), rootOf(list.get(j)));
        }
      }
    }
    Map<String, String> representative = new LinkedHashMap<>();
    for (boolean originalsOnly : new boolean[] {true, false}) {
      for (String id : order) {
        if (present.contains(id) && (!originalsOnly || !isDerivative(id))) {
          representative.putIfAbsent(find(parent, rootOf(id)), id);
        }
      }
    }
    List<String> out = new ArrayList<>(new LinkedHashSet<>(representative.values()));
    out.sort(java.util.Comparator.comparingInt(order::indexOf));
    return List.copyOf(out);
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.getOrDefault(x, x);
    while (!p.equals(parent.getOrDefault(p, p))) {
      p = parent.getOrDefault(p, p);
    }
    parent.put(x, p);
    return p;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra, rb);
    }
  }
}
