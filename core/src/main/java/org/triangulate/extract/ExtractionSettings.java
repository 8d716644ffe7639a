package org.triangulate.extract;

/**
 * Thresholds of the cleaner and the HTML content extractor, measured by the bench module
 * ({@code bench extraction}, see docs/BENCHMARKS.md).
 *
 * @param maxTitleWords a first text line longer than this is body, not a headline
 * @param commentSectionMinPosition a comment-section marker ("COMMENTS", "Leave a Reply") cuts the
 *     rest of the document only past this fraction of its lines (earlier it is just dropped)
 * @param sidebarMaxDateGap two date-only lines at most this many lines apart form a headline list
 * @param minParagraphChars HTML blocks shorter than this add nothing to a container's score
 * @param siblingScoreRatio siblings of the best container scoring at least this share of it are kept
 * @param maxLinkDensity blocks whose text is more than this share of link text are navigation
 * @param unlikelyMaxTextShare an element whose class or id says "sidebar", "comments", "advert"… is
 *     dropped only when it holds less than this share of the page's text and not the {@code <h1>};
 *     bigger ones are layout wrappers that happen to carry such a class
 * @param ascendMaxShare the best-scoring container is replaced by its nearest ancestor with more
 *     paragraph text while it holds less than this share of that ancestor's paragraph text (articles
 *     split into several containers)
 */
public record ExtractionSettings(
    int maxTitleWords,
    double commentSectionMinPosition,
    int sidebarMaxDateGap,
    int minParagraphChars,
    double siblingScoreRatio,
    double maxLinkDensity,
    double unlikelyMaxTextShare,
    double ascendMaxShare) {

  public static final ExtractionSettings DEFAULTS = new ExtractionSettings(25, 0.3, 6, 25, 0.2, 0.5, 0.5, 0.8);

  public ExtractionSettings {
    if (maxTitleWords < 1 || sidebarMaxDateGap < 1 || minParagraphChars < 0) {
      throw new IllegalArgumentException("counts must be positive: maxTitleWords=" + maxTitleWords
          + ", sidebarMaxDateGap=" + sidebarMaxDateGap + ", minParagraphChars=" + minParagraphChars);
    }
    if (commentSectionMinPosition < 0 || commentSectionMinPosition > 1 || siblingScoreRatio < 0
        || maxLinkDensity < 0 || maxLinkDensity > 1 || unlikelyMaxTextShare < 0 || unlikelyMaxTextShare > 1
        || ascendMaxShare < 0 || ascendMaxShare > 1) {
      throw new IllegalArgumentException("ratios must be in [0,1]: commentSectionMinPosition="
          + commentSectionMinPosition + ", siblingScoreRatio=" + siblingScoreRatio
          + ", maxLinkDensity=" + maxLinkDensity + ", unlikelyMaxTextShare=" + unlikelyMaxTextShare
          + ", ascendMaxShare=" + ascendMaxShare);
    }
  }
}
