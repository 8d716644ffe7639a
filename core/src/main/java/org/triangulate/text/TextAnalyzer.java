package org.triangulate.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.triangulate.article.Article;
import org.triangulate.entity.Entity;
import org.triangulate.entity.EntityExtractor;
import org.triangulate.entity.EntityType;
import org.triangulate.entity.Mention;
import org.triangulate.figure.Figure;
import org.triangulate.figure.FigureExtractor;
import org.triangulate.time.TemporalTagger;
import org.triangulate.time.Timex;

/**
 * Front door of the text layer: analyses an {@link Article} once into an {@link AnalyzedArticle}
 * that every later stage reads (provenance, events, entities, claims, the dossier, the store and the
 * search index), so no stage splits, tokenises, tags dates, finds names or figures, or embeds again.
 *
 * <p>Per article: one sentence split ({@link Splitter}), one Lucene token chain ({@link Tokens}), one
 * pass of the {@link EntityExtractor} over headline and body, one of the {@link TemporalTagger} over
 * the body against the publication date, the figures found with those dates and places, quotations
 * and attributions, and one batched call of the {@link SentenceEncoder} for the headline and all
 * sentences. Everything is linear in the text and bounded by {@link TextSettings}. Thread-safe: call
 * {@link #analyzeAll} to use every core.
 */
public final class TextAnalyzer {
  private final TextSettings settings;
  private final TemporalTagger tagger;
  private final EntityExtractor entities;
  private final @Nullable SentenceEncoder encoder;
  /** Analyses by article id, when {@link #remembering}; else null. */
  private final @Nullable Map<String, AnalyzedArticle> memo;

  public TextAnalyzer(TextSettings settings, TemporalTagger tagger, EntityExtractor entities,
      @Nullable SentenceEncoder encoder) {
    this(settings, tagger, entities, encoder, 0);
  }

