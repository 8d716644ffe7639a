package org.triangulate.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * "This article derives from article {@code id}" with how and how strongly.
 *
 * @param score similarity in [0,1] behind the relation (Jaccard for copies, alignment share for paraphrases)
 */
public record Derivation(String id, Relation relation, double score) {

  public Derivation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(relation, "relation");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0,1]: " + score);
    }
  }

  /** Kinds of derivation, from the strongest to the weakest. */
  public enum Relation {
    COPY,
    NEAR_DUPLICATE,
    PARAPHRASE,
    PARTIAL;

    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Relation fromLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
