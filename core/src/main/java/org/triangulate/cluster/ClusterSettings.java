package org.triangulate.cluster;

/**
 * Thresholds and sizes of the {@link EventClusterer}, validated once. {@link #DEFAULTS} were chosen
 * with {@code triangulate-bench clustering --tune} on the ECB+ train and dev topics (never test) for
 * the weights and the join threshold, and by the seed and demo cases for the time limits (ECB+ has no
 * publication dates); see docs/BENCHMARKS.md, section {@code clustering}.
 *
 * <p>An article joins the best candidate event when {@code score >= joinThreshold}, where
 * {@code score = (termWeight*lex + entityWeight*ent + embeddingWeight*emb) * time}: {@code lex} is
 * the TF-IDF cosine of the article and the event centroid, {@code ent} the same over entity names,
 * {@code emb} the embedding cosine, and {@code time} a factor in [0, 1] of the gap between the day the
 * article is placed on and the event's dates: 1 within {@code timeToleranceDays}, then falling linearly
 * (or, with {@code timeHalfLifeDays > 0}, halving every that many days) to 0 at {@code maxGapDays}; 1
 * when either side has no date. An article is placed on its best-voted day, not after its publication
 * date unless {@code futureDatesPlace}; the event's dates are its best-voted days, widened, with
 * {@code coverageSpan}, to every day one of its articles was placed on.
 *
 * <p>The time limits are pinned by the issue's own cases (two attacks in one city a week apart are two
 * events: the second report, 6 days after the first event's last report, must score below the join
 * threshold, which needs a factor below about 0.44 at 6 days; two rounds of talks a year apart) and were
 * then chosen on ECB+ train+dev among the settings that keep those cases: see docs/BENCHMARKS.md.
 *
 * @param termWeight weight of the TF-IDF cosine (stemmed words of headline and body)
 * @param entityWeight weight of the entity-name cosine
 * @param embeddingWeight weight of the sentence-embedding cosine; ignored without a
 *     {@link org.triangulate.dedup.SentenceEmbedder}
 * @param joinThreshold minimum score to join an existing event rather than start a new one
 * @param mergeThreshold minimum score between two events' centroids for them to be merged after an
 *     article joined one of them (the allowed "merge step"); above 1 disables merging
 * @param storyThreshold minimum time-free score between two events for their story arcs to be linked
 * @param timeToleranceDays days between an article's date and an event's dates that cost nothing
 * @param maxGapDays days at which the time factor reaches 0: never the same event (two rounds of talks
 *     a year apart, two attacks a week apart)
 * @param titleRepeat how many times the headline counts in the term vector (the headline names the event)
 * @param queryTerms how many of an article's highest-weighted terms (and entities) look up candidates
 * @param postingsScanned how many of each term's most recent postings are read; bounds the cost of
 *     common terms in a large store
 * @param candidates how many events, ranked by the lookup, are scored in full
 * @param centroidTerms terms (and entities) kept per event centroid; bounds memory per event
 * @param indexedTerms of those, how many top terms are posted in the inverted index
 * @param leadChars a date mention at character offset {@code o} votes with weight
 *     {@code leadChars / (leadChars + o)}: fully in the headline, half at {@code leadChars}, a quarter at
 *     three times that (the lead dates the event; later paragraphs recall background)
 * @param relativeDateWeight vote of a day resolved from a relative expression ("on Monday"),
 *     against 1 for an explicit date
 * @param publicationDateWeight vote of the publication date itself (news is usually about the day
 *     before or the day of publication)
 * @param spanFraction days whose votes reach this fraction of the best day's extend the event's
 *     date range (contiguously)
 * @param maxMentionDays date ranges longer than this are background ("this year"), not event dates
 * @param maxMentionAgeDays mentions more than this many days before the publication date are recalled
 *     history, not the event being reported
 * @param numberTokens whether the numbers written in headline and body ("23 pirates", "58-3", "2012")
 *     count alongside the entities: reports of the same kind of incident differ in who, where and
 *     how many, and the counts, scores and years are among the few words that tell them apart
 * @param textDatesPlaceUndated whether an article without a publication date is placed in time (for
 *     the time factor) by the dates its text mentions; either way those dates still vote for its
 *     event's date range. Without a publication date only explicit dates resolve, and those are often
 *     background or follow-up days rather than the day reported, so by default such an article is
 *     compared by content alone (see {@link #DEFAULTS})
 * @param timeHalfLifeDays beyond the tolerance, the time factor halves every this many days (until
 *     {@code maxGapDays}); 0 for a linear fall from 1 at the tolerance to 0 at {@code maxGapDays}
 * @param coverageSpan whether the gap is measured against the event's whole coverage (its best-voted
 *     days and every day one of its articles was placed on) rather than its best-voted days alone: a
 *     chain of follow-up reports, each a day or two after the last, stays one event
 * @param futureDatesPlace whether a day the text names after the article's publication date may place
 *     the article; such days are plans and schedules (a trial date, the next round), not the day
 *     reported, so by default an article is placed on its best-voted day up to its publication
 */
