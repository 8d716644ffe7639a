package org.triangulate.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the {@code shared/} folder that sits beside the checkout ({@code ../shared}). Tests that
 * need it call {@link #require(String)}, which skips the test with a clear message when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, searched upwards from the working directory, or the TRIANGULATE_SHARED variable. */
  public static Optional<Path> root() {
    String env = System.getenv("TRIANGULATE_SHARED");
    if (env != null && Files.isDirectory(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 5 && dir != null; i++) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("seeds"))) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** {@code shared/<relative>}, or skips the calling test when it is missing. */
  public static Path require(String relative) {
    Optional<Path> root = root();
    assumeTrue(root.isPresent() && Files.exists(root.get().resolve(relative)),
        "skipped: ../shared/" + relative + " is not present beside the checkout (set TRIANGULATE_SHARED to point at it)");
    return root.get().resolve(relative);
  }

  /** The seed file whose name starts with {@code prefix} ("000" … "004"). */
  public static Path seed(String prefix) throws java.io.IOException {
    Path seeds = require("seeds");
    try (var files = Files.list(seeds)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
          .orElseThrow(() -> new AssertionError("no seed " + prefix + " in " + seeds));
    }
  }
}
