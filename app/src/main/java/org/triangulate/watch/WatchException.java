package org.triangulate.watch;

/** The watcher cannot go on: its state file cannot be written, or its arguments are unusable. */
public final class WatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WatchException(String message) {
    super(message);
  }

  public WatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
