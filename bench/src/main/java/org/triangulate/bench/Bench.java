package org.triangulate.bench;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar bench/target/triangulate-bench.jar <benchmark>}: runs one benchmark and rewrites
 * its section of docs/BENCHMARKS.md. Each benchmark is one subcommand class.
 */
@Command(
    name = "triangulate-bench",
    mixinStandardHelpOptions = true,
    description = "Quality and speed benchmarks; results go to docs/BENCHMARKS.md.",
    subcommands = {
      ExtractionBench.class, DatesBench.class, ProvenanceBench.class, ClusteringBench.class, TemporalBench.class,
      EntitiesBench.class, ClaimsBench.class, DossierDevBench.class, PipelineBench.class, ServiceBench.class,
      IncrementalBench.class, SemanticCutoffBench.class,
      CommandLine.HelpCommand.class
    })
public final class Bench implements Runnable {

  /** Options every benchmark shares. */
  public static final class Common {
    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
        description = "the shared data folder (default: ${DEFAULT-VALUE})")
    public Path shared;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md",
        description = "markdown file whose section is rewritten (default: ${DEFAULT-VALUE})")
    public Path report;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark (see --help)");
  }
}
