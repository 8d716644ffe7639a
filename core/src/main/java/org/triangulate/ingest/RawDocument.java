package org.triangulate.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One document as read from an input, before cleaning.
 *
 * @param id stable id (file name without extension; for WARC, JSONL and feed records a hash of the
 *     record URL, or the record's own id field)
 * @param origin human-readable location used in messages: the path, plus {@code #line} or {@code #url}
 * @param format the container the document came from
 * @param html whether {@link #content()} is HTML markup (otherwise it is plain text)
 * @param content the decoded text or HTML
 * @param url the document's URL when known
 * @param hints metadata the container supplied (JSONL fields, feed entry fields)
 */
public record RawDocument(
    String id,
    String origin,
    SourceFormat format,
    boolean html,
    String content,
    Optional<String> url,
    Hints hints) {

  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(hints, "hints");
  }

  /**
   * SHA-256 of the content (64 hex digits): what decides whether a document was already seen under
   * its id. The single-machine pipeline and the Spark job both call this, so they agree by construction.
   */
  public String contentDigest() {
    return Ids.sha256Hex(content);
  }

  /** Metadata supplied by the container rather than found in the content; every field may be absent. */
  public record Hints(
      Optional<String> title,
      Optional<String> outlet,
      Optional<LocalDate> published,
      Optional<String> byline) {

    public static final Hints NONE =
        new Hints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Hints {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(byline, "byline");
    }
  }
}
