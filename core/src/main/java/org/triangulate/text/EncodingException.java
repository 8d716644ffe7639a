package org.triangulate.text;

/** A sentence encoder could not be loaded or failed on its input. */
public final class EncodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EncodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
