package org.triangulate.cluster;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.triangulate.article.Article;

/**
 * The named participants of an article (people, organisations, places). The clusterer compares
 * events by the entities they share, links events into story arcs by shared actors, and takes an
 * event's location from its {@link Type#LOCATION} entities when no dateline names one.
 *
 * <p>{@link #lexical()} is a dependency-free default that takes capitalised phrases as entities
 * (type {@link Type#OTHER}); a real recogniser plugs in through this interface.
 */
@FunctionalInterface
public interface EntitySource {
  /** Entity mentions in {@code article}, repeated as often as they occur. */
  List<Entity> entities(Article article);

  /** Capitalised phrases (not sentence-initial function words, months, weekdays) as untyped entities. */
  static EntitySource lexical() {
    return LexicalEntities.INSTANCE;
  }

  /** Kind of entity, as far as the source knows it. */
  enum Type { PERSON, ORGANIZATION, LOCATION, OTHER }

  /**
   * One entity mention.
   *
   * @param name surface form as written ("Syed Haider Shah")
   * @param type the kind, {@link Type#OTHER} when unknown
   */
  record Entity(String name, Type type) {
    public Entity {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      if (name.isBlank()) {
        throw new IllegalArgumentException("entity name must not be blank");
      }
    }

    /** The comparison key: lower case, inner whitespace collapsed. */
    public String key() {
      return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
  }
}