public record ClusterSettings(
    double termWeight,
    double entityWeight,
    double embeddingWeight,
    double joinThreshold,
    double mergeThreshold,
    double storyThreshold,
    int timeToleranceDays,
    int maxGapDays,
    int titleRepeat,
    int queryTerms,
    int postingsScanned,
    int candidates,
    int centroidTerms,
    int indexedTerms,
    int leadChars,
    double relativeDateWeight,
    double publicationDateWeight,
    double spanFraction,
    int maxMentionDays,
    int maxMentionAgeDays,
    boolean numberTokens,
    boolean textDatesPlaceUndated,
    double timeHalfLifeDays,
    boolean coverageSpan,
    boolean futureDatesPlace) {

  /**
   * Chosen by measurement; see the class comment. On train+dev (doc order and two shuffles) these
   * scored 0.857 BCubed F1 (0.852 with the former time handling: gap against the best-voted days, later
   * dates placing reports; the weights and join threshold below were re-checked under the new one, best
   * unchanged). Time: the gap against the whole coverage (0.852 to 0.856) and no placing by later dates
   * (0.857); among the decays that keep the attacks a week apart apart (tolerance 2 d linear to 8 d:
   * 0.857, 3 d linear to 8 d: 0.858, 2 d halving every 3 d: 0.857, all inside the spread of about ±0.01)
   * the former shape stays; more generous ones score up to 0.863 (no time factor at all: 0.870) but join
   * those attacks. Former run: number tokens on (off: 0.840, or 0.846 with entity weight 0.2), entity weight 0.3 (0.2: 0.850, 0.4: 0.850),
   * join 0.30 (0.275-0.35: 0.845-0.850), undated articles compared by content alone (0.837 when their
   * text dates place them). Merging is off: the best merge cell (entity 0.4, join 0.325, merge 0.50)
   * scored 0.853, inside the spread over orders (about ±0.01). The embedding stays (0.850 without it,
   * join re-tuned): it matches rewrites that share few words.
   */
  public static final ClusterSettings DEFAULTS = new ClusterSettings(
      0.6, 0.3, 0.2, 0.30, 1.01, 0.30,
      2, 8, 2,
      12, 400, 24, 160, 40,
      600, 0.7, 0.3, 0.6, 7, 60, true, false,
      0, true, false);

  public ClusterSettings {
    nonNegative("termWeight", termWeight);
    nonNegative("entityWeight", entityWeight);
    nonNegative("embeddingWeight", embeddingWeight);
    if (termWeight + entityWeight + embeddingWeight <= 0) {
      throw new IllegalArgumentException("at least one of termWeight, entityWeight, embeddingWeight must be > 0");
    }
    nonNegative("joinThreshold", joinThreshold);
    nonNegative("mergeThreshold", mergeThreshold);
    nonNegative("storyThreshold", storyThreshold);
    if (timeToleranceDays < 0 || maxGapDays <= timeToleranceDays) {
      throw new IllegalArgumentException("need 0 <= timeToleranceDays < maxGapDays, got "
          + timeToleranceDays + " and " + maxGapDays);
    }
    positive("titleRepeat", titleRepeat);
    positive("queryTerms", queryTerms);
    positive("postingsScanned", postingsScanned);
    positive("candidates", candidates);
    positive("centroidTerms", centroidTerms);
    if (indexedTerms < 1 || indexedTerms > centroidTerms) {
      throw new IllegalArgumentException("indexedTerms must be in [1, centroidTerms=" + centroidTerms
          + "], got " + indexedTerms);
    }
    positive("leadChars", leadChars);
    nonNegative("relativeDateWeight", relativeDateWeight);
    nonNegative("publicationDateWeight", publicationDateWeight);
    if (!(spanFraction > 0 && spanFraction <= 1)) {
      throw new IllegalArgumentException("spanFraction must be in (0, 1], got " + spanFraction);
    }
    positive("maxMentionDays", maxMentionDays);
    positive("maxMentionAgeDays", maxMentionAgeDays);
    nonNegative("timeHalfLifeDays", timeHalfLifeDays);
  }

  /** These settings with another time model (see the class comment). */
  public ClusterSettings withTime(int tolerance, double halfLife, int maxGap, boolean coverage, boolean future) {
    return new ClusterSettings(termWeight, entityWeight, embeddingWeight, joinThreshold, mergeThreshold,
        storyThreshold, tolerance, maxGap, titleRepeat, queryTerms, postingsScanned,
        candidates, centroidTerms, indexedTerms, leadChars, relativeDateWeight, publicationDateWeight,
        spanFraction, maxMentionDays, maxMentionAgeDays, numberTokens, textDatesPlaceUndated,
        halfLife, coverage, future);
  }

  /** These settings with other score weights and join threshold (what the benchmark tunes). */
  public ClusterSettings withScoring(double term, double entity, double embedding, double join) {
    return new ClusterSettings(term, entity, embedding, join, mergeThreshold, storyThreshold,
        timeToleranceDays, maxGapDays, titleRepeat, queryTerms, postingsScanned, candidates,
        centroidTerms, indexedTerms, leadChars, relativeDateWeight, publicationDateWeight,
        spanFraction, maxMentionDays, maxMentionAgeDays, numberTokens, textDatesPlaceUndated,
        timeHalfLifeDays, coverageSpan, futureDatesPlace);
  }

  /** These settings with or without number tokens among the entity features. */
  public ClusterSettings withNumberTokens(boolean numbers) {
    return new ClusterSettings(termWeight, entityWeight, embeddingWeight, joinThreshold, mergeThreshold,
        storyThreshold, timeToleranceDays, maxGapDays, titleRepeat, queryTerms, postingsScanned,
        candidates, centroidTerms, indexedTerms, leadChars, relativeDateWeight, publicationDateWeight,
        spanFraction, maxMentionDays, maxMentionAgeDays, numbers, textDatesPlaceUndated,
        timeHalfLifeDays, coverageSpan, futureDatesPlace);
  }

  /** These settings with text dates placing articles that have no publication date, or not. */
  public ClusterSettings withTextDatesPlaceUndated(boolean place) {
    return new ClusterSettings(termWeight, entityWeight, embeddingWeight, joinThreshold, mergeThreshold,
        storyThreshold, timeToleranceDays, maxGapDays, titleRepeat, queryTerms, postingsScanned,
        candidates, centroidTerms, indexedTerms, leadChars, relativeDateWeight, publicationDateWeight,
        spanFraction, maxMentionDays, maxMentionAgeDays, numberTokens, place,
        timeHalfLifeDays, coverageSpan, futureDatesPlace);
  }

  /** These settings with another merge threshold (above 1 disables merging). */
  public ClusterSettings withMergeThreshold(double merge) {
    return new ClusterSettings(termWeight, entityWeight, embeddingWeight, joinThreshold, merge,
        storyThreshold, timeToleranceDays, maxGapDays, titleRepeat, queryTerms, postingsScanned,
        candidates, centroidTerms, indexedTerms, leadChars, relativeDateWeight, publicationDateWeight,
        spanFraction, maxMentionDays, maxMentionAgeDays, numberTokens, textDatesPlaceUndated,
        timeHalfLifeDays, coverageSpan, futureDatesPlace);
  }

  /** These settings with another story threshold. */
  public ClusterSettings withStoryThreshold(double story) {
    return new ClusterSettings(termWeight, entityWeight, embeddingWeight, joinThreshold, mergeThreshold,
        story, timeToleranceDays, maxGapDays, titleRepeat, queryTerms, postingsScanned,
        candidates, centroidTerms, indexedTerms, leadChars, relativeDateWeight, publicationDateWeight,
        spanFraction, maxMentionDays, maxMentionAgeDays, numberTokens, textDatesPlaceUndated,
        timeHalfLifeDays, coverageSpan, futureDatesPlace);
  }

  private static void nonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + v);
    }
  }

  private static void positive(String name, int v) {
    if (v < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, got " + v);
    }
  }
}
