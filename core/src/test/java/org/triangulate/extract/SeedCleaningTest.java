package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;
import org.triangulate.ingest.Ingestor;
import org.triangulate.testing.SharedData;

/** The foundation's acceptance criteria on the five real pages in ../shared/seeds. */
class SeedCleaningTest {
  private static final List<String> BOILERPLATE = List.of(
      "Comments are moderated", "Replying to X", "Comments FAQ", "COMMENTS", "Opinion", "Editorial",
      "Upholding rights", "27 Jul, 2024", "Macabre spectacle", "Related Post", "Leave a Reply",
      "Your email address will not be published", "Required fields are marked", "REPRESENTATIONAL IMAGE",
      "Photo courtesy", "By Editor", "Source: Dawn");

  private static Article clean(String prefix) throws IOException {
    Path seed = SharedData.seed(prefix);
    var batch = Ingestor.withDefaults().ingest(List.of(seed));
    assertEquals(List.of(), batch.problems());
    return ArticleExtractor.withDefaults().extract(batch.documents().get(0));
  }

  @Test
  void cleanedBodiesContainNoBoilerplateLines() throws IOException {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      Article a = clean(prefix);
      for (String junk : BOILERPLATE) {
        assertFalse(a.body().contains(junk), prefix + " body still contains '" + junk + "'");
      }
    }
  }

  @Test
  void keepsTheArticleTextAroundTheBoilerplate() throws IOException {
    assertTrue(clean("002").body().contains("keen to maintain counterterrorism and security-related cooperation."));
    Article dawn = clean("003");
    assertTrue(dawn.body().contains("Surge in terrorism"), "an in-article subheading is body text");
    assertTrue(dawn.body().endsWith("in at least 44 militant attacks across the country."));
    assertTrue(clean("004").body().endsWith("including incidents of terrorism and security operations."));
  }

  @Test
  void datesComeFromTheArticleNeverFromSidebarOrComments() throws IOException {
    assertEquals(Optional.of(LocalDate.of(2023, 3, 6)), clean("002").published());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 7)), clean("003").published());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 14)), clean("004").published());
    assertEquals(Optional.empty(), clean("001").published(), "001 carries no date of its own");
  }

  @Test
  void outletFromSourceLineAndSelfReference() throws IOException {
    assertEquals(Optional.of("Dawn"), clean("004").outlet(), "'Source: Dawn'");
    assertEquals(Optional.of("Dawn"), clean("003").outlet(), "'sources previously told Dawn'");
  }

  @Test
  void placeholderBylineIsNotABylineButAReporterIs() throws IOException {
    assertEquals(Optional.empty(), clean("004").byline(), "'By Editor' is a placeholder");
    assertEquals(Optional.of("Kamran Yousaf"), clean("002").byline());
  }

  @Test
  void titlesAndDatelines() throws IOException {
    assertEquals("Counter-terror dialogue with US from today", clean("002").title());
    assertEquals("Pak-US renew pact on counter-terrorism", clean("004").title());
    assertEquals(Optional.of("Islamabad"), clean("001").dateline());
    assertEquals(Optional.of("Islamabad"), clean("002").dateline());
  }
}
