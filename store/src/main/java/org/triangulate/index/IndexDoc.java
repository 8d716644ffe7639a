package org.triangulate.index;

import java.util.Objects;

/**
 * One searchable item.
 *
 * @param id the store id of the article or event (unique within its kind)
 * @param title shown in hits and weighted higher than {@code text}
 * @param text the full text searched (body, or an event's summary and claims)
 */
public record IndexDoc(Kind kind, String id, String title, String text) {
  public IndexDoc {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }

  /** What an indexed item is. */
  public enum Kind {
    ARTICLE,
    EVENT
  }
}
