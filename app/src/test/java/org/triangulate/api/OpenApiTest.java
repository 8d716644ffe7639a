package org.triangulate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The served OpenAPI description matches the routes the server really registers, both ways. */
class OpenApiTest {
  @Test
  void everyRegisteredRouteIsDescribedAndNothingElse() throws Exception {
    TestService service = TestService.get();
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(service.url("/openapi.json"))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    JsonNode doc = JacksonMapper.MAPPER.readTree(r.body());
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    TreeSet<String> described = new TreeSet<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(
        m -> described.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    TreeSet<String> registered = new TreeSet<>(service.server.routes());
    assertTrue(registered.size() >= 15, registered::toString);
    assertEquals(registered, described);
  }

  @Test
  void everyPathParameterIsDeclared() throws Exception {
    JsonNode doc;
    try (var in = OpenApiTest.class.getResourceAsStream("/org/triangulate/api/openapi.json")) {
      doc = JacksonMapper.MAPPER.readTree(in);
    }
    List<String> missing = new ArrayList<>();
    doc.get("paths").fields().forEachRemaining(p -> {
      var m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(p.getKey());
      while (m.find()) {
        String name = m.group(1);
        p.getValue().forEach(op -> {
          boolean declared = false;
          for (JsonNode param : op.path("parameters")) {
            declared |= param.path("in").asText().equals("path") && param.path("name").asText().equals(name);
          }
          if (!declared) {
            missing.add(p.getKey() + " " + name);
          }
        });
      }
    });
    assertEquals(List.of(), missing);
  }
}
