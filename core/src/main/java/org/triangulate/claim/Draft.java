package org.triangulate.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triangulate.dossier.Claim;

/** A claim under construction: its statements (at most one per article) and what was found about them. */
final class Draft {
  final List<Statement> members;
  Statement wording;
  List<String> sources = List.of();
  List<String> independent = List.of();
  final List<Claim.Conflict> conflicts = new ArrayList<>();
  final List<Claim.Conflict> updates = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  Optional<String> unsupported = Optional.empty();
  Optional<String> slot = Optional.empty();
  Optional<String> value = Optional.empty();
  /** Made from agreeing or competing typed values rather than from matched sentences. */
  final boolean typed;

  Draft(List<Statement> members, Statement wording, boolean typed) {
    this.members = new ArrayList<>(members);
    this.wording = wording;
    this.typed = typed;
  }

  Claim.Status status() {
    if (!conflicts.isEmpty()) {
      return Claim.Status.CONTRADICTED;
    }
    return independent.size() >= 2 ? Claim.Status.CORROBORATED : Claim.Status.SINGLE_SOURCE;
  }

  /** Articles of the members, in event order. */
  List<String> articles() {
    Set<String> out = new LinkedHashSet<>();
    members.stream().sorted(java.util.Comparator.comparingInt(Statement::order)).forEach(m -> out.add(m.article()));
    return List.copyOf(out);
  }

  /** Position of the first statement in the event: for stable ordering. */
  long firstPosition() {
    long best = Long.MAX_VALUE;
    for (Statement m : members) {
      best = Math.min(best, (long) m.order() * 1_000_000 + m.index());
    }
    return best;
  }

  Claim toClaim() {
    List<Claim.Span> spans = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Statement> ordered = new ArrayList<>(members);
    ordered.sort(java.util.Comparator.comparingInt(Statement::order).thenComparingInt(Statement::index));
    for (Statement m : ordered) {
      if (seen.add(m.article() + ":" + m.sentence().start())) {
        spans.add(new Claim.Span(m.article(), m.sentence().start(), m.sentence().end(), m.text()));
      }
    }
    return new Claim(wording.text(), sources, independent, status(), conflicts, spans, updates, unsupported, notes,
        slot, value);
  }
}
