package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --format csv|jsonl} and {@code --table} on the demo corpus. */
class AnalyzeFormatsTest {
  @TempDir Path dir;
  /** The JSON dossier of the demo corpus, read once for all tests. */
  private static JsonNode json;

  @org.junit.jupiter.api.BeforeAll
  static void analyseOnce() throws Exception {
    IngestCommandTest.Run r = IngestCommandTest.run("analyze", demo());
    assertEquals(0, r.exit(), r.err());
    json = new ObjectMapper().readTree(r.out());
  }

  private static String demo() {
    Path p = Path.of("..", "demo", "corpus");
    return (Files.isDirectory(p) ? p : Path.of("demo", "corpus")).toString();
  }

  /** The number of CSV records, read back by Jackson's RFC 4180 reader. */
  static int records(String csv) throws java.io.IOException {
    try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class).readValues(csv)) {
      return it.readAll().size();
    }
  }

  @Test
  void csvIsTheIncidentTableWithOneRowPerEvent() throws Exception {
    int events = json.get("events").size();
    IngestCommandTest.Run r = IngestCommandTest.run("analyze", "--format", "csv", demo());
    assertEquals(0, r.exit(), r.err());
    List<String> records = List.of(r.out().split("\r\n"));
    assertTrue(records.get(0).startsWith("event,title,date,end_date,location,actors,killed,killed_status,injured,"),
        records.get(0));
    assertTrue(r.out().endsWith("\r\n"), "CRLF record ends, nothing after the last");
    assertEquals(1 + events, records(r.out()), r.out());
  }

  @Test
  void claimsTableNeedsCsvAndListsEveryClaim() throws Exception {
    int claims = 0;
    for (JsonNode e : json.get("events")) {
      claims += e.get("claims").size();
    }
    Path out = dir.resolve("claims.csv");
    IngestCommandTest.Run r = IngestCommandTest.run("analyze", "-f", "csv", "--table", "claims", "-o", out.toString(), demo());
    assertEquals(0, r.exit(), r.err());
    String csv = Files.readString(out);
    assertTrue(csv.startsWith("event,claim,slot,value,status,conflicts,updates,sources,independent_sources,"), csv);
    assertEquals(1 + claims, records(csv), csv);

    IngestCommandTest.Run wrong = IngestCommandTest.run("analyze", "--table", "claims", demo());
    assertEquals(2, wrong.exit());
    assertTrue(wrong.err().contains("--table needs --format csv"), wrong.err());
    IngestCommandTest.Run unknown = IngestCommandTest.run("analyze", "-f", "csv", "--table", "rows", demo());
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("unknown table 'rows'"), unknown.err());
  }

  @Test
  void jsonlGivesOneRecordPerLineArticlesEventsStories() throws Exception {
    JsonNode whole = json;
    IngestCommandTest.Run r = IngestCommandTest.run("analyze", "--format", "jsonl", demo());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    int articles = whole.get("articles").size();
    int events = whole.get("events").size();
    int stories = whole.get("stories").size();
    assertEquals(articles + events + stories, lines.size());
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < lines.size(); i++) {
      String kind = i < articles ? "article" : i < articles + events ? "event" : "story";
      JsonNode line = json.readTree(lines.get(i));
      assertEquals(kind, line.get("record").asText(), lines.get(i));
    }
    JsonNode firstEvent = json.readTree(lines.get(articles));
    assertEquals(whole.get("events").get(0).get("claims"), firstEvent.get("claims"), "an event line carries its claims");
  }
}
