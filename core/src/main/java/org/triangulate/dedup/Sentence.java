package org.triangulate.dedup;

/**
 * One sentence of an article body with the features alignment needs.
 *
 * @param text the sentence as written
 * @param index position in the article (0-based, over all paragraphs)
 * @param words number of words
 * @param content sorted distinct hashes of its stemmed content words ({@link Shingles#contentWords})
 * @param contentWords how many of its words are alphabetic content words (numbers and dates excluded)
 * @param quotedShare share of its letters inside quotation marks, in [0,1]
 * @param attributed whether it reports what someone said ("said", "according to", "statement" …)
 * @param specifics numbers and mid-sentence capitalised words: how much checkable detail it carries
 */
record Sentence(String text, int index, int words, long[] content, int contentWords, double quotedShare, boolean attributed,
    int specifics) {

  /** Quoted material: mostly inside quotation marks. */
  boolean quoted() {
    return quotedShare >= 0.5;
  }
}
