package org.triangulate.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.triangulate.cluster.WindowSettings;
import org.triangulate.ingest.IngestProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triangulate-spark [--master URL] --out DIR INPUT...}: the pipeline as a Spark application.
 *
 * <p>Writes {@code DIR/articles}, {@code DIR/problems}, {@code DIR/duplicates}, {@code DIR/groups},
 * {@code DIR/events} and {@code DIR/stories} (Parquet) and, unless {@code --no-dossier},
 * {@code DIR/dossier.json} (the dossier JSON contract, assembled on the driver around the distributed
 * events; the Parquet events are then the dossier's). Under
 * {@code spark-submit} the master comes from it; run directly, {@code --master} defaults to
 * {@code local[*]}. Exit codes as for {@code triangulate analyze}: 0 when anything was processed, 2
 * when nothing could be, 1 on an internal error. This is the Spark application's entry point, the one
 * place in the module that exits.
 */
@Command(name = "triangulate-spark", mixinStandardHelpOptions = true, version = "triangulate-spark 0.1.0",
    description = "Reads, cleans and analyses news articles on a Spark cluster (or locally).")
public final class SparkJob implements Callable<Integer> {

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master when not set by spark-submit (default: local[*])")
  String master;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "output directory (any Hadoop URI): articles/ and problems/ as Parquet, dossier.json")
  String out;

  @Option(names = "--no-dossier", description = "skip dossier.json (it is assembled on the driver)")
  boolean noDossier;

  @Option(names = "--tasks-per-core", paramLabel = "N", description = "read-and-clean tasks per core (default: ${DEFAULT-VALUE})")
  int tasksPerCore = SparkSettings.DEFAULTS.tasksPerCore();

  @Option(names = "--window-days", paramLabel = "N",
      description = "days per event-clustering window (default: ${DEFAULT-VALUE})")
  int windowDays = WindowSettings.DEFAULTS.windowDays();

  @Option(names = "--margin-days", paramLabel = "N",
      description = "days either side of a window boundary clustered again to stitch events (default: ${DEFAULT-VALUE})")
  int marginDays = WindowSettings.DEFAULTS.marginDays();

  @Option(names = "--no-embeddings",
      description = "cluster events on words, names and dates only, without MiniLM embeddings (faster)")
  boolean noEmbeddings;

  @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "WARN",
      description = "Spark's log level (default: ${DEFAULT-VALUE})")
  String logLevel;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories (paths or URIs)")
  List<String> inputs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int code = new CommandLine(new SparkJob()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    WindowSettings windows;
    try {
      windows = new WindowSettings(windowDays, marginDays, WindowSettings.DEFAULTS.storyMembers());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    WindowedGrouping events = noEmbeddings ? WindowedGrouping.lexical(windows) : WindowedGrouping.of(windows);
    SparkConf conf = new SparkConf().setAppName("triangulate");
    if (!conf.contains("spark.master")) {
      conf.setMaster(master == null ? "local[*]" : master);
    } else if (master != null) {
      conf.setMaster(master);
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel(logLevel);
    try {
      SparkResult result = new SparkPipeline(spark, new SparkSettings(tasksPerCore), events).run(inputs);
      result.writeParquet(out);
      long articles = spark.read().parquet(out + "/articles").count();
      List<IngestProblem> problems = result.collectProblems();
      for (IngestProblem p : problems.subList(0, Math.min(problems.size(), 50))) {
        err.println(p);
      }
      if (problems.size() > 50) {
        err.println("… " + (problems.size() - 50) + " more problems in " + out + "/problems");
      }
      if (!noDossier) {
        result.writeDossierJson(out + "/dossier.json");
      }
      result.writeEvents(out);
      err.printf("%d articles, %d problems -> %s%n", articles, problems.size(), out);
      err.flush();
      return articles > 0 ? 0 : 2;
    } finally {
      spark.stop();
    }
  }
}
