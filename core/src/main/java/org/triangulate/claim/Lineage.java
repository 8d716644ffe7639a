package org.triangulate.claim;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.triangulate.dossier.Derivation;

/**
 * Who was copied or rewritten from whom: for an article, the texts it derives from. The claim stage
 * uses it to count sources once per copy group and to flag statements that only a derivative makes.
 *
 * <p>Relations {@code copy}, {@code near-duplicate} and {@code paraphrase} put the two articles in one
 * copy group for every claim; {@code partial} does so only for the claims both texts support (the
 * reused passage), the rest of a partially reusing article stays independent.
 */
@FunctionalInterface
public interface Lineage {

  /** The derivations of article {@code id} (its originals), empty for an original or an unknown id. */
  List<Derivation> derivedFrom(String id);

  /**
   * This lineage, and for an article it knows no source of, {@code other}'s derivations: e.g. the
   * provenance stage first, then the claim stage's statement-overlap estimate.
   */
  default Lineage orElse(Lineage other) {
    Objects.requireNonNull(other, "other");
    return id -> {
      List<Derivation> mine = derivedFrom(id);
      return mine.isEmpty() ? other.derivedFrom(id) : mine;
    };
  }

  /** No article derives from another: every source is independent. */
  static Lineage none() {
    return id -> List.of();
  }

  /** Lineage already computed, e.g. the {@code derived_from} lists of a dossier. */
  static Lineage of(Map<String, List<Derivation>> derivations) {
    Map<String, List<Derivation>> copy = Map.copyOf(derivations);
    return id -> copy.getOrDefault(Objects.requireNonNull(id, "id"), List.of());
  }

}
