package org.triangulate.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cleaned news article: boilerplate removed, metadata extracted.
 *
 * @param id stable identifier: the input file name without extension, or a hash of the record URL
 *     for WARC, JSONL and feed records
 * @param origin where the article came from, e.g. {@code seeds/001.txt} or {@code crawl.warc.gz#https://…}
 * @param url the article's URL when the input carried one
 * @param title the headline; when the input has none, the opening words of the first sentence
 * @param outlet the publishing outlet ("Dawn"), from site metadata, "Source: X" lines or self-references
 * @param published publication date, never taken from a comment or a sidebar
 * @param byline the author; placeholders such as "By Editor" are not bylines
 * @param dateline the place named in a dateline ("ISLAMABAD:"), as written
 * @param body the cleaned text, paragraphs separated by a blank line
 * @param removed the lines taken out as boilerplate or metadata, in document order (for display)
 */
public record Article(
    String id,
    String origin,
    Optional<String> url,
    String title,
    Optional<String> outlet,
    Optional<LocalDate> published,
    Optional<String> byline,
    Optional<String> dateline,
    String body,
    List<String> removed) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(body, "body");
    removed = List.copyOf(removed);
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank (origin=" + origin + ")");
    }
  }

  /** The body's paragraphs, in order, without empty ones. */
  public List<String> paragraphs() {
    return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
