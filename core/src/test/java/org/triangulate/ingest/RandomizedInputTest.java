package org.triangulate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.testing.WarcFixtures;

/**
 * Random and mutated inputs: every file yields articles or problems, never an exception. Fixed seeds
 * keep failures reproducible; a crashing input found here is added to src/test/resources/malformed.
 */
class RandomizedInputTest {
  @TempDir Path dir;

  private static final String HTML = "<html><head><title>T</title></head><body><div class=content>"
      + "<p>Heavy rain flooded the lower town on Monday, officials said, and schools closed.</p>"
      + "<p>Rescue teams worked through the night to reach the cut-off streets.</p></div></body></html>";

  @Test
  void mutatedInputsNeverThrow() throws IOException {
    Random random = new Random(20260323L);
    byte[][] bases = {
      HTML.getBytes(StandardCharsets.UTF_8),
      WarcFixtures.warc(WarcFixtures.response("https://e.org/a", HTML)),
      ("{\"id\":\"a\",\"text\":\"Body one.\"}\n{\"id\":\"b\",\"html\":\"" + HTML.replace("\"", "'") + "\"}\n")
          .getBytes(StandardCharsets.UTF_8),
      "<?xml version=\"1.0\"?><rss><channel><title>F</title><item><title>I</title><description>D</description></item></channel></rss>"
          .getBytes(StandardCharsets.UTF_8),
      "Title\n\nCOMMENTS\nLeave a Reply\nMay 14, 2024\nSource: X\nBy Editor\n".getBytes(StandardCharsets.UTF_8),
    };
    int files = 0;
    for (int round = 0; round < 60; round++) {
      byte[] base = bases[round % bases.length];
      byte[] data = mutate(base, random);
      Files.write(dir.resolve("f" + round + ".in"), data);
      files++;
    }
    var result = Pipeline.withDefaults().run(List.of(dir), PipelineListener.NONE);
    // every file produced at least one article or one problem
    long sourcesSeen = java.util.stream.Stream.concat(
            result.articles().stream().map(a -> a.origin().replaceAll("[#:].*$", "")),
            result.problems().stream().map(p -> p.source().replaceAll("[#:].*$", "")))
        .distinct().count();
    java.util.Set<String> seen = java.util.stream.Stream.concat(
            result.articles().stream().map(a -> a.origin().replaceAll("[#:].*$", "")),
            result.problems().stream().map(p -> p.source().replaceAll("[#:].*$", "")))
        .map(s -> Path.of(s).getFileName().toString()).collect(java.util.stream.Collectors.toSet());
    assertEquals(files, sourcesSeen, () -> "silent: " + java.util.stream.IntStream.range(0, 60)
        .mapToObj(i -> "f" + i + ".in").filter(n -> !seen.contains(n)).toList());
  }

  private static byte[] mutate(byte[] base, Random random) {
    byte[] out = base.clone();
    switch (random.nextInt(4)) {
      case 0 -> { // flip bytes
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
          out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
      }
      case 1 -> out = java.util.Arrays.copyOf(out, random.nextInt(out.length)); // truncate
      case 2 -> { // insert junk
        int at = random.nextInt(out.length);
        byte[] junk = new byte[1 + random.nextInt(40)];
        random.nextBytes(junk);
        byte[] m = new byte[out.length + junk.length];
        System.arraycopy(out, 0, m, 0, at);
        System.arraycopy(junk, 0, m, at, junk.length);
        System.arraycopy(out, at, m, at + junk.length, out.length - at);
        out = m;
      }
      default -> { // duplicate a slice (unbalanced markup)
        int a = random.nextInt(out.length);
        int b = Math.min(out.length, a + random.nextInt(200));
        byte[] m = new byte[out.length + (b - a)];
        System.arraycopy(out, 0, m, 0, b);
        System.arraycopy(out, a, m, b, out.length - a);
        out = m;
      }
    }
    return out;
  }
}
