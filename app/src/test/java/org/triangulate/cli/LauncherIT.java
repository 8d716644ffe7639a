package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/triangulate} against the built jar (failsafe runs this after {@code package}): it works
 * from any directory, prints the Maven project version and no terminal escape codes, and says how to
 * build when the jar is missing.
 */
class LauncherIT {
  @TempDir Path tmp;

  private static Path root() {
    return Path.of(System.getProperty("triangulate.root", "..")).toAbsolutePath().normalize();
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(Path launcher, Path cwd, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      Process p = new ProcessBuilder(command).directory(cwd.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher finished");
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void printsTheProjectVersionFromAnyDirectory() throws Exception {
    Run r = run(root().resolve("bin/triangulate"), tmp, "--version");
    assertEquals(0, r.exit(), r.err());
    assertEquals("triangulate " + System.getProperty("triangulate.version"), r.out().strip());
  }

  @Test
  void analysesTheDemoCorpusWithoutEscapeCodes() throws Exception {
    Run r = run(root().resolve("bin/triangulate"), tmp, "analyze", "--format", "markdown",
        root().resolve("demo/corpus").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("# Dossier"), r.out());
    assertFalse(r.out().contains("\u001b"), "no ANSI escape codes on stdout");
  }

  @Test
  void worksThroughASymlinkOnThePath() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("triangulate"), root().resolve("bin/triangulate"));
    Run r = run(link, tmp, "--version");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("triangulate "), r.out());
  }

  @Test
  void saysHowToBuildWhenTheJarIsMissing() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("checkout/bin"));
    Path launcher = Files.copy(root().resolve("bin/triangulate"), bin.resolve("triangulate"),
        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    Run r = run(launcher, tmp, "--version");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("triangulate.jar is missing") && r.err().contains("mvn -B -q package -DskipTests"),
        r.err());
  }
}
