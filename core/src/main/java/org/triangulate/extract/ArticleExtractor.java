package org.triangulate.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.triangulate.article.Article;
import org.triangulate.ingest.RawDocument;

/**
 * Front door of cleaning: a {@link RawDocument} in, an {@link Article} out.
 *
 * <p>HTML goes through main-content extraction first; plain text (already scraped pages such as
 * {@code ../shared/seeds}) goes straight to line cleaning. Metadata precedence: fields the container
 * supplied (JSONL, feed entry) over page markup (meta tags, JSON-LD) over lines in the text
 * ("Published March 7, 2023", "Source: Dawn", "By …") over self-references ("told Dawn").
 *
 * <p>Publication date, in order: container field; JSON-LD {@code datePublished}; published-date meta
 * tags; {@code itemprop=datePublished}; a full date in the URL; {@code <time datetime>}; a short
 * date-classed element ("entry-date", "post-meta", "datum"); JSON-LD created/modified and modified
 * meta tags (same-day stand-ins); date lines of the cleaned text; last, the first plausible date in
 * the page text, preferring the year and month the URL names. Dates inside comments, sidebars,
 * footers and related-story lists are never used.
 *
 * <p>Thread-safe and stateless apart from its settings.
 */
public final class ArticleExtractor {
  private static final int FALLBACK_TITLE_WORDS = 14;

  private final ExtractionSettings settings;
  private final TextCleaner cleaner;

  public ArticleExtractor(ExtractionSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.cleaner = new TextCleaner(settings);
  }

  public static ArticleExtractor withDefaults() {
    return new ArticleExtractor(ExtractionSettings.DEFAULTS);
  }

  /**
   * Cleans one document.
   *
   * @throws ExtractionException when nothing readable remains (an empty page, markup without text)
   */
  public Article extract(RawDocument doc) {
    RawDocument.Hints hints = doc.hints();
    TextCleaner.Result clean;
    HtmlMetadata.Meta meta;
    if (doc.html()) {
      Document dom = Jsoup.parse(doc.content(), doc.url().orElse(""));
      meta = HtmlMetadata.read(dom, doc.url());
      List<String> blocks = new HtmlContent(settings).blocks(dom);
      clean = cleaner.clean(blocks, hints.title().or(meta::title));
    } else {
      meta = HtmlMetadata.Meta.NONE;
      clean = cleaner.clean(doc.content().lines().toList(), hints.title());
    }
    String body = String.join("\n\n", clean.body());
    if (body.isBlank()) {
      throw new ExtractionException(doc.origin() + ": no article text found");
    }
    String title = hints.title().or(meta::title).or(clean::title).orElseGet(() -> fallbackTitle(clean.body()));
    Optional<String> outlet = hints.outlet().or(meta::outlet).or(clean::outlet)
        .or(() -> Outlets.selfReference(body));
    return new Article(
        doc.id(),
        doc.origin(),
        doc.url(),
        title,
        outlet,
        hints.published().or(meta::published).or(clean::published).or(meta::guessedDate),
        hints.byline().filter(b -> !TextCleaner.isPlaceholder(b)).or(meta::byline).or(clean::byline),
        clean.dateline(),
        body,
        clean.removed());
  }

  /** Without a headline: the first sentence, clipped to a few words. */
  private static String fallbackTitle(List<String> body) {
    String first = body.isEmpty() ? "" : body.get(0);
    first = first.replaceFirst("^[A-Z][A-Z .'’-]{2,40}\\s*[:—–]\\s+", "");
    int end = first.indexOf(". ");
    String sentence = end > 0 ? first.substring(0, end) : first;
    String[] words = sentence.split("\\s+");
    if (words.length <= FALLBACK_TITLE_WORDS) {
      return sentence.replaceAll("[.\\s]+$", "");
    }
    return String.join(" ", java.util.Arrays.copyOf(words, FALLBACK_TITLE_WORDS)) + " …";
  }
}
