package org.triangulate.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.triangulate.article.Article;
import org.triangulate.claim.Annotator;
import org.triangulate.claim.ClaimSettings;
import org.triangulate.claim.Corroborator;
import org.triangulate.claim.Lineage;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.DossierJson;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.TimelineEntry;
import org.triangulate.entity.EntityExtractor;
import org.triangulate.time.TemporalTagger;

/**
 * The claim stage's work for one event, on its own: what a {@link Pipeline} computes per event, so that
 * a cluster can compute events apart (the Spark job does, one task per group of events) and the
 * pipeline only assembles the outcomes ({@link Pipeline#withClaimRunner}).
 *
 * <p>Lineage of an article: the provenance stage's derivations; for an article it finds no source for,
 * the claim stage's own statement-overlap estimate among the event's articles, which the outcome lists
 * in {@link Outcome#added()} so the dossier shows why a claim counts once.
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
   * @param added derivations the claim stage estimated for articles the provenance stage found no source
   *     for, by article id, in the order found
   */
  public record Outcome(Event event, List<TimelineEntry> background, Map<String, List<Derivation>> added) {
    public Outcome {
      Objects.requireNonNull(event, "event");
      background = List.copyOf(background);
      Map<String, List<Derivation>> copy = new LinkedHashMap<>();
      added.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      added = Collections.unmodifiableMap(copy);
    }
  }

  /** The corroborator a pipeline with {@code entities} uses: default claim settings, text dates and those entities. */
  public static Corroborator corroborator(EntityExtractor entities) {
    return new Corroborator(ClaimSettings.DEFAULTS, Annotator.ofStages(TemporalTagger.withDefaults(), entities));
  }

  /**
   * Claims, summary and background of {@code e}.
   *
   * @param articles the event's articles in the order of {@code e.articles()} (those known)
   * @param derivedFrom the provenance stage's derivations of an article (empty for originals)
   */
  public static Outcome of(Event e, List<Article> articles, Function<String, List<Derivation>> derivedFrom,
      Corroborator corroborator, ClaimSettings settings) {
    if (articles.isEmpty()) {
      return new Outcome(e, List.of(), Map.of());
    }
    Lineage estimate = articles.size() > 1 ? corroborator.bySentenceOverlap(articles, settings) : Lineage.none();
    Map<String, List<Derivation>> added = new LinkedHashMap<>();
    Lineage lineage = id -> {
      List<Derivation> found = derivedFrom.apply(id);
      if (!found.isEmpty()) {
        return found;
      }
      List<Derivation> own = estimate.derivedFrom(id);
      if (!own.isEmpty()) {
        added.computeIfAbsent(id, k -> new ArrayList<>()).addAll(own);
      }
      return own;
    };
    Corroborator.Result r = corroborator.corroborate(articles, lineage, e.date());
    Event filled = new Event(e.id(), e.title(), e.date(), e.endDate(), e.location(), e.story(), e.articles(),
        e.entities(), r.claims(), r.summary(), e.copyGraph());
    List<TimelineEntry> bg = new ArrayList<>();
    for (TimelineEntry t : r.background()) {
      bg.add(new TimelineEntry(t.date(), t.text(), t.sources(), t.kind(), Optional.of(e.id())));
    }
    return new Outcome(filled, bg, added);
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
