package org.triangulate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.testing.WarcFixtures;

class IngestorTest {
  @TempDir Path dir;

  private static final String HTML = "<!doctype html><html><head><title>Flood in Rivertown</title></head>"
      + "<body><article><p>Heavy rain flooded the lower town on Monday, officials said.</p></article></body></html>";

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void recognisesFormatsByContentNotExtension() throws IOException {
    write("a.txt", HTML); // HTML despite the extension
    write("b.dat", "Just some plain words.\nAnother line.");
    write("c.log", "{\"id\":\"x1\",\"title\":\"T\",\"text\":\"Body text here.\"}\n");
    write("d.bin", WarcFixtures.warc(WarcFixtures.response("https://example.org/a", HTML)));
    var batch = Ingestor.withDefaults().ingest(List.of(dir));
    assertEquals(List.of(), batch.problems());
    assertEquals(List.of(SourceFormat.HTML, SourceFormat.TEXT, SourceFormat.JSONL, SourceFormat.WARC),
        batch.documents().stream().map(RawDocument::format).toList());
    assertEquals("a", batch.documents().get(0).id(), "file stem is the id");
    assertEquals("x1", batch.documents().get(2).id(), "a JSONL record's own id");
  }

  @Test
  void readsGzippedWarcWithUrlHashIds() throws IOException {
    byte[] warc = WarcFixtures.warc(
        WarcFixtures.response("https://example.org/a", HTML),
        WarcFixtures.response("https://example.org/b", HTML.replace("Monday", "Tuesday")));
    Path f = write("crawl.warc.gz", gzip(warc));
    var batch = Ingestor.withDefaults().ingest(List.of(f));
    assertEquals(List.of(), batch.problems());
    assertEquals(2, batch.documents().size());
    RawDocument a = batch.documents().get(0);
    assertEquals(Ids.hash("https://example.org/a"), a.id());
    assertEquals(java.util.Optional.of("https://example.org/a"), a.url());
    assertTrue(a.html());
  }

  @Test
  void truncatedWarcKeepsEarlierRecordsAndNamesTheFile() throws IOException {
    byte[] full = WarcFixtures.warc(
        WarcFixtures.response("https://example.org/a", HTML),
        WarcFixtures.response("https://example.org/b", HTML));
    Path f = write("cut.warc", Arrays.copyOf(full, full.length - 60));
    var batch = Ingestor.withDefaults().ingest(List.of(f));
    assertEquals(1, batch.documents().size());
    assertEquals(1, batch.problems().size());
    assertTrue(batch.problems().get(0).source().contains("cut.warc"));
    assertTrue(batch.problems().get(0).reason().contains("truncated"), batch.problems().get(0).reason());
  }

  @Test
  void readsRssAndAtomEntriesWithTheirMetadata() throws IOException {
    write("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Rivertown Gazette</title>"
        + "<item><title>Flood</title><link>https://g.example/flood</link><author>Ana Ruiz</author>"
        + "<pubDate>Tue, 07 Mar 2023 10:00:00 GMT</pubDate><description>&lt;p&gt;Water rose fast.&lt;/p&gt;</description></item>"
        + "</channel></rss>");
    write("atom.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Hill Post</title>"
        + "<entry><title>Landslide</title><link href=\"https://h.example/slide\"/><id>urn:x</id>"
        + "<updated>2024-05-10T08:00:00Z</updated><content type=\"html\">&lt;p&gt;A slope gave way.&lt;/p&gt;</content></entry></feed>");
    var batch = Ingestor.withDefaults().ingest(List.of(dir));
    assertEquals(List.of(), batch.problems());
    RawDocument atom = batch.documents().get(0);
    RawDocument rss = batch.documents().get(1);
    assertEquals(java.util.Optional.of("Hill Post"), atom.hints().outlet());
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2024, 5, 10)), atom.hints().published());
    assertEquals(java.util.Optional.of("Rivertown Gazette"), rss.hints().outlet());
    assertEquals(java.util.Optional.of("Flood"), rss.hints().title());
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2023, 3, 7)), rss.hints().published());
    assertTrue(rss.content().contains("Water rose fast."));
  }

  @Test
  void badFilesAreReportedByNameAndTheBatchContinues() throws IOException {
    write("1-binary.txt", new byte[] {1, 2, 0, 4, 5});
    write("2-empty.txt", new byte[0]);
    write("3-good.txt", "Heavy rain flooded the lower town.");
    write("4-bad.jsonl", "{\"text\":\"ok line\"}\n{not json\n{\"title\":\"no body\"}\n");
    write("5-bad.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    var batch = Ingestor.withDefaults().ingest(List.of(dir, dir.resolve("missing.txt")));
    assertEquals(2, batch.documents().size(), "the good text file and the good JSONL line");
    List<String> problems = batch.problems().stream().map(IngestProblem::toString).toList();
    assertEquals(6, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("1-binary.txt") && problems.get(0).contains("binary"), problems.get(0));
    assertTrue(problems.get(1).contains("2-empty.txt") && problems.get(1).contains("empty"), problems.get(1));
    assertTrue(problems.get(2).contains("4-bad.jsonl:2") && problems.get(2).contains("invalid JSON"), problems.get(2));
    assertTrue(problems.get(3).contains("4-bad.jsonl:3") && problems.get(3).contains("no article text"), problems.get(3));
    assertTrue(problems.get(4).contains("5-bad.gz") && problems.get(4).contains("gzip"), problems.get(4));
    assertTrue(problems.get(5).contains("missing.txt") && problems.get(5).contains("no such file"), problems.get(5));
  }

  @Test
  void tooLargeFilesAreRefusedWithTheLimit() throws IOException {
    Path f = write("big.txt", "word ".repeat(1000));
    var batch = new Ingestor(new IngestSettings(1000, 1000, 0.01)).ingest(List.of(f));
    assertEquals(0, batch.documents().size());
    assertTrue(batch.problems().get(0).reason().contains("too large"), batch.problems().get(0).reason());
  }

  @Test
  void decodesLatin1WhenUtf8IsInvalid() throws IOException {
    Path f = write("latin.txt", "Caf\u00e9 owners said the road was closed.".getBytes(StandardCharsets.ISO_8859_1));
    var batch = Ingestor.withDefaults().ingest(List.of(f));
    assertEquals("Café owners said the road was closed.", batch.documents().get(0).content());
  }

  @Test
  void readsStandardInputForDash() {
    Ingestor ingestor = new Ingestor(IngestSettings.DEFAULTS,
        () -> new ByteArrayInputStream("A line read from stdin.".getBytes(StandardCharsets.UTF_8)));
    var batch = ingestor.ingest(List.of(Path.of("-")));
    assertEquals(1, batch.documents().size());
    assertEquals("stdin", batch.documents().get(0).id());
  }
}
