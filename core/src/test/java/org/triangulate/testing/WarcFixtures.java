package org.triangulate.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds small WARC files in memory for tests: response records with HTML bodies. */
public final class WarcFixtures {
  private WarcFixtures() {}

  /** One WARC/1.1 response record for {@code url} with an HTTP 200 text/html {@code html} body. */
  public static byte[] response(String url, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(http.getBytes(StandardCharsets.ISO_8859_1));
    block.writeBytes(body);
    String header = "WARC/1.1\r\n"
        + "WARC-Type: response\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "WARC-Date: 2024-05-14T10:00:00Z\r\n"
        + "WARC-Target-URI: " + url + "\r\n"
        + "Content-Type: application/http;msgtype=response\r\n"
        + "Content-Length: " + block.size() + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(block.toByteArray());
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  /** Concatenates records into one WARC file. */
  public static byte[] warc(byte[]... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : records) {
      out.writeBytes(r);
    }
    return out.toByteArray();
  }
}
