package org.triangulate.cluster;

/**
 * How {@link WindowedClustering} cuts the stream into time windows, validated once. Measured with
 * {@code bin/triangulate-spark bench} and {@code bench-windowing} (docs/BENCHMARKS.md, sections
 * {@code spark}, {@code spark-windowing} and {@code spark-windowing-ontime}; events BCubed F1 against
 * the generator's truth, 20,000 articles over a month):
 * <ul>
 *   <li>With a quarter of the reports arriving 4–14 days after their event, windows by publication day
 *       split those follow-ups from their event (0.839 at 7-day windows and 1-day margins); placing each
 *       article on the day it reports on keeps them (0.983; 0.987 with 2-day margins; one clusterer over
 *       the whole stream 0.988).</li>
 *   <li>With every report 0–2 days after its event, reported-day placement leaves the reports that name
 *       no day on their publication day, and a 1-day margin misses a few of them (0.996; 1.000 with
 *       2-day margins, at the same time).</li>
 * </ul>
 * {@link #DEFAULTS} keep 1-day margins because the 100,000-article Spark measurement was made with
 * them; 2-day margins measured better on both corpora and are the candidate default. Seven days keep a
 * month in five or six window tasks.
 *
 * @param windowDays days per window; window {@code w} holds the articles (by their root's placing day)
 *     with {@code floorDiv(epochDay, windowDays) == w}. Longer windows lose less against the unwindowed
 *     clusterer, shorter ones give more parallel tasks.
 * @param marginDays days on each side of a window boundary whose articles are clustered again
 *     together, to stitch events that straddle the boundary; costs about {@code 2 × marginDays /
 *     windowDays} of the articles clustered twice
 * @param storyMembers how many of an event's first articles (originals before copies) stand for it
 *     when story arcs are linked across windows; the online clusterer also re-examines story links
 *     only while an event has its first three articles
 * @param placeByReportedDay place a dated article on the day it reports on, as the clusterer's time
 *     factor does (its best-voted day among the dates its text names, not after publication; the
 *     publication date when it names none), rather than on its publication day; a follow-up published
 *     days later then lands in its event's window
 */
public record WindowSettings(int windowDays, int marginDays, int storyMembers, boolean placeByReportedDay)
    implements java.io.Serializable {
  /** Seven-day windows, one-day margins, three articles per event for story links, reported-day placement. */
  public static final WindowSettings DEFAULTS = new WindowSettings(7, 1, 3, true);

  /** With reported-day placement ({@code placeByReportedDay} true). */
  public WindowSettings(int windowDays, int marginDays, int storyMembers) {
    this(windowDays, marginDays, storyMembers, true);
  }

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

  /** These settings with {@code placeByReportedDay} set as given. */
  public WindowSettings withPlaceByReportedDay(boolean value) {
    return new WindowSettings(windowDays, marginDays, storyMembers, value);
  }
}
