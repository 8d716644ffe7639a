package org.triangulate.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.triangulate.claim.Corroborator;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.DossierJson;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.TimelineEntry;
import org.triangulate.text.AnalyzedArticle;

/**
 * The claim stage's work for one event, on its own: what a {@link Pipeline} computes per event, so that
 * a cluster can compute events apart (the Spark job does, one task per group of events) and the
 * pipeline only assembles the outcomes ({@link Pipeline#withClaimRunner}).
 *
 * <p>Lineage of an article: the provenance stage's derivations, nothing else (the claim stage never
 * adds derivations of its own).
 */
public final class EventClaims {
  private static final ObjectMapper JSON = DossierJson.mapper()
      .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  private EventClaims() {}

  /**
   * One event's claim-stage outcome.
   *
   * @param event the event with its claims and cited summary filled in
   * @param background the background facts for its story's timeline, each naming the event
   */
  public record Outcome(Event event, List<TimelineEntry> background) {
    public Outcome {
      Objects.requireNonNull(event, "event");
      background = List.copyOf(background);
    }
  }

  /**
   * Claims, summary and background of {@code e}.
   *
   * @param articles the event's analysed articles in the order of {@code e.articles()} (those known)
   * @param derivedFrom the provenance stage's derivations of an article (empty for originals)
   */
  public static Outcome of(Event e, List<AnalyzedArticle> articles, Function<String, List<Derivation>> derivedFrom,
      Corroborator corroborator) {
    if (articles.isEmpty()) {
      return new Outcome(e, List.of());
    }
    Corroborator.Result r = corroborator.corroborate(articles, derivedFrom::apply, e.date());
    Event filled = new Event(e.id(), e.title(), e.date(), e.endDate(), e.location(), e.story(), e.articles(),
        e.entities(), r.claims(), r.summary(), e.copyGraph());
    List<TimelineEntry> bg = new ArrayList<>();
    for (TimelineEntry t : r.background()) {
      bg.add(new TimelineEntry(t.date(), t.text(), t.sources(), t.kind(), Optional.of(e.id())));
    }
    return new Outcome(filled, bg);
  }

  /** {@code outcome} as compact JSON (the dossier's field names), to ship it between machines. */
  public static String toJson(Outcome outcome) {
    return write(outcome);
  }

  /** Reads what {@link #toJson} wrote. */
  public static Outcome fromJson(String json) {
    return read(json, Outcome.class);
  }

  /** {@code derivations} as JSON, to ship an article's provenance to where its event's claims are computed. */
  public static String derivationsToJson(List<Derivation> derivations) {
    return write(derivations);
  }

  /** Reads what {@link #derivationsToJson} wrote. */
  public static List<Derivation> derivationsFromJson(String json) {
    return List.of(read(json, Derivation[].class));
  }

  /** {@code event} (before claims) as JSON. */
  public static String eventToJson(Event event) {
    return write(event);
  }

  /** Reads what {@link #eventToJson} wrote. */
  public static Event eventFromJson(String json) {
    return read(json, Event.class);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
