package org.triangulate.index;

/** The index directory cannot be opened, read or written. */
public final class IndexException extends RuntimeException {
  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
