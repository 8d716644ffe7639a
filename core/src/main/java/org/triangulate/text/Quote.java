package org.triangulate.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Words between quotation marks, and who the article says spoke them.
 *
 * @param start offset of the opening mark in the body
 * @param end offset after the closing mark (the paragraph end for an unclosed quote)
 * @param speaker who says it, as written and without a leading "the" ("Foreign Office", "Elena
 *     Cusi"), when the sentence names one
 */
public record Quote(int start, int end, String text, Optional<String> speaker) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span: start=" + start + ", end=" + end);
    }
  }
}
