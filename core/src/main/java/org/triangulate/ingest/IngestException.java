package org.triangulate.ingest;

/** An input that cannot be turned into documents; the message is the reason, the caller adds the file. */
public final class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IngestException(String reason) {
    super(reason);
  }

  public IngestException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
