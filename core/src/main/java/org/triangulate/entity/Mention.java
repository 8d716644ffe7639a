package org.triangulate.entity;

import java.util.Objects;

/**
 * One place an entity is named.
 *
 * @param document id of the document the offsets refer to ("" for a text tagged on its own)
 * @param start UTF-16 offset of the first character (inclusive)
 * @param end offset after the last character (exclusive)
 * @param text the mention as written
 */
public record Mention(String document, int start, int end, String text) {
  public Mention {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
    }
  }
}
