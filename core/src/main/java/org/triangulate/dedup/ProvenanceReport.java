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
 * <p>Two articles are <em>not</em> independent when one derives from the other (directly or through a
 * chain of copy, near-duplicate, paraphrase or partial-reuse links) or both derive from a common
 * ancestor (two rewrites of one original). A rewrite that draws on two independent reports does not
 * make those two dependent. Sharing a quotation never creates a link. The copy graph groups, in
 * contrast, are plain connected components, for display.
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

  /**
   * False when {@code a} and {@code b} are the same article, one derives from the other (transitively),
   * or they share an ancestor; true otherwise.
   */
  public boolean independent(String a, String b) {
    check(a);
    check(b);
    if (a.equals(b) || !component.get(a).equals(component.get(b))) {
      return !a.equals(b);
    }
    Set<String> up = ancestorsAndSelf(a);
    for (String x : ancestorsAndSelf(b)) {
      if (up.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /** {@code id} and every article it derives from, directly or not. */
  public Set<String> ancestorsAndSelf(String id) {
    check(id);
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      String x = todo.pop();
      if (seen.add(x)) {
        for (ProvenanceLink l : outgoing.getOrDefault(x, List.of())) {
          todo.push(l.source());
        }
      }
    }
    return Set.copyOf(seen);
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

  /**
   * The copy graph restricted to {@code subset} (e.g. one event's articles); unknown ids are ignored.
   * Same as {@link CopyGraph#of(List)} over the dossier articles' {@code derived_from}.
   */
  public CopyGraph copyGraph(Collection<String> subset) {
    return CopyGraph.of(ids, this::derivedFrom, subset);
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
