package org.triangulate.api;

/** A request the API refuses: becomes {@code {"status": N, "error": message}} with that HTTP status. */
final class ApiError extends RuntimeException {
  private final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
