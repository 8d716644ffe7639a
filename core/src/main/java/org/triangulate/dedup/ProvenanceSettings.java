package org.triangulate.dedup;

/**
 * Thresholds of provenance detection, measured by {@code bench provenance} (docs/BENCHMARKS.md).
 *
 * <p>Candidates: two LSH indexes over 128-permutation MinHash signatures. The <em>shingle</em> index
 * ({@code bands x rows} over word {@code shingleSize}-shingles) finds near duplicates: with 32 x 4 a pair
 * at Jaccard 0.8 collides with probability 0.99999995. The <em>topic</em> index ({@code topicBands x
 * topicRows} over content words) finds rewrites and partial reuse, whose shingles barely overlap; each
 * article keeps at most {@code maxCandidates} topic candidates (most shared bands first) and buckets
 * larger than {@code maxBucket} are skipped, so cost stays linear in the number of articles.
 *
 * @param shingleSize words per shingle for near-duplicate Jaccard
 * @param bands LSH bands of the shingle signature
 * @param rows signature values per shingle band
 * @param topicBands LSH bands of the content-word signature ({@code topicBands * topicRows <= 128})
 * @param topicRows signature values per content-word band
 * @param minTopicBandHits topic candidates must share at least this many bands
 * @param maxCandidates topic candidates kept per article
 * @param maxBucket topic buckets with more articles than this are ignored (stop-topics)
 * @param minTopicSimilarity topic candidates whose estimated content-word Jaccard is below this are
 *     dropped before any sentence is aligned or embedded
 * @param copyJaccard shingle Jaccard from which two texts are copies
 * @param nearDuplicateJaccard shingle Jaccard from which two texts are near duplicates
 * @param nearDuplicateContainment share of the shorter text's shingles found in the longer one from which
 *     they are near duplicates (a copy inside extra material), provided the shorter has at least
 *     {@code minLengthRatio} of the longer's shingles
 * @param minLengthRatio see {@code nearDuplicateContainment}; the same containment share of words in
 *     verbatim-aligned sentences (on both sides) also makes a near duplicate
 * @param minSentenceWords sentences with fewer words are ignored by alignment (datelines, captions)
 * @param lexicalAlign content-word Dice from which two sentences align without embeddings
 * @param verbatimAlign content-word Dice from which an alignment counts as verbatim reuse
 * @param semanticAlign embedding cosine from which two sentences align as paraphrases
 * @param attributedWeight weight of an aligned sentence that reports what someone said (both outlets may
 *     paraphrase the same statement)
 * @param quotedWeight weight of an aligned sentence that is mostly quotation on either side: quoting the
 *     same statement is not copying, so a few shared quotes never make a derivation on their own
 * @param paraphraseCoverage weighted share of the derivative's words that must align for a paraphrase
 * @param minAlignedSentences weighted aligned sentences a paraphrase needs at least
 * @param partialMinSentences weighted verbatim-aligned sentences from which reuse is partial
 * @param partialMaxCoverage when at least half of the aligned sentences are verbatim and they cover less
 *     than this share of the derivative, it pasted passages into its own text: partial reuse, not a
 *     paraphrase
 */
public record ProvenanceSettings(
    int shingleSize,
    int bands,
    int rows,
    int topicBands,
    int topicRows,
    int minTopicBandHits,
    int maxCandidates,
    int maxBucket,
    double minTopicSimilarity,
    double copyJaccard,
    double nearDuplicateJaccard,
    double nearDuplicateContainment,
    double minLengthRatio,
    int minSentenceWords,
    double lexicalAlign,
    double verbatimAlign,
    double semanticAlign,
    double attributedWeight,
    double quotedWeight,
    double paraphraseCoverage,
    double minAlignedSentences,
    double partialMinSentences,
    double partialMaxCoverage) {

  public static final ProvenanceSettings DEFAULTS = new ProvenanceSettings(
      5, 32, 4, 64, 2, 1, 20, 200, 0.1,
      0.95, 0.8, 0.9, 0.5,
      4, 0.5, 0.8, 0.75, 0.5, 0.25, 0.2, 3, 2, 0.5);

  public ProvenanceSettings {
    if (shingleSize < 1 || bands < 1 || rows < 1 || topicBands < 1 || topicRows < 1 || minTopicBandHits < 1
        || maxCandidates < 1 || maxBucket < 2 || minSentenceWords < 1) {
      throw new IllegalArgumentException("counts must be positive: shingleSize=" + shingleSize + ", bands=" + bands
          + ", rows=" + rows + ", topicBands=" + topicBands + ", topicRows=" + topicRows + ", minTopicBandHits="
          + minTopicBandHits + ", maxCandidates=" + maxCandidates + ", maxBucket=" + maxBucket
          + ", minSentenceWords=" + minSentenceWords);
    }
    if (bands * rows > MinHasher.DEFAULT.permutations() || topicBands * topicRows > MinHasher.DEFAULT.permutations()) {
      throw new IllegalArgumentException("banding needs more than " + MinHasher.DEFAULT.permutations()
          + " permutations: " + bands + "x" + rows + ", topic " + topicBands + "x" + topicRows);
    }
    for (double r : new double[] {minTopicSimilarity, copyJaccard, nearDuplicateJaccard, nearDuplicateContainment, minLengthRatio,
        lexicalAlign, verbatimAlign, semanticAlign, attributedWeight, quotedWeight, paraphraseCoverage, partialMaxCoverage}) {
      if (!(r >= 0 && r <= 1)) {
        throw new IllegalArgumentException("ratios must be in [0,1], got " + r + " in " + this);
      }
    }
    if (minAlignedSentences < 0 || partialMinSentences < 0) {
      throw new IllegalArgumentException("sentence counts must be >= 0: minAlignedSentences=" + minAlignedSentences
          + ", partialMinSentences=" + partialMinSentences);
    }
  }
}
