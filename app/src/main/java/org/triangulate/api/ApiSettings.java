package org.triangulate.api;

import java.util.Objects;

/**
 * Server settings.
 *
 * @param host interface to bind; {@code 127.0.0.1} keeps the server on loopback
 * @param port TCP port, 0 for any free port
 * @param maxBodyBytes largest accepted POST body in bytes; larger bodies get 413
 * @param maxLimit largest {@code limit} a list request may ask for; larger values get 400
 */
public record ApiSettings(String host, int port, long maxBodyBytes, int maxLimit) {

  /** Loopback, port 8080, 2 MiB bodies, at most 1000 items per page. */
  public static final ApiSettings DEFAULTS = new ApiSettings("127.0.0.1", 8080, 2L << 20, 1000);

  public ApiSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0,65535]: " + port);
    }
    if (maxBodyBytes < 1 || maxLimit < 1) {
      throw new IllegalArgumentException("maxBodyBytes and maxLimit must be positive: " + maxBodyBytes + ", " + maxLimit);
    }
  }

  public ApiSettings withPort(int newPort) {
    return new ApiSettings(host, newPort, maxBodyBytes, maxLimit);
  }
}
