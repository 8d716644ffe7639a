package org.triangulate.claim;

/**
 * Thresholds and model weights of the claim stage, measured on the realistic development set
 * ({@code triangulate-bench dossier-dev}; docs/BENCHMARKS.md, sections claims and dossier-dev). The
 * {@link #DEFAULTS} weights are those {@code triangulate-bench dossier-dev --train} fits on all four
 * stories of the set; fitted without a story, the weights score that story's claims the same within
 * 0.01 (the leave-one-story-out table of the dossier-dev section).
 *
 * @param withVectors weights of the same-fact model when both statements have sentence vectors
 * @param withoutVectors the same model without the cosine (for a text layer without an encoder)
 * @param linkProbability two groups of statements become one claim while the mean probability over
 *     their cross pairs reaches this
 * @param minPairProbability pairs less probable than this are not kept at all
 * @param maxPostings a stem, entity or number shared by more statements of one event than this does
 *     not propose candidate pairs
 * @param minContentWords a sentence with fewer content words is no statement
 * @param hedgedTolerance relative difference under which two figures agree when either is hedged
 *     ("about 3,000" and "roughly 3,100"); unhedged figures must be equal
 * @param valueContext two values of a non-casualty slot are compared only when their statements'
 *     same-fact probability reaches this (the same predicate of another subject is another slot)
 * @param copiedStatement an article that partially reuses another counts with it for a claim only when
 *     their statements' same-fact probability reaches this: the reused passage, not a restatement
 * @param supportProbability a statement only derivatives make is not flagged unsupported when one of
 *     their originals has a statement at least this likely to state the same fact (a restatement in
 *     other words is no addition)
 * @param summarySentences at most this many sentences in an event's summary
 * @param backgroundDays a dated statement more than this many days before the event is background
 */
public record ClaimSettings(
    Weights withVectors,
    Weights withoutVectors,
    double linkProbability,
    double minPairProbability,
    int maxPostings,
    int minContentWords,
    double hedgedTolerance,
    double valueContext,
    double copiedStatement,
    double supportProbability,
    int summarySentences,
    int backgroundDays) {

  public static final ClaimSettings DEFAULTS = new ClaimSettings(
      new Weights(-7.23, 6.49, 6.56, 1.60, -1.37),
      new Weights(-5.71, 0, 12.05, 2.08, -1.49),
      0.2, 0.02, 60, 4, 0.1, 0.3, 0.9, 0.05, 5, 14);

  /** The same-fact model: {@code p = 1 / (1 + exp(-(bias + cosine*cos + dice*dice + numbers*agree + quoted*q)))}. */
  public record Weights(double bias, double cosine, double dice, double numbers, double quoted) {}

  public ClaimSettings {
    java.util.Objects.requireNonNull(withVectors, "withVectors");
    java.util.Objects.requireNonNull(withoutVectors, "withoutVectors");
    for (double v : new double[] {linkProbability, minPairProbability, hedgedTolerance, valueContext, copiedStatement,
        supportProbability}) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("probabilities and tolerances must be in [0,1]: " + v);
      }
    }
    if (maxPostings < 2 || minContentWords < 1 || summarySentences < 0 || backgroundDays < 0) {
      throw new IllegalArgumentException("bad counts: maxPostings=" + maxPostings + ", minContentWords="
          + minContentWords + ", summarySentences=" + summarySentences + ", backgroundDays=" + backgroundDays);
    }
  }

  Weights weights(boolean vectors) {
    return vectors ? withVectors : withoutVectors;
  }

  /** A copy with another link probability (for the benchmark's sweep). */
  public ClaimSettings withLinkProbability(double p) {
    return new ClaimSettings(withVectors, withoutVectors, p, minPairProbability, maxPostings, minContentWords,
        hedgedTolerance, valueContext, copiedStatement, supportProbability, summarySentences, backgroundDays);
  }
}
