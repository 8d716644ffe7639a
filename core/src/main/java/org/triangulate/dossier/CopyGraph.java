package org.triangulate.dossier;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Who copied whom: groups of articles linked by derivation, each with its original and the edges
 * "{@code from} derives from {@code to}". Articles that derive from nothing and from which nothing
 * derives are in no group. Renderers draw each group as a small tree rooted at its original.
 */
public record CopyGraph(List<Group> groups) {
  public static final CopyGraph EMPTY = new CopyGraph(List.of());

  public CopyGraph {
    groups = List.copyOf(groups);
  }

  /** The copy graph of {@code articles}, from their {@code derived_from} lists (so a stored dossier rebuilds it). */
  public static CopyGraph of(List<DossierArticle> articles) {
    Map<String, List<Derivation>> derived = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (DossierArticle a : articles) {
      ids.add(a.id());
      derived.put(a.id(), a.derivedFrom());
    }
    return of(ids, id -> derived.getOrDefault(id, List.of()), ids);
  }

  /**
   * The copy graph among {@code subset} of the articles {@code ids} (input order), where {@code derivedFrom}
   * gives each article's sources strongest first. Groups are connected components (edges outside the
   * subset are ignored), ordered by their first member; a group's original is the article most members
   * reach by following their strongest source; edges follow member order.
   */
  public static CopyGraph of(List<String> ids, Function<String, List<Derivation>> derivedFrom,
      Collection<String> subset) {
    Set<String> keep = new HashSet<>(subset);
    List<String> order = ids.stream().filter(keep::contains).toList();
    Map<String, Set<String>> adjacency = new HashMap<>();
    for (String id : order) {
      for (Derivation d : derivedFrom.apply(id)) {
        if (keep.contains(d.id())) {
          adjacency.computeIfAbsent(id, k -> new HashSet<>()).add(d.id());
          adjacency.computeIfAbsent(d.id(), k -> new HashSet<>()).add(id);
        }
      }
    }
    Set<String> done = new HashSet<>();
    List<Group> groups = new ArrayList<>();
    for (String id : order) {
      if (done.contains(id) || !adjacency.containsKey(id)) {
        continue;
      }
      Set<String> members = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>(List.of(id));
      while (!todo.isEmpty()) {
        String x = todo.pop();
        if (members.add(x)) {
          todo.addAll(adjacency.getOrDefault(x, Set.of()));
        }
      }
      done.addAll(members);
      Map<String, Integer> votes = new LinkedHashMap<>();
      List<String> memberOrder = order.stream().filter(members::contains).toList();
      for (String m : memberOrder) {
        votes.merge(root(m, derivedFrom, keep), 1, Integer::sum);
      }
      String original = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      List<String> memberList = new ArrayList<>();
      memberList.add(original);
      memberOrder.stream().filter(m -> !m.equals(original)).forEach(memberList::add);
      List<Edge> edges = new ArrayList<>();
      for (String m : memberOrder) {
        for (Derivation d : derivedFrom.apply(m)) {
          if (keep.contains(d.id())) {
            edges.add(new Edge(m, d.id(), d.relation(), d.score()));
          }
        }
      }
      groups.add(new Group(original, memberList, edges));
    }
    return new CopyGraph(groups);
  }

  private static String root(String id, Function<String, List<Derivation>> derivedFrom, Set<String> keep) {
    String x = id;
    Set<String> seen = new HashSet<>();
    while (seen.add(x)) {
      String next = null;
      for (Derivation d : derivedFrom.apply(x)) {
        if (keep.contains(d.id())) {
          next = d.id();
          break;
        }
      }
      if (next == null) {
        return x;
      }
      x = next;
    }
    return x;
  }

  /**
   * One connected set of articles.
   *
   * @param original the article the others ultimately derive from
   * @param members every article of the group, the original first
   * @param edges derivations inside the group
   */
  public record Group(String original, List<String> members, List<Edge> edges) {
    public Group {
      Objects.requireNonNull(original, "original");
      members = List.copyOf(members);
      edges = List.copyOf(edges);
    }
  }

  /** Article {@code from} derives from article {@code to}, as {@code relation} with {@code score} in [0,1]. */
  public record Edge(String from, String to, Derivation.Relation relation, double score) {
    public Edge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(relation, "relation");
    }
  }
}
