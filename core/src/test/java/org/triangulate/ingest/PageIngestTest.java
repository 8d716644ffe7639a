package org.triangulate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.testing.WarcFixtures;

/** {@link Ingestor#ingestPage}: a fetched page becomes the same document a WARC capture of it would. */
class PageIngestTest {
  @TempDir Path dir;

  private static final String URL = "https://news.example/2024/ferry-strike";
  private static final String HTML = "<!doctype html><html><head><title>Ferry crews strike</title></head>"
      + "<body><article><p>Ferry crews walked out on Thursday, the union said.</p></article></body></html>";

  private static Ingestor.Batch page(String url, String contentType, byte[] body) {
    return new Ingestor(IngestSettings.DEFAULTS).ingestPage(url, Optional.ofNullable(contentType), body,
        RawDocument.Hints.NONE);
  }

  @Test
  void aPageHasTheIdAndContentOfItsWarcCapture() throws Exception {
    Path warc = Files.write(dir.resolve("crawl.warc"), WarcFixtures.warc(WarcFixtures.response(URL, HTML)));
    RawDocument captured = Ingestor.withDefaults().ingest(List.of(warc)).documents().get(0);
    Ingestor.Batch r = page(URL, "text/html; charset=utf-8", HTML.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), r.problems());
    RawDocument doc = r.documents().get(0);
    assertEquals(captured.id(), doc.id());
    assertEquals(captured.id(), Ingestor.pageId(URL));
    assertEquals(captured.content(), doc.content());
    assertEquals(Optional.of(URL), doc.url());
    assertEquals(URL, doc.origin());
    assertTrue(doc.html());
    assertEquals(SourceFormat.HTML, doc.format());
  }

  @Test
  void theDeclaredCharsetDecodesTheBody() {
    byte[] latin1 = "Caf\u00e9 owners protest\n\nThe caf\u00e9 owners marched on Friday.".getBytes(StandardCharsets.ISO_8859_1);
    Ingestor.Batch r = page(URL, "text/plain; charset=ISO-8859-1", latin1);
    assertTrue(r.documents().get(0).content().startsWith("Caf\u00e9 owners"), r.documents().toString());
    assertFalse(r.documents().get(0).html());
  }

  @Test
  void withoutAContentTypeTheContentDecides() {
    assertTrue(page(URL, null, HTML.getBytes(StandardCharsets.UTF_8)).documents().get(0).html());
    assertFalse(page(URL, null, "Plain words about a strike.".getBytes(StandardCharsets.UTF_8)).documents().get(0).html());
  }

  @Test
  void theHintsAreKept() {
    RawDocument.Hints hints = new RawDocument.Hints(Optional.of("Ferry crews strike"), Optional.of("Harbour Times"),
        Optional.of(LocalDate.of(2024, 6, 6)), Optional.of("Ines Marlow"));
    Ingestor.Batch r = Ingestor.withDefaults().ingestPage(URL, Optional.of("text/html"),
        HTML.getBytes(StandardCharsets.UTF_8), hints);
    assertEquals(hints, r.documents().get(0).hints());
  }

  @Test
  void otherTypesBinaryEmptyAndOversizedPagesAreReported() {
    assertEquals("not an HTML or text page (application/pdf)",
        page(URL, "application/pdf", new byte[] {37, 80, 68, 70}).problems().get(0).reason());
    assertEquals("empty HTTP body", page(URL, "text/html", new byte[0]).problems().get(0).reason());
    Ingestor.Batch binary = page(URL, "text/html", new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
    assertTrue(binary.documents().isEmpty());
    assertEquals(URL, binary.problems().get(0).source());
    IngestSettings small = new IngestSettings(1 << 20, 10, 0.01);
    Ingestor.Batch big = new Ingestor(small).ingestPage(URL, Optional.of("text/html"),
        HTML.getBytes(StandardCharsets.UTF_8), RawDocument.Hints.NONE);
    assertTrue(big.problems().get(0).reason().startsWith("page too large"), big.problems().toString());
  }
}
