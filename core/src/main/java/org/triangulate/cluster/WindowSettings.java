package org.triangulate.cluster;

/**
 * How {@link WindowedClustering} cuts the stream into time windows, validated once. {@link #DEFAULTS}
 * were measured with {@code bin/triangulate-spark bench} (docs/BENCHMARKS.md, section {@code spark}):
 * on its generated corpus (20,000 articles over a month) 3-, 7- and 14-day windows with 1-day margins
 * all kept BCubed F1 1.000 (rounded) against one clusterer over the whole stream (801–802 events against
 * 800), so that corpus does not tell them apart on quality; 3-day windows cost twice the time (two
 * thirds of the articles are clustered again at boundaries). Seven days keep a month in five or six
 * window tasks and the margin covers the tolerance of the time factor around a boundary; real news with
 * long follow-up tails may lose more, which that corpus cannot show.
 *
 * @param windowDays days per window; window {@code w} holds the articles (by their source's
 *     publication day) with {@code floorDiv(epochDay, windowDays) == w}. Longer windows lose less
 *     against the unwindowed clusterer, shorter ones give more parallel tasks.
 * @param marginDays days on each side of a window boundary whose articles are clustered again
 *     together, to stitch events that straddle the boundary; costs about {@code 2 × marginDays /
 *     windowDays} of the articles clustered twice
 * @param storyMembers how many of an event's first articles (originals before copies) stand for it
 *     when story arcs are linked across windows; the online clusterer also re-examines story links
 *     only while an event has its first three articles
 */
public record WindowSettings(int windowDays, int marginDays, int storyMembers) {
  /** Seven-day windows, one-day margins, three articles per event for story links (see the class comment). */
  public static final WindowSettings DEFAULTS = new WindowSettings(7, 1, 3);

  public WindowSettings {
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be >= 1, got " + windowDays);
    }
    if (marginDays < 0 || marginDays > windowDays) {
      throw new IllegalArgumentException("marginDays must be in [0, windowDays=" + windowDays + "], got "
          + marginDays);
    }
    if (storyMembers < 1) {
      throw new IllegalArgumentException("storyMembers must be >= 1, got " + storyMembers);
    }
  }
}
