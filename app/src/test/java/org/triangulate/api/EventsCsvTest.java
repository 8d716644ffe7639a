package org.triangulate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/events.csv}: the store's incident table, one row per event. */
class EventsCsvTest {
  private final TestService service = TestService.get();

  @Test
  void servesTheIncidentTableOfTheStore() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(service.url("/api/events.csv"))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class).readValues(r.body())) {
      it.forEachRemaining(rows::add);
    }
    assertEquals(1 + service.store.stats().events(), rows.size(), "header and one row per event");
    Map<String, String> flood = new HashMap<>();
    for (String[] row : rows) {
      if (row[0].equals(TestService.FLOOD_EVENT)) {
        for (int i = 0; i < row.length; i++) {
          flood.put(rows.get(0)[i], row[i]);
        }
      }
    }
    assertEquals("2025-09-14", flood.get("date"));
    assertEquals("Carrow", flood.get("location"));
    assertEquals("Alis Varga", flood.get("actors"));
    assertEquals("12; 14", flood.get("killed"));
    assertEquals("contradicted", flood.get("killed_status"));
    assertEquals("5", flood.get("sources"));
    assertEquals("3", flood.get("independent_sources"), "the copy and the rewrite count with their original");
    assertEquals("Floods in Carrow", flood.get("story_title"));
  }
}
