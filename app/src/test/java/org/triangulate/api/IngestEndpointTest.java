package org.triangulate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.triangulate.api.ApiServerTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.Store;
import org.triangulate.store.StoreFixtures;

/** POST /api/articles on a store of its own (uploads re-analyse the store they go to). */
class IngestEndpointTest {
  @TempDir static Path dir;
  static Store store;
  static ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = Store.open(dir.resolve("store"), StoreFixtures.FAST, Pipeline.withDefaults());
    server = ApiServer.start(store, ApiSettings.DEFAULTS.withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private ApiServerTest.Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String type = r.headers().firstValue("Content-Type").orElse("");
    JsonNode json = type.startsWith("application/json") ? JacksonMapper.MAPPER.readTree(r.body()) : null;
    return new ApiServerTest.Reply(r.statusCode(), type, json, r.body());
  }

  private ApiServerTest.Reply get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)));
  }

  private ApiServerTest.Reply post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b);
  }

  /**
   * Declares a body of {@code length} bytes and sends none: the server must refuse on the declared length
   * alone. (Uploading the whole oversized body instead races the server's early 413 against the upload,
   * and the client may then see a reset connection rather than the reply.)
   */
  private ApiServerTest.Reply declareOnly(String path, long length) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
          + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
      java.io.InputStream in = socket.getInputStream();
      byte[] buf = new byte[8192];
      int n;
      String text = "";
      int headEnd = -1;
      long contentLength = -1;
      while ((n = in.read(buf)) > 0) {
        got.write(buf, 0, n);
        text = got.toString(StandardCharsets.UTF_8);
        headEnd = text.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text.substring(0, headEnd));
          contentLength = m.find() ? Long.parseLong(m.group(1)) : -1;
          if (contentLength >= 0 && text.length() - headEnd - 4 >= contentLength) {
            break;
          }
        }
      }
      String[] lines = text.substring(0, headEnd).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      String type = "";
      for (String line : lines) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
          type = line.substring("content-type:".length()).strip();
        }
      }
      String body = text.substring(headEnd + 4);
      JsonNode json = type.startsWith("application/json") ? JacksonMapper.MAPPER.readTree(body) : null;
      return new ApiServerTest.Reply(status, type, json, body);
    }
  }

  @Test
  void postedJsonArticleIsStoredOnceAndShowsUp() throws Exception {
    String json = "{\"id\":\"posted-1\",\"title\":\"Ferry service resumes in Brisk\",\"outlet\":\"Harbour Times\","
        + "\"published\":\"2025-10-02\",\"text\":\"BRISK: The ferry to Brisk resumed service on Thursday after a month "
        + "of repairs to the pier, the operator said.\\n\\nPassengers queued from dawn.\"}";
    ApiServerTest.Reply first = post("/api/articles", "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, first.status(), first::body);
    assertEquals("posted-1", first.json().get("stored").get(0).get("id").asText());
    assertEquals("ADDED", first.json().get("stored").get(0).get("outcome").asText());
    ApiServerTest.Reply again = post("/api/articles", "application/json", json.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, again.status());
    assertEquals("UNCHANGED", again.json().get("stored").get(0).get("outcome").asText());
    assertEquals("Harbour Times", get("/api/articles/posted-1").json().get("outlet").asText());
    assertFalse(get("/api/search?q=ferry%20Brisk").json().isEmpty());
  }

  @Test
  void postedPlainTextTakesMetadataFromTheQuery() throws Exception {
    ApiServerTest.Reply r = post("/api/articles?id=posted-text&title=Library%20reopens&published=2025-11-01", "text/plain",
        "The town library in Gask reopened on Saturday after a two-year refit.\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, r.status(), r::body);
    JsonNode a = get("/api/articles/posted-text").json();
    assertEquals("Library reopens", a.get("title").asText());
    assertEquals("2025-11-01", a.get("published").asText());
  }

  @Test
  void badUploadsGiveClear4xxErrors() throws Exception {
    byte[] ok = "{\"text\":\"Some text here.\"}".getBytes(StandardCharsets.UTF_8);
    assertError(post("/api/articles", null, ok), 415, "Content-Type");
    assertError(post("/api/articles", "application/xml", ok), 415, "unsupported Content-Type 'application/xml'");
    assertError(post("/api/articles", "application/json; charset=latin1", ok), 415, "charset");
    assertError(post("/api/articles", "application/json", "{\"text\":".getBytes(StandardCharsets.UTF_8)), 400, "invalid JSON");
    assertError(post("/api/articles", "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8)), 400, "one JSON object");
    assertError(post("/api/articles", "application/json", "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8)), 400, "missing article text");
    assertError(post("/api/articles", "application/json", "{\"text\":\"a\",\"evil\":1}".getBytes(StandardCharsets.UTF_8)), 400, "unknown field 'evil'");
    assertError(post("/api/articles", "application/json", "{\"text\":\"a b c\",\"published\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8)), 400, "invalid published date");
    assertError(post("/api/articles", "application/json", "{\"text\":\"a b c\",\"id\":\"../../etc\"}".getBytes(StandardCharsets.UTF_8)), 400, "invalid id");
    assertError(post("/api/articles", "text/plain", new byte[] {(byte) 0xC3, (byte) 0x28}), 400, "not valid UTF-8");
    assertError(post("/api/articles", "text/plain", new byte[0]), 400, "empty body");
    assertError(declareOnly("/api/articles", ApiSettings.DEFAULTS.maxBodyBytes() + 1), 413, "exceeds the limit");
  }

}
