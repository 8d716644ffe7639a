package org.triangulate.entity;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Finds people, organisations, places and armed groups in a text, with roles, and merges name
 * variants within and across documents.
 *
 * <p>Works on its own rules and a small gazetteer (capitalised phrases, title and role patterns,
 * acronym definitions, organisation and group keywords). When a {@link NerProvider} is on the class
 * path (the optional {@code nlp-corenlp} module) and {@link EntitySettings#useNerProvider()} is set, its
 * spans decide the type of phrases the rules cannot classify; if the provider fails, the rules alone
 * run. Thread-safe when the provider is.
 */
public final class EntityExtractor {
  private final EntitySettings settings;
  private final RuleRecognizer rules;
  private final @Nullable NerProvider provider;

  public EntityExtractor(EntitySettings settings, @Nullable NerProvider provider) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.rules = new RuleRecognizer(settings);
    this.provider = settings.useNerProvider() ? provider : null;
  }

  /** Default settings and the first {@link NerProvider} the {@link ServiceLoader} finds, if any. */
  public static EntityExtractor withDefaults() {
    return new EntityExtractor(EntitySettings.DEFAULTS, discoverProvider().orElse(null));
  }

  /** Default settings, rules only. */
  public static EntityExtractor rulesOnly() {
    return new EntityExtractor(EntitySettings.RULES_ONLY, null);
  }

  /** The first registered {@link NerProvider}, if any. */
  public static Optional<NerProvider> discoverProvider() {
    return ServiceLoader.load(NerProvider.class).findFirst();
  }

  /** The recogniser in use ("rules" or e.g. "rules+corenlp"). */
  public String describe() {
    return provider == null ? "rules" : "rules+" + provider.name();
  }

  /** Entities of one text, variants merged; mentions carry document id "". */
  public List<Entity> extract(String text) {
    return extract("", text);
  }

  /** Entities of one document, variants merged; mentions carry {@code documentId}. */
  public List<Entity> extract(String documentId, String text) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(text, "text");
    List<NerSpan> spans = List.of();
    if (provider != null) {
      try {
        spans = provider.find(text);
      } catch (NerProvider.NerException e) {
        spans = List.of(); // models missing: the rules still work
      }
    }
    Clusterer c = new Clusterer();
    for (Found f : rules.find(text, spans)) {
      c.add(f, documentId);
    }
    return c.entities();
  }

  /** Merges entities found in several documents (e.g. the articles of one event). */
  public static List<Entity> merge(Collection<Entity> entities) {
    Clusterer c = new Clusterer();
    entities.forEach(c::add);
    return c.entities();
  }

  EntitySettings settings() {
    return settings;
  }
}
