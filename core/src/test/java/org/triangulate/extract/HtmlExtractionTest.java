package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.SourceFormat;

class HtmlExtractionTest {
  private static Article extract(String html) {
    return ArticleExtractor.withDefaults().extract(new RawDocument("p", "p.html", SourceFormat.HTML, true, html,
        Optional.of("https://news.example/2023/03/07/story"), RawDocument.Hints.NONE));
  }

  private static final String PAGE = """
      <html><head><title>Flood hits Rivertown | Valley Herald</title>
      <meta property="og:site_name" content="Valley Herald">
      <meta property="article:published_time" content="2023-03-06T22:10:00+05:00">
      <meta name="author" content="Ana Ruiz">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood hits Rivertown"}</script>
      </head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <div class="main-content"><article>
        <h1>Flood hits Rivertown</h1>
        <p>Heavy rain flooded the lower town of Rivertown on Monday, forcing hundreds of families from their homes.</p>
        <p>The mayor, Lena Ostrova, said 14 people had been taken to hospital, and that schools would stay shut.</p>
        <figure><img src="x.jpg"><figcaption>Water in the main square. — Photo: Valley Herald</figcaption></figure>
        <p>Rescue teams worked through the night, using boats to reach streets that were cut off by the water.</p>
        <div class="share-buttons"><a href="#">Facebook</a><a href="#">Twitter</a></div>
      </article></div>
      <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Other story one</a></li></ul></aside>
      <div id="comments"><h3>Comments</h3><p>Reader: This is terrible, I hope everyone is okay, really.</p></div>
      <footer>© 2023 Valley Herald. All rights reserved.</footer>
      <script>alert('x')</script>
      </body></html>
      """;

  @Test
  void keepsArticleParagraphsAndDropsPageFurniture() {
    Article a = extract(PAGE);
    assertTrue(a.body().startsWith("Heavy rain flooded"), a.body());
    assertTrue(a.body().contains("Rescue teams worked through the night"));
    for (String junk : new String[] {"Home", "Facebook", "Most read", "Other story", "Reader:", "All rights", "alert", "Photo:"}) {
      assertFalse(a.body().contains(junk), "body contains " + junk + ":\n" + a.body());
    }
  }

  @Test
  void readsMetadataFromMarkup() {
    Article a = extract(PAGE);
    assertEquals("Flood hits Rivertown", a.title());
    assertEquals(Optional.of("Valley Herald"), a.outlet());
    assertEquals(Optional.of("Ana Ruiz"), a.byline());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 6)), a.published(), "the local day as written in the timestamp");
  }
}
