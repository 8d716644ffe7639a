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
    assertTrue(articles.json().isArray());
    assertTrue(articles.json().size() >= 6);
    Reply one = get("/api/articles/northern-post-carrow");
    assertEquals("Death toll in Carrow flood rises to 14", one.json().get("title").asText());
    assertEquals("Northern Post", one.json().get("outlet").asText());

    Reply events = get("/api/events");
    String eventId = events.json().get(0).get("id").asText();
    Reply event = get("/api/events/" + eventId);
    assertEquals(eventId, event.json().get("id").asText());
    Reply dossier = get("/api/events/" + eventId + "/dossier");
    assertTrue(dossier.json().get("events").size() >= 1);
    assertEquals(event.json().get("story").asText(), dossier.json().get("stories").get(0).get("id").asText());

    Reply stories = get("/api/stories");
    String storyId = stories.json().get(0).get("id").asText();
    assertEquals(storyId, get("/api/stories/" + storyId).json().get("id").asText());
    assertTrue(get("/api/dossier").json().get("articles").size() >= 6);
    assertTrue(get("/api/stats").json().get("articles").asInt() >= 6);
    JsonNode contradicted = get("/api/claims?status=contradicted").json();
    assertEquals(1, contradicted.size());
    assertEquals("14", contradicted.get(0).get("claim").get("conflicts").get(1).get("value").asText());
    assertEquals(TestService.FLOOD_EVENT, contradicted.get(0).get("event_id").asText());
    assertEquals(1, get("/api/claims?q=DAM%20operator").json().size());
  }

  @Test
  void searchFiltersArticlesAndEvents() throws Exception {
    Reply hits = get("/api/search?q=death%20toll&type=article");
    assertEquals(200, hits.status());
    List<String> ids = new ArrayList<>();
    hits.json().forEach(h -> ids.add(h.get("id").asText()));
    assertTrue(ids.contains("northern-post-carrow"), ids::toString);
    Reply articles = get("/api/articles?q=death%20toll");
    assertEquals(ids.get(0), articles.json().get(0).get("id").asText());
    assertTrue(get("/api/events?q=Carrow").json().size() > 0);
    assertEquals(0, get("/api/events?q=zyxxyq").json().size());
  }

  @Test
  void listsArePagedWithTotalAndLinks() throws Exception {
    HttpResponse<String> all = http.send(HttpRequest.newBuilder(URI.create(service.url("/api/articles?limit=1000"))).build(),
        HttpResponse.BodyHandlers.ofString());
    int total = Integer.parseInt(all.headers().firstValue("X-Total-Count").orElseThrow());
    assertEquals(total, JacksonMapper.MAPPER.readTree(all.body()).size());
    assertTrue(all.headers().firstValue("Link").isEmpty(), () -> all.headers().map().toString());
    HttpResponse<String> second = http.send(HttpRequest.newBuilder(URI.create(service.url("/api/articles?offset=2&limit=2"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(Integer.toString(total), second.headers().firstValue("X-Total-Count").orElseThrow());
    JsonNode page = JacksonMapper.MAPPER.readTree(second.body());
    assertEquals(2, page.size());
    assertEquals(JacksonMapper.MAPPER.readTree(all.body()).get(2).get("id"), page.get(0).get("id"));
    String link = second.headers().firstValue("Link").orElseThrow();
    assertTrue(link.contains("</api/articles?offset=4&limit=2>; rel=\"next\""), link);
    assertTrue(link.contains("</api/articles?offset=0&limit=2>; rel=\"prev\""), link);
    HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create(service.url("/api/events?offset=1&limit=1&q=Carrow"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals("2", events.headers().firstValue("X-Total-Count").orElseThrow());
    assertTrue(events.headers().firstValue("Link").orElseThrow().contains("q=Carrow&offset=0&limit=1>; rel=\"prev\""));
    for (String list : List.of("/api/stories", "/api/claims?status=single-source", "/api/search?q=flood")) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(service.url(list))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(Integer.parseInt(r.headers().firstValue("X-Total-Count").orElseThrow()),
          JacksonMapper.MAPPER.readTree(r.body()).size(), list);
    }
  }

  @Test
  void articleEventsAndEventExportsInEveryFormat() throws Exception {
    JsonNode events = get("/api/articles/northern-post-carrow/events").json();
    assertEquals(1, events.size());
    assertEquals(TestService.FLOOD_EVENT, events.get(0).get("id").asText());
    assertError(get("/api/articles/nope/events"), 404, "no article 'nope'");

    HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(service.url(
        "/api/events/" + TestService.FLOOD_EVENT + "/export?format=json"))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, json.statusCode());
    assertEquals("attachment; filename=\"event-" + TestService.FLOOD_EVENT + ".json\"",
        json.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals(get("/api/events/" + TestService.FLOOD_EVENT + "/dossier").json(), JacksonMapper.MAPPER.readTree(json.body()));
    Reply md = get("/api/events/" + TestService.FLOOD_EVENT + "/export?format=markdown");
    assertTrue(md.contentType().startsWith("text/markdown"), md::contentType);
    assertTrue(md.body().startsWith("# Dossier") && md.body().contains("Flash flood in Carrow kills at least 12"), md::body);
    HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(service.url(
        "/api/events/" + TestService.FLOOD_EVENT + "/export?format=html"))).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(html.body().startsWith("<!doctype html>"), html::body);
    assertFalse(html.body().contains("<script>window"), "hostile markup must be escaped in the export");
    assertEquals(ExtraReads.EXPORT_CSP, html.headers().firstValue("Content-Security-Policy").orElseThrow());
    HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(service.url(
        "/api/events/" + TestService.FLOOD_EVENT + "/export?format=csv"))).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(csv.body().startsWith("event,title,date,") && csv.body().contains(TestService.FLOOD_EVENT), csv::body);
    assertError(get("/api/events/" + TestService.FLOOD_EVENT + "/export?format=pdf"), 400, "unknown format 'pdf'");
    assertError(get("/api/events/nope/export"), 404, "no event 'nope'");
  }

  @Test
  void webUiAndStaticReportShareOneStylesheet() throws Exception {
    String css;
    try (var in = ApiServerTest.class.getResourceAsStream(WebPages.DOSSIER_CSS)) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Reply served = get("/assets/dossier.css");
    assertEquals(200, served.status());
    assertEquals(css, served.body());
    assertTrue(get("/api/events/" + TestService.FLOOD_EVENT + "/export?format=html").body().contains(css.strip()));
    for (String page : List.of("/", "/events/" + TestService.FLOOD_EVENT, "/claims", "/search", "/stories/s-carrow")) {
      assertTrue(get(page).body().contains("<link rel=\"stylesheet\" href=\"/assets/dossier.css\">"), page);
    }
  }

  @Test
  void unknownPagesGiveAReadable404Page() throws Exception {
    for (String page : List.of("/events/nope", "/articles/nope", "/stories/nope", "/no-such-page")) {
      Reply r = get(page);
      assertEquals(404, r.status(), page);
      assertTrue(r.contentType().startsWith("text/html"), page + " " + r.contentType());
      assertTrue(r.body().contains("Not found"), r::body);
    }
    assertEquals(200, get("/events/" + TestService.FLOOD_EVENT).status());
    assertEquals(200, get("/stories/s-carrow").status());
    assertEquals(200, get("/claims?status=contradicted").status());
    assertEquals(200, get("/search?q=flood").status());
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
    assertEquals(200, get("/assets/ui.js").status());
    assertError(get("/assets/..%2Fevent.html"), 404, "");
  }
}
