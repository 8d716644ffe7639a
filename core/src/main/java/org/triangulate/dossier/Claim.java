package org.triangulate.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One atomic statement about an event and who supports it.
 *
 * @param sources every article stating it
 * @param independentSources the sources left once copies and rewrites are counted with their original
 * @param conflicts competing values for the same slot, each with its sources (empty unless contradicted)
 */
public record Claim(
    String text,
    List<String> sources,
    List<String> independentSources,
    Status status,
    List<Conflict> conflicts) {

  public Claim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    sources = List.copyOf(sources);
    independentSources = List.copyOf(independentSources);
    conflicts = List.copyOf(conflicts);
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
