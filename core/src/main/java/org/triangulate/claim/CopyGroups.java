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
import java.util.function.ToDoubleBiFunction;
import org.triangulate.dossier.Derivation;

/**
 * Copy groups of the articles of one event: an original with its copies, near duplicates and
 * paraphrases (transitively, along each article's strongest such link), used for display ({@link #rootOf}) and the unsupported flag.
 *
 * <p>Independence is decided per claim, sentence by sentence ({@link #independent(Collection,
 * ToDoubleBiFunction)}): each source of a claim counts with the one article it most likely took
 * <em>this</em> statement from, among the articles it derives from that state the claim too (the
 * closest statement wins; ties go to the stronger derivation). So a rewrite that draws on two
 * independent reports never makes those two one source, and an article that only partially reuses
 * another counts with it only for the statements it reused, near word for word; its own restatements of a
 * fact both report are independent evidence.
 */
final class CopyGroups {
  private final Map<String, String> root = new HashMap<>();
  private final Map<String, List<Derivation>> derivations = new HashMap<>();
  private final List<String> order;
  private final double copiedStatement;

  /**
   * @param ids the event's articles in order of publication (earliest first)
   * @param copiedStatement statement similarity from which a statement of a partially reusing article is
   *     the reused one
   */
  CopyGroups(List<String> ids, Lineage lineage, double copiedStatement) {
    this.order = List.copyOf(ids);
    this.copiedStatement = copiedStatement;
    Map<String, String> parent = new HashMap<>();
    ids.forEach(id -> parent.put(id, id));
    Set<String> present = new HashSet<>(ids);
    Map<String, Set<String>> originals = new HashMap<>();
    for (String id : ids) {
      for (Derivation d : lineage.derivedFrom(id)) {
        if (!present.contains(d.id()) || d.id().equals(id)) {
          continue;
        }
        derivations.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
        // groups follow each article's strongest copy/paraphrase link only: a rewrite that also drew on
        // a second report does not put that report into its original's group
        if (d.relation() != Derivation.Relation.PARTIAL && !originals.containsKey(id)) {
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
      }
    }
  }

  /** With statement similarity unknown: every partial reuse counts as reuse of the claim. */
  CopyGroups(List<String> ids, Lineage lineage) {
    this(ids, lineage, 0);
  }

  /** The original of {@code id}'s group ({@code id} itself for an original or a standalone article). */
  String rootOf(String id) {
    return root.getOrDefault(id, id);
  }

  boolean isDerivative(String id) {
    return !rootOf(id).equals(id);
  }

  /** {@link #independent(Collection, ToDoubleBiFunction)} with every statement pair equally similar. */
  List<String> independent(Collection<String> sources) {
    return independent(sources, (a, b) -> 1.0);
  }

  /**
   * The independent sources among {@code sources} (the articles stating one claim). Each source joins
   * the one article it derives from that states the claim and whose statement is closest to its own
   * ({@code similarity(a, b)} in [0,1]); a partial reuser only when that closeness reaches the
   * copied-statement threshold. A source whose originals do not state the claim counts with its copy
   * group's original, so two rewrites of one absent original are one source. Each independent source
   * is represented by an original when one is among the sources, else by its earliest member.
   */
  List<String> independent(Collection<String> sources, ToDoubleBiFunction<String, String> similarity) {
    Set<String> present = new LinkedHashSet<>(sources);
    Map<String, String> parent = new HashMap<>();
    for (String a : present) {
      String best = null;
      double bestScore = -1;
      for (Derivation d : derivations.getOrDefault(a, List.of())) {
        boolean partial = d.relation() == Derivation.Relation.PARTIAL;
        String target;
        double score;
        if (present.contains(d.id())) {
          target = d.id();
          score = similarity.applyAsDouble(a, d.id());
          if (partial && score < copiedStatement) {
            continue; // a restatement in its own words, not the reused passage
          }
        } else if (!partial) {
          target = groupNode(d.id(), present); // the claim's other sources of this group, if any
          score = -0.5;
        } else {
          continue;
        }
        if (score > bestScore && !target.equals(a)) {
          bestScore = score;
          best = target;
        }
      }
      if (best != null) {
        union(parent, a, best);
      } else if (isDerivative(a)) {
        union(parent, a, groupNode(a, present));
      }
    }
    Map<String, String> representative = new LinkedHashMap<>();
    for (boolean originalsOnly : new boolean[] {true, false}) {
      for (String id : order) {
        if (present.contains(id) && (!originalsOnly || !isDerivative(id))) {
          representative.putIfAbsent(find(parent, id), id);
        }
      }
    }
    List<String> out = new ArrayList<>(new LinkedHashSet<>(representative.values()));
    out.sort(java.util.Comparator.comparingInt(order::indexOf));
    return List.copyOf(out);
  }

  /** The node standing for {@code id}'s copy group: its original when present, else a virtual one. */
  private String groupNode(String id, Set<String> present) {
    String r = rootOf(id);
    return present.contains(r) ? r : "\u0000" + r;
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
