package org.triangulate.ingest;

import java.util.Objects;

/**
 * Why one input (a file, or one record inside a WARC/JSONL/feed file) could not be read.
 *
 * @param source the file, with {@code :line} or {@code #record} when the problem is inside it
 * @param reason a short human-readable reason, e.g. "binary content (NUL bytes at offset 12)"
 */
public record IngestProblem(String source, String reason) {

  public IngestProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  /** One line for stderr: {@code source: reason}. */
  @Override
  public String toString() {
    return source + ": " + reason;
  }
}