  private TextAnalyzer(TextSettings settings, TemporalTagger tagger, EntityExtractor entities,
      @Nullable SentenceEncoder encoder, int remember) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.entities = Objects.requireNonNull(entities, "entities");
    this.encoder = encoder;
    this.memo = remember > 0 ? lru(remember) : null;
  }

  /** The analyzer {@code settings} describe, with the default tagger and entity extractor. */
  public static TextAnalyzer of(TextSettings settings) {
    return new TextAnalyzer(settings, TemporalTagger.withDefaults(), EntityExtractor.withDefaults(),
        settings.encoder().map(SentenceEncoder::named).orElse(null));
  }

  /** Default settings: MiniLM sentence vectors. */
  public static TextAnalyzer withDefaults() {
    return of(TextSettings.DEFAULTS);
  }

  /** Default settings without sentence vectors. */
  public static TextAnalyzer withoutEmbeddings() {
    return of(TextSettings.DEFAULTS.withoutEmbeddings());
  }

  /**
   * This analyzer remembering the analyses of up to {@code maxArticles} articles by id (least recently
   * used forgotten): analysing an article again with the same content costs a lookup. For the store and
   * incremental analysis, which see an article many times.
   */
  public TextAnalyzer remembering(int maxArticles) {
    if (maxArticles <= 0) {
      throw new IllegalArgumentException("maxArticles must be positive: " + maxArticles);
    }
    return new TextAnalyzer(settings, tagger, entities, encoder, maxArticles);
  }

  public TextSettings settings() {
    return settings;
  }

  /** The encoder, when this analyzer embeds sentences. */
  public Optional<SentenceEncoder> encoder() {
    return Optional.ofNullable(encoder);
  }

  /** The entity extractor the analyses use (for merging entities across articles). */
  public EntityExtractor entityExtractor() {
    return entities;
  }

  /** Analyses {@code articles} on every core; the result is in input order. */
  public List<AnalyzedArticle> analyzeAll(List<Article> articles) {
    return articles.parallelStream().map(this::analyze).toList();
  }

  /** Analyses one article (or returns the remembered analysis of the same content). */
  public AnalyzedArticle analyze(Article article) {
    Objects.requireNonNull(article, "article");
    String fingerprint = fingerprint(article);
    if (memo != null) {
      AnalyzedArticle known = memo.get(article.id());
      if (known != null && known.fingerprint().equals(fingerprint)) {
        return known;
      }
    }
    AnalyzedArticle a = compute(article, fingerprint);
    if (memo != null) {
      memo.put(article.id(), a);
    }
    return a;
  }

  private AnalyzedArticle compute(Article article, String fingerprint) {
    String body = article.body();
    boolean truncated = body.length() > settings.maxChars();
    String text = truncated ? body.substring(0, cut(body, settings.maxChars())) : body;
    String title = article.title();
    int shift = title.length() + 2;

    List<Entity> found = entities.extract(article.id(), title + "\n\n" + text);
    List<Name> bodyNames = new ArrayList<>();
    List<Name> titleNames = new ArrayList<>();
    List<Mention> bodyPlaces = new ArrayList<>();
    List<Mention> titlePlaces = new ArrayList<>();
    for (Entity e : found) {
      for (Mention m : e.mentions()) {
        boolean inTitle = m.end() <= title.length();
        if (!inTitle && m.start() < shift) {
          continue;
        }
        int s = inTitle ? m.start() : m.start() - shift;
        int en = inTitle ? m.end() : m.end() - shift;
        (inTitle ? titleNames : bodyNames).add(new Name(s, en, m.text(), e.type(), e.name(), e.role()));
        if (e.type() == EntityType.LOCATION) {
          (inTitle ? titlePlaces : bodyPlaces).add(new Mention(m.document(), s, en, m.text()));
        }
      }
    }
    bodyNames.sort(java.util.Comparator.comparingInt(Name::start));
    titleNames.sort(java.util.Comparator.comparingInt(Name::start));

    Optional<java.time.LocalDate> published = article.published();
    List<Timex> timexes = published.map(p -> tagger.tag(text, p)).orElseGet(() -> tagger.tag(text));
    List<Figure> figures = FigureExtractor.extract(text, timexes, bodyPlaces);
    boolean[] quoted = Quotations.quotedChars(text);

    List<Splitter.Piece> pieces = Splitter.split(text, settings.maxSentenceChars());
    List<Sentence> sentences = new ArrayList<>(pieces.size());
    Cursor<Name> names = new Cursor<>(bodyNames, Name::start);
    Cursor<Timex> times = new Cursor<>(timexes, Timex::start);
    Cursor<Figure> figs = new Cursor<>(figures, Figure::start);
    for (Splitter.Piece p : pieces) {
      String s = text.substring(p.start(), p.end());
      List<Token> tokens = Tokens.of(text, p.start(), p.end());
      sentences.add(new Sentence(sentences.size(), p.paragraph(), p.start(), p.end(), s, tokens,
          Clauses.of(s, p.start(), tokens), Quotations.share(text, quoted, p.start(), p.end()),
          Quotations.speaker(s, quoted, p.start()), names.within(p.start(), p.end()),
          times.within(p.start(), p.end()), figs.within(p.start(), p.end())));
    }
    Sentence headline = headline(title, published, titleNames, titlePlaces);
    List<Quote> quotes = Quotations.quotes(text, quoted, sentences);
    Optional<Embeddings> vectors = Optional.ofNullable(encoder).map(enc -> embed(enc, headline, sentences));
    return new AnalyzedArticle(article, fingerprint, headline, sentences, found, timexes, figures, quotes, vectors,
        truncated);
  }

  private Sentence headline(String title, Optional<java.time.LocalDate> published, List<Name> names,
      List<Mention> places) {
    List<Timex> t = published.map(p -> tagger.tag(title, p)).orElseGet(() -> tagger.tag(title));
    List<Token> tokens = Tokens.of(title);
    boolean[] quoted = Quotations.quotedChars(title);
    return new Sentence(-1, -1, 0, title.length(), title, tokens,
        List.of(new Sentence.Span(0, title.length(), title)), Quotations.share(title, quoted, 0, title.length()),
        Optional.empty(), names, t, FigureExtractor.extract(title, t, places));
  }

  private Embeddings embed(SentenceEncoder enc, Sentence headline, List<Sentence> sentences) {
    int n = Math.min(sentences.size(), settings.maxEmbeddedSentences());
    List<String> texts = new ArrayList<>(n + 1);
    texts.add(headline.text());
    for (int i = 0; i < n; i++) {
      texts.add(sentences.get(i).text());
    }
    List<float[]> v = enc.encode(texts);
    float[][] rows = new float[sentences.size() + 1][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i < v.size() ? v.get(i) : new float[enc.dimensions()];
    }
    return new Embeddings(rows, enc.name());
  }

  /** The end of the analysed part: at {@code max}, moved back to whitespace when one is near. */
  private static int cut(String body, int max) {
    int space = body.lastIndexOf(' ', max);
    return space > max - 200 ? space : max;
  }

  static String fingerprint(Article a) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {a.id(), a.title(), a.body(), a.published().map(Object::toString).orElse("")}) {
        d.update(part.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
      }
      return HexFormat.of().formatHex(d.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static Map<String, AnalyzedArticle> lru(int max) {
    return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, AnalyzedArticle> eldest) {
        return size() > max;
      }
    });
  }

  /** Walks a list sorted by start offset, handing out the items inside consecutive ranges: linear overall. */
  private static final class Cursor<T> {
    private final List<T> items;
    private final java.util.function.ToIntFunction<T> start;
    private int next;

    Cursor(List<T> items, java.util.function.ToIntFunction<T> start) {
      this.items = items;
      this.start = start;
    }

    List<T> within(int from, int to) {
      while (next < items.size() && start.applyAsInt(items.get(next)) < from) {
        next++;
      }
      int first = next;
      while (next < items.size() && start.applyAsInt(items.get(next)) < to) {
        next++;
      }
      return first == next ? List.of() : items.subList(first, next);
    }
  }
}
