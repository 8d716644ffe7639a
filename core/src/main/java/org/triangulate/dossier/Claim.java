package org.triangulate.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One atomic statement about an event and who supports it.
 *
 * @param sources every article stating it
 * @param independentSources the sources left once copies and rewrites are counted with their original
 * @param conflicts competing values for the same slot, each with its sources (empty unless contradicted)
 * @param spans the supporting sentence spans, one or more per source
 * @param updates for a figure or date revised by later reports: the values from the earliest to the
 *     latest, each with its sources (an update is not a contradiction)
 * @param unsupported set when only a derivative text makes the claim:
 *     "appears only in a derivative of &lt;id&gt;"
 * @param notes remarks for the reader, e.g. that several sources quote the same primary statement
 * @param slot for a typed fact, what it measures: {@code killed}, {@code injured}, {@code arrested},
 *     {@code magnitude}, {@code money}, {@code date}, {@code leader}, {@code place}, … (see
 *     {@link #SLOTS}); empty for an untyped statement
 * @param value for a typed fact, the value the sources agree on (for an update: the latest; for a
 *     conflict: empty, the competing values are in {@code conflicts}), written as digits or ISO dates
 */
public record Claim(
    String text,
    List<String> sources,
    List<String> independentSources,
    Status status,
    List<Conflict> conflicts,
    List<Span> spans,
    List<Conflict> updates,
    Optional<String> unsupported,
    List<String> notes,
    Optional<String> slot,
    Optional<String> value) {

  /** Slot names of typed facts that tables (CSV, incident lists) give their own columns, in column order. */
  public static final List<String> SLOTS = List.of("killed", "injured", "missing", "arrested", "displaced",
      "homes_destroyed", "magnitude", "money");

  public Claim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    unsupported = Objects.requireNonNullElse(unsupported, Optional.empty()); // absent in older JSON
    sources = List.copyOf(sources);
    independentSources = List.copyOf(independentSources);
    conflicts = List.copyOf(conflicts);
    spans = spans == null ? List.of() : List.copyOf(spans);
    updates = updates == null ? List.of() : List.copyOf(updates);
    notes = notes == null ? List.of() : List.copyOf(notes);
    slot = Objects.requireNonNullElse(slot, Optional.empty()); // absent in older JSON
    value = Objects.requireNonNullElse(value, Optional.empty());
  }

  /** An untyped claim (no slot, no value). */
  public Claim(String text, List<String> sources, List<String> independentSources, Status status,
      List<Conflict> conflicts, List<Span> spans, List<Conflict> updates, Optional<String> unsupported,
      List<String> notes) {
    this(text, sources, independentSources, status, conflicts, spans, updates, unsupported, notes,
        Optional.empty(), Optional.empty());
  }

  /** A claim without spans, updates, flag or notes (the original five fields of the contract). */
  public Claim(String text, List<String> sources, List<String> independentSources, Status status,
      List<Conflict> conflicts) {
    this(text, sources, independentSources, status, conflicts, List.of(), List.of(), Optional.empty(), List.of());
  }

  /**
   * Where an article states the claim.
   *
   * @param start char offset into the article's cleaned body (inclusive)
   * @param end char offset (exclusive)
   * @param text the body text between the offsets
   */
  public record Span(String article, int start, int end, String text) {
    public Span {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(text, "text");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span of " + article + ": start=" + start + ", end=" + end);
      }
    }
  }

  /** Corroboration status: two or more independent sources, one, or disagreement. */
  public enum Status {
    CORROBORATED,
    SINGLE_SOURCE,
    CONTRADICTED;

    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Status fromLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  /** One competing value and the articles that give it. */
  public record Conflict(String value, List<String> sources) {
    public Conflict {
      Objects.requireNonNull(value, "value");
      sources = List.copyOf(sources);
    }
  }
}
