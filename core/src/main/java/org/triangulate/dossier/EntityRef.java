package org.triangulate.dossier;

import java.util.Objects;
import java.util.Optional;

/**
 * A participant of an event.
 *
 * @param type PERSON, ORG, LOCATION or GROUP
 * @param role title or function as reported ("Additional Secretary (UN&ED)")
 */
public record EntityRef(String name, String type, Optional<String> role) {
  public EntityRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
  }
}
