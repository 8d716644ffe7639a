package org.triangulate.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.triangulate.dossier.CopyGraph;
import org.triangulate.dossier.Derivation;

/**
 * What {@link Provenance} found in one batch: derivation links, copy groups, and the sentences each
 * derivative adds. Immutable and thread-safe.
 *
 * <p>Independence is decided on connected groups: two articles are <em>not</em> independent when a
 * chain of derivation links (copy, near-duplicate, paraphrase or partial reuse, in either direction)
 * joins them, including two rewrites of one original. Sharing a quotation never creates a link.
 */
public final class ProvenanceReport {
  private final List<String> ids;
  private final List<ProvenanceLink> links;
  private final Map<String, List<ProvenanceLink>> outgoing = new HashMap<>();
  private final Map<String, List<String>> added;
  private final Map<String, Integer> component = new HashMap<>();

  ProvenanceReport(List<String> ids, List<ProvenanceLink> links, Map<String, List<String>> added) {
    this.ids = List.copyOf(ids);
    this.links = List.copyOf(links);
    Map<String, List<String>> a = new HashMap<>();
    added.forEach((k, v) -> a.put(k, List.copyOf(v)));
    this.added = Map.copyOf(a);
    for (ProvenanceLink l : this.links) {
      outgoing.computeIfAbsent(l.derived(), k -> new ArrayList<>()).add(l);
    }
    outgoing.values().forEach(v -> v.sort(Comparator.comparingDouble(ProvenanceLink::score).reversed()));
    Map<String, Set<String>> adjacency = adjacency(this.links);
    int c = 0;
    for (String id : this.ids) {
      if (!component.containsKey(id)) {
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
          String x = todo.pop();
          if (component.putIfAbsent(x, c) == null) {
            todo.addAll(adjacency.getOrDefault(x, Set.of()));
          }
        }
        c++;
      }
    }
  }

  /** Ids of the analysed articles, in input order. */
  public List<String> ids() {
    return ids;
  }

  /** Every derivation link, derivative first; at most one link per ordered pair. */
  public List<ProvenanceLink> links() {
    return links;
  }

  /** Links from {@code id} to the articles it derives from, strongest first (empty for originals). */
  public List<ProvenanceLink> sourcesOf(String id) {
    check(id);
    return List.copyOf(outgoing.getOrDefault(id, List.of()));
  }

  /** What the dossier shows on article {@code id}: its sources with relation and score. */
  public List<Derivation> derivedFrom(String id) {
    return sourcesOf(id).stream().map(ProvenanceLink::toDerivation).toList();
  }

  /**
   * The article {@code id} ultimately derives from, following the strongest link at each step; {@code id}
   * itself when it derives from nothing.
   */
  public String originalOf(String id) {
    check(id);
    String x = id;
    Set<String> seen = new HashSet<>();
    while (seen.add(x)) {
      List<ProvenanceLink> out = outgoing.get(x);
      if (out == null || out.isEmpty()) {
        return x;
      }
      x = out.get(0).source();
    }
    return x; // a cycle of contradictory evidence: stop where it closes
  }

  /** False when a chain of derivation links joins {@code a} and {@code b} (or they are the same article). */
  public boolean independent(String a, String b) {
    check(a);
    check(b);
    return !a.equals(b) && !component.get(a).equals(component.get(b));
  }

  /**
   * Sentences (of at least {@link ProvenanceSettings#minSentenceWords()} words) that derivative
   * {@code id} adds and that none of its sources supports, in text order; empty for articles that
   * derive from nothing. These are the claims nobody else made: treat them as single-source at best.
   */
  public List<String> addedSentences(String id) {
    check(id);
    return added.getOrDefault(id, List.of());
  }

  /** The copy graph of the whole batch. */
  public CopyGraph copyGraph() {
    return copyGraph(ids);
  }

  /** The copy graph restricted to {@code subset} (e.g. one event's articles); unknown ids are ignored. */
  public CopyGraph copyGraph(Collection<String> subset) {
    Set<String> keep = new HashSet<>(subset);
    List<String> order = ids.stream().filter(keep::contains).toList();
    List<ProvenanceLink> inside = links.stream()
        .filter(l -> keep.contains(l.derived()) && keep.contains(l.source())).toList();
    Map<String, Set<String>> adjacency = adjacency(inside);
    Set<String> done = new HashSet<>();
    List<CopyGraph.Group> groups = new ArrayList<>();
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
      for (String m : order) {
        if (members.contains(m)) {
          votes.merge(originalWithin(m, keep), 1, Integer::sum);
        }
      }
      String original = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      List<String> memberList = new ArrayList<>();
      memberList.add(original);
      order.stream().filter(m -> members.contains(m) && !m.equals(original)).forEach(memberList::add);
      List<CopyGraph.Edge> edges = inside.stream().filter(l -> members.contains(l.derived()))
          .map(l -> new CopyGraph.Edge(l.derived(), l.source(), l.relation(), l.score())).toList();
      groups.add(new CopyGraph.Group(original, memberList, edges));
    }
    return new CopyGraph(groups);
  }

  private String originalWithin(String id, Set<String> keep) {
    String x = id;
    Set<String> seen = new HashSet<>();
    while (seen.add(x)) {
      String next = null;
      for (ProvenanceLink l : outgoing.getOrDefault(x, List.of())) {
        if (keep.contains(l.source())) {
          next = l.source();
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

  private static Map<String, Set<String>> adjacency(List<ProvenanceLink> links) {
    Map<String, Set<String>> adj = new HashMap<>();
    for (ProvenanceLink l : links) {
      adj.computeIfAbsent(l.derived(), k -> new HashSet<>()).add(l.source());
      adj.computeIfAbsent(l.source(), k -> new HashSet<>()).add(l.derived());
    }
    return adj;
  }

  private void check(String id) {
    Objects.requireNonNull(id, "id");
    if (!component.containsKey(id)) {
      throw new IllegalArgumentException("unknown article id '" + id + "' (not in this provenance report)");
    }
  }
}
