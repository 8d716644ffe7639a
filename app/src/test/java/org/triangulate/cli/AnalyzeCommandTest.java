package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Path demo() {
    Path p = Path.of("..", "demo", "corpus");
    return Files.isDirectory(p) ? p : Path.of("demo", "corpus");
  }

  @Test
  void printsTheJsonDossierOnStdoutForTheDemoCorpus() throws Exception {
    Run r = run("analyze", demo().toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(5, root.get("articles").size());
    assertTrue(root.get("events").size() >= 1);
    assertTrue(root.get("stories").size() >= 1);
    assertEquals("", r.err(), "no messages for a clean corpus");
  }

  @Test
  void reportsBadFilesOnStderrAndStillSucceeds() throws Exception {
    Files.write(dir.resolve("junk.bin"), new byte[] {0, 1, 2, 3});
    Files.writeString(dir.resolve("ok.txt"), "Bridge reopens\n\nThe bridge reopened on Friday after repairs.");
    Run r = run("analyze", "--format", "markdown", dir.toString());
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("# Dossier"), r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("junk.bin") && r.err().contains("binary"), r.err());
  }

  @Test
  void writesASelfContainedHtmlReport() throws Exception {
    Path out = dir.resolve("dossier.html");
    Run r = run("analyze", "--format", "html", "--out", out.toString(), demo().toString());
    assertEquals(0, r.exit(), r.err());
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!doctype html>"), html.substring(0, Math.min(200, html.length())));
    assertTrue(html.contains("<svg") && html.contains("badge"), "timeline or copy graph and status badges");
    assertTrue(!html.contains("<script") && !html.contains("src=\"http"), "nothing loaded from elsewhere");
  }

  @Test
  void exitsTwoWhenNothingCouldBeProcessed() throws Exception {
    Files.write(dir.resolve("junk.bin"), new byte[] {0, 1, 2, 3});
    Run r = run("analyze", dir.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out(), "no data on stdout");
    assertTrue(r.err().contains("no input could be processed"), r.err());
  }

  @Test
  void writesToOutFileWhenAsked() throws Exception {
    Path out = dir.resolve("sub/dossier.md");
    Run r = run("analyze", "-f", "md", "-o", out.toString(), demo().toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.readString(out).contains("Carrow"));
    assertEquals("", r.out());
  }

  @Test
  void usageErrorsExitTwoWithAMessage() {
    Run r = run("analyze", "--format", "pdf", "x");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown dossier format 'pdf'"), r.err());
    assertEquals(2, run("analyze").exit(), "INPUT is required");
    assertEquals(0, run("--help").exit());
  }
}
