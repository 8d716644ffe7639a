package org.triangulate.dedup;

import java.util.Locale;
import java.util.Objects;

/**
 * A sentence of a derivative matched to a sentence of its source.
 *
 * @param derived the derivative's sentence, as written
 * @param source the source's sentence, as written
 * @param similarity content-word Dice (verbatim, lexical) or embedding cosine (semantic), in [0,1]
 * @param quoted whether either side is mostly quotation: shared quotes are evidence of a common primary
 *     source, not of copying, and count only {@link ProvenanceSettings#quotedWeight() a little}
 */
public record AlignedSentence(String derived, String source, Kind kind, double similarity, boolean quoted) {
  public AlignedSentence {
    Objects.requireNonNull(derived, "derived");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    similarity = Math.max(0, Math.min(1, similarity));
  }

  /** How the two sentences match. */
  public enum Kind {
    /** Nearly the same words. */
    VERBATIM,
    /** Many of the same content words. */
    LEXICAL,
    /** Different words, same meaning (embedding similarity). */
    SEMANTIC;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
