package org.triangulate.store;

/** The store cannot be opened, read or written (I/O, SQLite or index failure); names the store directory. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
