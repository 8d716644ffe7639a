package org.triangulate.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a story's timeline: an event of the story, or a dated background fact stated by its
 * articles ("the TTP ended its ceasefire in November 2022").
 *
 * @param date ISO date at the precision known: {@code 2023-03-06}, {@code 2022-11} or {@code 2022}
 * @param event the event id for {@link Kind#EVENT} entries, and for background facts the event
 *     whose articles state them
 */
public record TimelineEntry(String date, String text, List<String> sources, Kind kind, Optional<String> event) {
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    event = Objects.requireNonNullElse(event, Optional.empty());
    sources = List.copyOf(sources);
  }

  /** What the entry is. */
  public enum Kind {
    EVENT,
    BACKGROUND;

    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Kind fromLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }
}
