package org.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.triangulate.article.Article;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.Event;

/** The bundled demo corpus: one flood in Carrow (01-04) and another a year later (05), one story. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCorpusEventsTest {
  private Dossier dossier;
  private List<Article> articles;

  @BeforeAll
  void run() {
    Path demo = Path.of("..", "demo", "corpus");
    assertTrue(Files.isDirectory(demo), "demo corpus not found at " + demo.toAbsolutePath());
    var result = Pipeline.withDefaults().run(List.of(demo), PipelineListener.NONE);
    dossier = result.dossier();
    articles = result.articles();
  }

  private Event eventOfOrigin(String fileName) {
    String id = articles.stream().filter(a -> a.origin().contains(fileName)).findFirst()
        .orElseThrow(() -> new AssertionError("no article from " + fileName)).id();
    return dossier.events().stream().filter(e -> e.articles().contains(id)).findFirst().orElseThrow();
  }

  @Test
  void theFirstFourReportsAreOneFlood() {
    Event first = eventOfOrigin("01-valley-herald");
    for (String f : List.of("02-republished", "03-rewrite", "04-northern-post")) {
      assertEquals(first.id(), eventOfOrigin(f).id(), f + " is not in the first flood: " + dossier.events());
    }
    assertEquals(4, first.articles().size());
    assertEquals(Optional.of(LocalDate.of(2025, 9, 14)), first.date(), first.toString());
  }

  @Test
  void theFloodAYearLaterIsAnotherEventOfTheSameStory() {
    Event first = eventOfOrigin("01-valley-herald");
    Event second = eventOfOrigin("05-regional-feed");
    assertNotEquals(first.id(), second.id());
    assertEquals(first.story(), second.story());
    assertEquals(2, dossier.events().size());
    assertEquals(1, dossier.stories().size());
  }
}
