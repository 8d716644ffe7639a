package org.triangulate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triangulate.article.Article;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;

/**
 * Replays every file in {@code src/test/resources/malformed/}: inputs that once crashed a reader, or
 * attack it (XML external entities, entity expansion, gzip bombs, 20,000 nested tags). Each must be
 * read without an exception, be accounted for (an article or a problem naming the file), and match
 * the outcome recorded for it in {@code malformed/EXPECTED}.
 */
class MalformedInputsTest {
  private static final Path DIR = resourceDir();
  private static final Pipeline PIPELINE = Pipeline.withDefaults();

  private static Path resourceDir() {
    try {
      return Path.of(MalformedInputsTest.class.getResource("/malformed/EXPECTED").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code file -> problem|article|either} from malformed/EXPECTED. */
  static Map<String, String> expected() {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = MalformedInputsTest.class.getResourceAsStream("/malformed/EXPECTED")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] p = line.trim().split("\\s+");
          out.put(p[0], p[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Stream<String> files() throws IOException {
    try (Stream<Path> list = Files.list(DIR)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("EXPECTED")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void malformedInputIsReportedOrReadNeverThrown(String name) {
    String outcome = expected().get(name);
    assertNotNull(outcome, () -> "malformed/" + name + " has no line in malformed/EXPECTED");
    Path file = DIR.resolve(name);
    Pipeline.Result r = PIPELINE.run(List.of(file), PipelineListener.NONE);
    assertFalse(r.articles().isEmpty() && r.problems().isEmpty(), () -> name + ": silently ignored");
    for (IngestProblem p : r.problems()) {
      assertTrue(p.source().contains(name), () -> "problem does not name the file: " + p);
      assertFalse(p.reason().isBlank(), () -> "problem without a reason: " + p);
    }
    for (Article a : r.articles()) {
      // external entities are never resolved, entity bombs never expanded
      assertFalse(a.body().contains("root:") || a.title().contains("root:"), () -> name + " leaked /etc/passwd");
      assertTrue(a.body().length() < 1_000_000, () -> name + " expanded to " + a.body().length() + " characters");
    }
    switch (outcome) {
      case "problem" -> assertEquals(List.of(), r.articles().stream().map(Article::id).toList(), name);
      case "article" -> assertFalse(r.articles().isEmpty(), () -> name + ": expected an article, got " + r.problems());
      case "either" -> { }
      default -> throw new IllegalStateException("bad outcome '" + outcome + "' for " + name);
    }
  }
}
