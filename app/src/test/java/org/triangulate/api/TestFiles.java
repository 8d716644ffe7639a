package org.triangulate.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders of the app tests. */
final class TestFiles {
  private TestFiles() {}

  /** Deletes {@code dir} and everything under it, as far as it can (best effort, e.g. at exit). */
  static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a process may still hold files; the OS cleans its temp dir
    }
  }
}
