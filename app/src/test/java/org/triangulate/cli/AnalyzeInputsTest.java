package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What README says about inputs: ids, repeated names, stdin, order, hidden files, the size limit. */
class AnalyzeInputsTest {
  @TempDir Path dir;

  private static final String STORY = "Harbour reopens\n\nThe harbour of Port Alder reopened on Friday after repairs, "
      + "the port authority said.";

  private static List<String> ids(String json) throws Exception {
    List<String> ids = new ArrayList<>();
    for (JsonNode a : new ObjectMapper().readTree(json).get("articles")) {
      ids.add(a.get("id").asText());
    }
    return ids;
  }

  @Test
  void idsAreFileStemsAndUnknownExtensionsStayInTheId() throws Exception {
    Files.writeString(dir.resolve("report.txt"), STORY);
    Files.writeString(dir.resolve("notes.md"), STORY.replace("Friday", "Saturday"));
    Files.write(dir.resolve("page.html.gz"), gzip(("<html><body><article><p>" + STORY.replace("Friday", "Sunday")
        + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8)));
    IngestCommandTest.Run r = IngestCommandTest.run("analyze", dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("notes.md", "page", "report"), ids(r.out()), "name order; .md is no known extension");
  }

  @Test
  void aRepeatedNameWithOtherTextGetsASuffixAndTheSameTextIsReadOnce() throws Exception {
    Files.writeString(dir.resolve("report.txt"), STORY);
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/report.txt"), STORY.replace("Friday", "Monday"));
    Files.createDirectories(dir.resolve("c"));
    Files.writeString(dir.resolve("c/report.txt"), STORY);
    Files.writeString(dir.resolve(".hidden.txt"), STORY.replace("Friday", "Tuesday"));
    IngestCommandTest.Run r = IngestCommandTest.run("analyze", dir.toString());
    assertEquals(0, r.exit(), r.err());
    // name order: b/report.txt, c/report.txt, report.txt; the last repeats c's text; hidden files are skipped
    assertEquals(List.of("report", "report~2"), ids(r.out()));
    JsonNode articles = new ObjectMapper().readTree(r.out()).get("articles");
    assertTrue(articles.get(0).get("origin").asText().endsWith("b/report.txt"), articles.toString());
    assertTrue(articles.get(1).get("origin").asText().endsWith("c/report.txt"), articles.toString());
  }

  @Test
  void recordIdsComeFromTheRecordOrAHashOfItsUrl() throws Exception {
    String text = "\"text\":\"The harbour of Port Alder reopened on Friday after repairs, the port authority said.";
    Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
        "{\"id\":\"ok-1\"," + text + " One.\"}",
        "{\"_id\":\"has space\"," + text + " Two.\"}",
        "{\"url\":\"https://news.example/3\"," + text + " Three.\"}",
        "{" + text + " Four.\"}",
        "{\"id\":\"ok-1\"," + text + " Five.\"}") + "\n");
    Files.writeString(dir.resolve("b.xml"), org.triangulate.watch.FakeSite.rss("Harbour Times", List.<String[]>of(
        new String[] {"https://news.example/6", "Six"})).replace("Summary only.", "The harbour reopened on Friday."));
    IngestCommandTest.Run r = IngestCommandTest.run("analyze", dir.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> ids = ids(r.out());
    assertEquals("ok-1", ids.get(0));
    assertTrue(ids.get(1).matches("[0-9a-f]{16}"), "an id that is not file-name safe is hashed: " + ids);
    assertEquals(org.triangulate.ingest.Ingestor.pageId("https://news.example/3"), ids.get(2));
    assertEquals("a-4", ids.get(3));
    assertEquals("ok-1-5", ids.get(4), "a repeated id inside one file gets its line number");
    assertEquals(org.triangulate.ingest.Ingestor.pageId("https://news.example/6"), ids.get(5),
        "a feed entry has the id of its page, as watch and WARC give it");
  }

  @Test
  void standardInputIsReadAsOneInputWithIdStdin() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)));
      IngestCommandTest.Run r = IngestCommandTest.run("analyze", "-");
      assertEquals(0, r.exit(), r.err());
      assertEquals(List.of("stdin"), ids(r.out()));
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void aFileOverTheSizeLimitIsReportedAndTheBatchGoesOn() throws Exception {
    Files.writeString(dir.resolve("ok.txt"), STORY);
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      big.setLength((64L << 20) + 1); // sparse: costs no disk
    }
    IngestCommandTest.Run r = IngestCommandTest.run("analyze", dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("ok"), ids(r.out()));
    assertTrue(r.err().contains("huge.txt: file too large (67108865 bytes; limit 67108864)"), r.err());
  }

  @Test
  void theDossierCarriesTheCopyGraph() throws Exception {
    Path demo = Files.isDirectory(Path.of("..", "demo", "corpus")) ? Path.of("..", "demo", "corpus") : Path.of("demo", "corpus");
    JsonNode d = new ObjectMapper().readTree(IngestCommandTest.run("analyze", demo.toString()).out());
    JsonNode group = d.get("copy_graph").get("groups").get(0);
    assertTrue(group.get("members").size() >= 2, group::toString);
    JsonNode edge = group.get("edges").get(0);
    for (String field : List.of("from", "to", "relation", "score")) {
      assertTrue(edge.has(field), field);
    }
    assertTrue(d.get("events").get(0).has("copy_graph"), "each event has its own");
  }

  private static byte[] gzip(byte[] data) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
