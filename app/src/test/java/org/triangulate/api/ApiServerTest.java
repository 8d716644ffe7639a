package org.triangulate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiServerTest {
  private final TestService service = TestService.get();
  private final HttpClient http = HttpClient.newHttpClient();

  static record Reply(int status, String contentType, JsonNode json, String body) {}

  private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String type = r.headers().firstValue("Content-Type").orElse("");
    JsonNode json = type.startsWith("application/json") ? JacksonMapper.MAPPER.readTree(r.body()) : null;
    return new Reply(r.statusCode(), type, json, r.body());
  }

  private Reply get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(service.url(path))));
  }

  static void assertError(Reply r, int status, String fragment) {
    assertEquals(status, r.status(), r::body);
    assertTrue(r.contentType().startsWith("application/json"), r::contentType);
    assertEquals(status, r.json().get("status").asInt());
    assertTrue(r.json().get("error").asText().contains(fragment), () -> r.json().get("error").asText());
  }

  @Test
  void listsAndGetsArticlesEventsStoriesAndDossiers() throws Exception {
    Reply articles = get("/api/articles?limit=100");
    assertEquals(200, articles.status());
    assertTrue(articles.json().get("count").asInt() >= 6);
    Reply one = get("/api/articles/northern-post-carrow");
    assertEquals("Death toll in Carrow flood rises to 14", one.json().get("title").asText());
    assertEquals("Northern Post", one.json().get("outlet").asText());

    Reply events = get("/api/events");
    String eventId = events.json().get("items").get(0).get("id").asText();
    Reply event = get("/api/events/" + eventId);
    assertEquals(eventId, event.json().get("id").asText());
    Reply dossier = get("/api/events/" + eventId + "/dossier");
    assertTrue(dossier.json().get("events").size() >= 1);
    assertEquals(event.json().get("story").asText(), dossier.json().get("stories").get(0).get("id").asText());

    Reply stories = get("/api/stories");
    String storyId = stories.json().get("items").get(0).get("id").asText();
    assertEquals(storyId, get("/api/stories/" + storyId).json().get("id").asText());
    assertTrue(get("/api/dossier").json().get("articles").size() >= 6);
    assertTrue(get("/api/stats").json().get("articles").asInt() >= 6);
    JsonNode contradicted = get("/api/claims?status=contradicted").json();
    assertEquals(1, contradicted.get("count").asInt());
    assertEquals("14", contradicted.get("items").get(0).get("claim").get("conflicts").get(1).get("value").asText());
    assertEquals(TestService.FLOOD_EVENT, contradicted.get("items").get(0).get("event_id").asText());
    assertEquals(1, get("/api/claims?q=DAM%20operator").json().get("count").asInt());
  }

  @Test
  void searchFiltersArticlesAndEvents() throws Exception {
    Reply hits = get("/api/search?q=death%20toll&type=article");
    assertEquals(200, hits.status());
    List<String> ids = new ArrayList<>();
    hits.json().get("items").forEach(h -> ids.add(h.get("id").asText()));
    assertTrue(ids.contains("northern-post-carrow"), ids::toString);
    Reply articles = get("/api/articles?q=death%20toll");
    assertEquals(ids.get(0), articles.json().get("items").get(0).get("id").asText());
    assertTrue(get("/api/events?q=Carrow").json().get("count").asInt() > 0);
    assertEquals(0, get("/api/events?q=zyxxyq").json().get("count").asInt());
  }

  @Test
  void unknownIdsAndRoutesGive404WithJson() throws Exception {
    assertError(get("/api/articles/nope"), 404, "no article 'nope'");
    assertError(get("/api/events/nope"), 404, "no event");
    assertError(get("/api/events/nope/dossier"), 404, "no event");
    assertError(get("/api/stories/nope"), 404, "no story");
    assertError(get("/api/nothing-here"), 404, "no route");
  }

  @Test
  void badParametersGive400WithJson() throws Exception {
    assertError(get("/api/articles?limit=0"), 400, "limit=0 out of range");
    assertError(get("/api/articles?limit=abc"), 400, "not an integer");
    assertError(get("/api/events?limit=100000"), 400, "out of range");
    assertError(get("/api/search"), 400, "missing query parameter q");
    assertError(get("/api/search?q=x&type=story"), 400, "unknown type");
    assertError(get("/api/events?q=x&mode=fuzzy"), 400, "unknown mode");
    assertError(get("/api/claims?status=maybe"), 400, "unknown status");
  }

  @Test
  void responsesCarryAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(service.url("/"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertEquals(ApiServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(200, get("/assets/app.js").status());
    assertError(get("/assets/..%2Fevent.html"), 404, "");
  }
}
