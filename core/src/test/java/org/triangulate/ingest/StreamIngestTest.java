package org.triangulate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.testing.WarcFixtures;

/** Reading a stream gives exactly what reading the same bytes from a file of that name gives. */
class StreamIngestTest {
  @TempDir Path dir;

  private static final String HTML = "<!doctype html><html><head><title>Flood in Rivertown</title></head>"
      + "<body><article><p>Heavy rain flooded the lower town on Monday, officials said.</p></article></body></html>";

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private void assertStreamEqualsFile(String name, byte[] content) throws IOException {
    Path file = Files.write(dir.resolve(name), content);
    Ingestor ingestor = Ingestor.withDefaults();
    Ingestor.Batch fromFile = ingestor.ingest(List.of(file));
    List<RawDocument> docs = new java.util.ArrayList<>();
    List<IngestProblem> problems = new java.util.ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(content)) {
      ingestor.ingest(file.toString(), in, new IngestListener() {
        @Override
        public void onDocument(RawDocument document) {
          docs.add(document);
        }

        @Override
        public void onProblem(IngestProblem problem) {
          problems.add(problem);
        }
      });
    }
    assertEquals(fromFile.documents(), docs, name);
    assertEquals(fromFile.problems(), problems, name);
  }

  @Test
  void streamedTextHtmlAndJsonlEqualFileReading() throws IOException {
    assertStreamEqualsFile("001_ab.txt", "Some plain words.\nAnother line.".getBytes(StandardCharsets.UTF_8));
    assertStreamEqualsFile("page.html", HTML.getBytes(StandardCharsets.UTF_8));
    assertStreamEqualsFile("batch.jsonl", ("{\"id\":\"x1\",\"title\":\"T\",\"text\":\"Body one.\"}\n"
        + "not json\n{\"url\":\"https://e.org/2\",\"text\":\"Body two.\"}\n").getBytes(StandardCharsets.UTF_8));
    assertStreamEqualsFile("batch.jsonl.gz", gzip("{\"id\":\"x1\",\"text\":\"Body one.\"}\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void streamedWarcPlainAndGzipEqualFileReading() throws IOException {
    byte[] warc = WarcFixtures.warc(
        WarcFixtures.response("https://example.org/a", HTML),
        WarcFixtures.response("https://example.org/b", HTML.replace("Monday", "Tuesday")));
    assertStreamEqualsFile("crawl.warc", warc);
    assertStreamEqualsFile("crawl.warc.gz", gzip(warc));
    assertStreamEqualsFile("cut.warc", java.util.Arrays.copyOf(warc, warc.length - 40));
  }

  @Test
  void badStreamIsReportedWithItsNameNotThrown() throws IOException {
    List<IngestProblem> problems = new java.util.ArrayList<>();
    Ingestor.withDefaults().ingest("hdfs://nn/corpus/empty.txt", new ByteArrayInputStream(new byte[0]),
        new IngestListener() {
          @Override
          public void onDocument(RawDocument document) {
            throw new AssertionError("no document expected");
          }

          @Override
          public void onProblem(IngestProblem problem) {
            problems.add(problem);
          }
        });
    assertEquals(1, problems.size());
    assertEquals("hdfs://nn/corpus/empty.txt", problems.get(0).source());
    assertTrue(problems.get(0).reason().contains("empty"), problems.get(0).reason());
  }
}
