package org.triangulate.dossier;

import java.util.List;
import java.util.Objects;

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
