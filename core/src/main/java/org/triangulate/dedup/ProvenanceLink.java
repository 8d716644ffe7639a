package org.triangulate.dedup;

import java.util.List;
import java.util.Objects;
import org.triangulate.dossier.Derivation;

/**
 * "Article {@code derived} was copied or rewritten from article {@code source}."
 *
 * @param relation copy, near-duplicate, paraphrase or partial (reuse of some passages)
 * @param score in [0,1]: shingle Jaccard (or containment) for copies and near duplicates, the weighted
 *     share of the derivative's words aligned to the source for paraphrases and partial reuse
 * @param alignments the sentence pairs behind a paraphrase or partial link (empty for exact copies);
 *     quoted alignments are listed but counted little
 */
public record ProvenanceLink(String derived, String source, Derivation.Relation relation, double score,
    List<AlignedSentence> alignments) {
  public ProvenanceLink {
    Objects.requireNonNull(derived, "derived");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(relation, "relation");
    if (derived.equals(source)) {
      throw new IllegalArgumentException("an article cannot derive from itself: " + derived);
    }
    score = Math.max(0, Math.min(1, score));
    alignments = List.copyOf(alignments);
  }

  /** As the dossier shows it on the derived article. */
  public Derivation toDerivation() {
    return new Derivation(source, relation, score);
  }
}
