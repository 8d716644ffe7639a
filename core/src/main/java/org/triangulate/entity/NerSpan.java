package org.triangulate.entity;

import java.util.Objects;

/** A span a {@link NerProvider} recognised: {@code [start, end)} in the given text, with its type. */
public record NerSpan(int start, int end, EntityType type) {
  public NerSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
    }
  }
}
