package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.triangulate.article.Article;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierFormat;
import org.triangulate.dossier.DossierTable;
import org.triangulate.dossier.DossierWriter;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triangulate analyze}: runs the pipeline over inputs and prints the dossier. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Reads articles (text, HTML, JSONL, WARC, RSS/Atom; files, directories or - for stdin), "
          + "cleans them, cross-checks them and prints the dossier.",
      "Bad inputs are reported on stderr, one line each, and skipped."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
      description = "json, markdown (md), html, csv or jsonl (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--table", paramLabel = "TABLE",
      description = "with --format csv: events (one row per event, the default) or claims (one row per claim)")
  String table;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the dossier here instead of stdout")
  Path out;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "show a progress bar on stderr when it is a terminal (default: ${DEFAULT-VALUE})")
  boolean progress;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories; - reads stdin")
  List<Path> inputs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    DossierFormat fmt;
    DossierTable tbl;
    try {
      fmt = DossierFormat.parse(format);
      tbl = table == null ? DossierTable.EVENTS : DossierTable.parse(table);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (table != null && fmt != DossierFormat.CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--table needs --format csv");
    }
    PrintWriter err = spec.commandLine().getErr();
    Pipeline.Result result;
    try (Progress bar = new Progress(progress && System.console() != null)) {
      result = Pipeline.withDefaults().run(inputs, new PipelineListener() {
        @Override
        public void onProblem(IngestProblem problem) {
          bar.pause();
          err.println("triangulate: " + problem);
          err.flush();
        }

        @Override
        public void onArticle(Article article) {
          bar.step();
        }
      });
    }
    if (result.articles().isEmpty()) {
      err.println("triangulate: no input could be processed (" + result.problems().size() + " problems)");
      return 2;
    }
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        write(result.dossier(), fmt, tbl, w);
      }
      err.println("triangulate: wrote " + out + " (" + result.articles().size() + " articles, "
          + result.dossier().events().size() + " events)");
    } else {
      PrintWriter w = spec.commandLine().getOut();
      write(result.dossier(), fmt, tbl, w);
      if (fmt != DossierFormat.CSV && fmt != DossierFormat.JSONL) {
        w.println(); // the line formats end their last line themselves
      }
      w.flush();
    }
    return 0;
  }

  private static void write(Dossier dossier, DossierFormat format, DossierTable table, Writer w) {
    if (format == DossierFormat.CSV) {
      DossierWriter.writeCsv(dossier, table, w);
    } else {
      DossierWriter.write(dossier, format, w);
    }
  }

  /** A progress bar on stderr that exists only on a terminal. */
  private static final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    Progress(boolean enabled) {
      bar = enabled
          ? new ProgressBarBuilder().setTaskName("articles").setInitialMax(-1)
              .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()
          : null;
    }

    void step() {
      if (bar != null) {
        bar.step();
      }
    }

    void pause() {
      if (bar != null) {
        bar.refresh();
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
