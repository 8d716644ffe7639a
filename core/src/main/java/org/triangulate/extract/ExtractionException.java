package org.triangulate.extract;

/** A document that yields no article (no readable text after cleaning); the message names the document. */
public final class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExtractionException(String message) {
    super(message);
  }
}
