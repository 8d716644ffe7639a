package org.triangulate.text;

import java.util.Objects;

/**
 * One token of a sentence, from the text layer's single Lucene analysis chain (standard tokenizer,
 * English possessive filter, lower case, Porter stemmer).
 *
 * @param start offset of the first character in the article body (for a headline token: in the title)
 * @param end offset after the last character
 * @param norm the token in lower case, a possessive {@code 's} removed ("pakistan", "3,800")
 * @param stem its Porter stem ("talk" for "talks"); equal to {@code norm} for numbers
 * @param stop an English stop word (Lucene's list)
 * @param numeric written with digits
 */
public record Token(int start, int end, String norm, String stem, boolean stop, boolean numeric) {
  public Token {
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(stem, "stem");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span: start=" + start + ", end=" + end);
    }
  }

  /** A content word: neither a stop word nor a number. */
  public boolean content() {
    return !stop && !numeric;
  }
}
