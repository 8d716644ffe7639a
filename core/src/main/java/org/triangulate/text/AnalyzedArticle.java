package org.triangulate.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.article.Article;
import org.triangulate.entity.Entity;
import org.triangulate.figure.Figure;
import org.triangulate.time.Timex;

/**
 * An article as the text layer analysed it, once, for every stage: its sentences with tokens,
 * clauses, names, time expressions and figures; its quotations; its entities; its sentence vectors.
 * Offsets are into {@code article().body()}, the headline's into {@code article().title()}.
 *
 * @param fingerprint a digest of everything the analysis depends on (id, title, body, publication
 *     date): two analyses with equal fingerprints are equal
 * @param headline the title analysed as a sentence (index -1)
 * @param sentences the body's sentences in order (within the character budget)
 * @param entities the article's entities, name variants merged across headline and body (mentions
 *     with offsets into {@code title + "\n\n" + body})
 * @param timexes every time expression of the body, normalised against the publication date
 * @param figures every figure of the body
 * @param quotes quoted passages of the body with their speakers
 * @param embeddings the sentence vectors, when the analyzer has an encoder
 * @param truncated the body was longer than the character budget and its end was not analysed
 */
public record AnalyzedArticle(
    Article article,
    String fingerprint,
    Sentence headline,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Timex> timexes,
    List<Figure> figures,
    List<Quote> quotes,
    Optional<Embeddings> embeddings,
    boolean truncated) {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(embeddings, "embeddings");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    figures = List.copyOf(figures);
    quotes = List.copyOf(quotes);
  }

  public String id() {
    return article.id();
  }

  /** The sentence that contains body offset {@code offset}, if any (binary search). */
  public Optional<Sentence> sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
