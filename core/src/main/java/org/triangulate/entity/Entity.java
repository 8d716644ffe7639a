package org.triangulate.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity with every name variant it was found under.
 *
 * @param name canonical name: the longest full form seen ("Tehreek-e-Taliban Pakistan", "Syed Haider
 *     Shah"), never a bare acronym when a full form is known
 * @param type kind of entity
 * @param role title or function as reported, without the employer ("Additional Secretary (UN&ED)",
 *     "Acting Coordinator for Counterterrorism", "US Ambassador to Pakistan"); for people only
 * @param affiliation the organisation named with the role ("State Department", "FO"), when written
 * @param aliases other names it goes by, acronyms included ("TTP", "Tehreek-i-Taliban Pakistan")
 * @param mentions where it is named, in document order
 */
public record Entity(
    String name, EntityType type, Optional<String> role, Optional<String> affiliation, List<String> aliases,
    List<Mention> mentions) {

  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(affiliation, "affiliation");
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank entity name (type " + type + ")");
    }
  }

  /** True when {@code surface} is the name or one of the aliases (case-insensitive). */
  public boolean isCalled(String surface) {
    return name.equalsIgnoreCase(surface) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(surface));
  }
}
