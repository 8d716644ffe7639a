package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options every command shares, the exit codes, and the options README documents per command. */
class MainTest {
  @TempDir Path tmp;

  private static String demo() {
    Path p = Path.of("..", "demo", "corpus");
    return (Files.isDirectory(p) ? p : Path.of("demo", "corpus")).toString();
  }

  @Test
  void versionIsTheMavenProjectVersionOnEveryCommand() {
    String expected = "triangulate " + System.getProperty("triangulate.version");
    assertTrue(!expected.endsWith("null"), "surefire passes triangulate.version");
    for (String[] args : new String[][] {{"-V"}, {"--version"}, {"analyze", "-V"}, {"watch", "--version"}}) {
      IngestCommandTest.Run r = IngestCommandTest.run(args);
      assertEquals(0, r.exit());
      assertEquals(expected, r.out().strip());
    }
  }

  @Test
  void helpListsEveryCommand() {
    IngestCommandTest.Run r = IngestCommandTest.run("-h");
    assertEquals(0, r.exit());
    for (String command : new String[] {"analyze", "ingest", "serve", "watch"}) {
      assertTrue(r.out().contains("  " + command + " "), r.out());
    }
    assertEquals(2, IngestCommandTest.run().exit(), "a subcommand is required");
  }

  @Test
  void anInternalErrorExitsOneWithAMessageNotAStackTrace() throws Exception {
    Path directory = Files.createDirectories(tmp.resolve("a-directory"));
    IngestCommandTest.Run r = IngestCommandTest.run("analyze", "-o", directory.toString(), demo());
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("triangulate: ") && r.err().contains("a-directory"), r.err());
    assertTrue(!r.err().contains("\tat "), r.err());
  }

  @Test
  void outSaysWhatItWroteAndProgressIsSilentWithoutATerminal() throws Exception {
    Path out = tmp.resolve("new/dir/dossier.json");
    IngestCommandTest.Run r = IngestCommandTest.run("analyze", "--progress", "-o", out.toString(), demo());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().matches("triangulate: wrote .*dossier\\.json \\(5 articles, \\d+ events\\)\\R"), r.err());
    IngestCommandTest.Run quiet = IngestCommandTest.run("analyze", "--no-progress", "-f", "md", demo());
    assertEquals(0, quiet.exit());
    assertEquals("", quiet.err(), "no bar, no messages");
  }

  @Test
  void serveChecksMaxBody() {
    IngestCommandTest.Run r = IngestCommandTest.run("serve", "--store", tmp.toString(), "--port", "0", "--max-body", "0");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("maxBodyBytes and maxLimit must be positive: 0"), r.err());
  }
}
