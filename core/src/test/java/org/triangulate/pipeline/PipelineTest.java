package org.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.article.Article;

class PipelineTest {
  @TempDir Path dir;

  @Test
  void readingTheSameInputTwiceIsIdempotent() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "Flood hits town\n\nHeavy rain flooded the lower town on Monday.");
    var once = Pipeline.withDefaults().run(List.of(f), PipelineListener.NONE);
    var twice = Pipeline.withDefaults().run(List.of(f, dir, f), PipelineListener.NONE);
    assertEquals(once.dossier(), twice.dossier());
  }

  @Test
  void sameFileNameWithDifferentTextKeepsBoth() throws IOException {
    Files.createDirectories(dir.resolve("x"));
    Files.createDirectories(dir.resolve("y"));
    Files.writeString(dir.resolve("x/a.txt"), "One\n\nA first story about a flood in the valley.");
    Files.writeString(dir.resolve("y/a.txt"), "Two\n\nA second story about a fire in the hills.");
    var r = Pipeline.withDefaults().run(List.of(dir), PipelineListener.NONE);
    assertEquals(List.of("a", "a~2"), r.articles().stream().map(Article::id).toList());
  }

  @Test
  void aBadArticleDoesNotStopTheBatch() throws IOException {
    Files.writeString(dir.resolve("1.html"), "<html><body><script>var x=1;</script></body></html>");
    Files.writeString(dir.resolve("2.txt"), "Good\n\nA perfectly readable article about a bridge.");
    var r = Pipeline.withDefaults().run(List.of(dir), PipelineListener.NONE);
    assertEquals(1, r.articles().size());
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).source().endsWith("1.html"), r.problems().toString());
  }

  @Test
  void everyArticleLandsInAnEventAndEveryEventInAStory() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "A\n\nHeavy rain flooded the lower town on Monday.");
    Files.writeString(dir.resolve("b.txt"), "B\n\nA fire destroyed a warehouse near the port.");
    var d = Pipeline.withDefaults().run(List.of(dir), PipelineListener.NONE).dossier();
    assertEquals(2, d.events().stream().mapToInt(e -> e.articles().size()).sum());
    for (var e : d.events()) {
      assertTrue(d.stories().stream().anyMatch(s -> s.id().equals(e.story()) && s.events().contains(e.id())));
    }
  }
}
