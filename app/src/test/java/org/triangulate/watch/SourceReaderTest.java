package org.triangulate.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SourceReader}: feeds and sitemaps as links to pages, hostile XML refused. */
class SourceReaderTest {
  private static final URI BASE = URI.create("https://news.example/feeds/main.xml");

  private static SourceReader.Listing read(String xml) throws SourceReader.SourceException {
    return SourceReader.read(BASE, xml.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  @Test
  void rssItemsBecomeLinksWithTheirMetadata() throws Exception {
    SourceReader.Listing l = read(FakeSite.rss("Harbour Times", List.of(
        new String[] {"/2024/regatta.html", "Regatta draws crowds"},
        new String[] {"https://news.example/2024/regatta.html", "Again"},
        new String[] {"ftp://news.example/file", "Not a page"},
        new String[] {"https://other.example/market", "Market"})));
    assertEquals(List.of(URI.create("https://news.example/2024/regatta.html"), URI.create("https://other.example/market")),
        l.pages().stream().map(SourceReader.Link::uri).toList(), "resolved, deduplicated, http(s) only");
    var hints = l.pages().get(0).hints();
    assertEquals(Optional.of("Regatta draws crowds"), hints.title());
    assertEquals(Optional.of("Harbour Times"), hints.outlet());
    assertEquals(Optional.of(LocalDate.of(2024, 6, 4)), hints.published());
    assertEquals(Optional.of("Ines Marlow"), hints.byline(), "the name of an 'email (Name)' author");
  }

  @Test
  void atomEntriesAreReadToo() throws Exception {
    SourceReader.Listing l = read("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quay Post</title>"
        + "<id>urn:x</id><updated>2024-06-04T08:00:00Z</updated><entry><title>Ferry strike</title><id>urn:y</id>"
        + "<link href=\"https://news.example/ferry\"/><updated>2024-06-05T08:00:00Z</updated>"
        + "<author><name>Ines Marlow</name></author></entry></feed>");
    assertEquals(1, l.pages().size());
    assertEquals(Optional.of("Quay Post"), l.pages().get(0).hints().outlet());
    assertEquals(Optional.of(LocalDate.of(2024, 6, 5)), l.pages().get(0).hints().published());
  }

  @Test
  void aSitemapListsPagesAndAnIndexListsSitemaps() throws Exception {
    SourceReader.Listing map = read("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>https://news.example/a</loc><lastmod>2024-06-01</lastmod></url>"
        + "<url><loc>https://news.example/b</loc></url></urlset>");
    assertEquals(2, map.pages().size());
    assertEquals(Optional.of(LocalDate.of(2024, 6, 1)), map.pages().get(0).hints().published());
    SourceReader.Listing index = read("<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>https://news.example/sitemap-1.xml</loc></sitemap></sitemapindex>");
    assertEquals(List.of(URI.create("https://news.example/sitemap-1.xml")), index.sitemaps());
    assertEquals(List.of(), index.pages());
  }

  @Test
  void doctypesAreRefusedSoNoEntityIsExpanded() {
    String entity = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
    assertThrows(SourceReader.SourceException.class, () -> read(entity + "<rss version=\"2.0\"><channel><title>&x;</title>"
        + "<item><link>https://news.example/a</link></item></channel></rss>"));
    SourceReader.Listing sitemap;
    try {
      sitemap = read(entity + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://news.example/&x;"
          + "</loc></url></urlset>");
    } catch (SourceReader.SourceException refused) {
      return;
    }
    assertTrue(sitemap.pages().stream().noneMatch(p -> p.uri().toString().contains("root")), sitemap.toString());
  }

  @Test
  void anythingElseIsReportedNeverThrownAsAnotherException() {
    assertThrows(SourceReader.SourceException.class, () -> read("<html><body>hello</body></html>"));
    assertThrows(SourceReader.SourceException.class, () -> read("<rss><channel><item>"));
    Random random = new Random(20261204);
    String[] parts = {"<rss>", "<urlset>", "<feed>", "<item>", "<link>", "</link>", "<loc>", "&amp;", "<!--", "]]>", "x", "\u0000"};
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      try {
        read(sb.toString());
      } catch (SourceReader.SourceException expected) {
        // reported: fine
      }
    }
  }
}
