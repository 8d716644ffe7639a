package org.triangulate.claim;

/**
 * Thresholds of the claim stage, measured with {@code triangulate-bench claims} (docs/BENCHMARKS.md,
 * section claims). Trap: on that generated check set a stricter {@code matchSimilarity} of 0.6 scores
 * slightly better, but it no longer matches the real rewrite of the demo corpus ("Weather officials
 * measured 118 millimetres of rainfall…" for "The Velmont Weather Service recorded 118 millimetres of
 * rain…"), whose statement would then be flagged unsupported; {@link #DEFAULTS} keep 0.5.
 *
 * @param matchSimilarity two statements are one claim when the mean of their content Dice and
 *     containment (stems, thesaurus applied, numbers and dates left out) reaches this, in [0,1]
 * @param minSharedWords and they share at least this many content stems
 * @param supportContainment a sentence of another article supports a claim when it contains this
 *     share of the claim's content stems (catches a long sentence stating two claims at once)
 * @param derivativeShare fallback provenance only: an article derives from another when this share of
 *     its statements restates statements of the other and this share of the other's statements is
 *     restated by it
 * @param derivativeMinStatements and at least this many of its statements are restated (a short report
 *     sharing two statements with another is not a rewrite of it)
 * @param abridgementShare fallback provenance only: or when this share of its statements restates the
 *     other's, however little of the other it re-tells (an abridged rewrite)
 * @param copiedStatement an article that partially reuses another (provenance relation {@code partial})
 *     counts with it for a claim only when its statement matches the other's at least this closely
 *     (same scale as {@code matchSimilarity}): the reused passage, not a restatement of a fact both report
 * @param quoteOverlap two quoted spans quote the same statement when their content Jaccard reaches this
 * @param hedgedTolerance relative difference under which two figures agree when either is hedged
 *     ("about 3,000" and "roughly 3,100"); unhedged figures must be equal
 * @param figureContext two figures of one measure (dead, injured, …) are the same slot when the
 *     content Jaccard of their sentences, measure words left out, reaches this
 * @param summarySentences at most this many extractive sentences per event summary
 * @param backgroundDays a dated statement more than this many days before the event is background
 */
public record ClaimSettings(
    double matchSimilarity,
    int minSharedWords,
    double supportContainment,
    double derivativeShare,
    int derivativeMinStatements,
    double abridgementShare,
    double copiedStatement,
    double quoteOverlap,
    double hedgedTolerance,
    double figureContext,
    int summarySentences,
    int backgroundDays) {

  public static final ClaimSettings DEFAULTS = new ClaimSettings(0.5, 3, 0.8, 0.4, 3, 0.8, 0.8, 0.6, 0.1, 0.15, 5, 14);

  public ClaimSettings {
    unit("matchSimilarity", matchSimilarity);
    unit("supportContainment", supportContainment);
    unit("derivativeShare", derivativeShare);
    unit("abridgementShare", abridgementShare);
    unit("copiedStatement", copiedStatement);
    unit("quoteOverlap", quoteOverlap);
    unit("hedgedTolerance", hedgedTolerance);
    unit("figureContext", figureContext);
    if (minSharedWords < 1) {
      throw new IllegalArgumentException("minSharedWords must be >= 1: " + minSharedWords);
    }
    if (summarySentences < 0 || backgroundDays < 0) {
      throw new IllegalArgumentException("summarySentences and backgroundDays must be >= 0: "
          + summarySentences + ", " + backgroundDays);
    }
  }

  /** A copy with another match threshold (for the benchmark's sweep). */
  public ClaimSettings withMatchSimilarity(double v) {
    return new ClaimSettings(v, minSharedWords, supportContainment, derivativeShare, derivativeMinStatements,
        abridgementShare, copiedStatement, quoteOverlap, hedgedTolerance, figureContext, summarySentences,
        backgroundDays);
  }

  private static void unit(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0,1]: " + v);
    }
  }
}
