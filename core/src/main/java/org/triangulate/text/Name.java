package org.triangulate.text;

import java.util.Objects;
import java.util.Optional;
import org.triangulate.entity.EntityType;

/**
 * One place a named entity is mentioned.
 *
 * @param start offset in the article body (for a headline name: in the title)
 * @param end offset after the mention
 * @param text the mention as written ("Shah")
 * @param type what kind of entity it is
 * @param entity the canonical name of the entity it refers to, variants merged across the article
 *     ("Syed Haider Shah")
 * @param role the entity's title or function as the article reports it, for people
 */
public record Name(int start, int end, String text, EntityType type, String entity, Optional<String> role) {
  public Name {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(role, "role");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad name span: start=" + start + ", end=" + end + " (" + text + ")");
    }
  }
}
