package org.triangulate.dedup;

/** The sentence-embedding model could not be loaded or failed on a sentence. */
public final class EmbeddingException extends RuntimeException {
  public EmbeddingException(String message, Throwable cause) {
    super(message, cause);
  }
}
