package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.IngestReport;
import org.triangulate.store.Store;
import org.triangulate.store.StoreListener;
import org.triangulate.store.StoreSettings;
import org.triangulate.store.StoredArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triangulate ingest}: adds inputs to a store, incrementally and idempotently. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Adds articles to a store (created if missing). Re-ingesting the same input changes nothing; an "
          + "edited file replaces its article. When anything changed, events, claims and stories are "
          + "brought up to date: over the whole store on the first analysis of a process, then "
          + "incrementally (only what the new articles change) while the process lives, as in 'serve'.",
      "Prints one line per article once it is durably stored (outcome<TAB>id<TAB>origin): a crash or "
          + "kill after that line loses nothing. Bad inputs are reported on stderr and skipped."
    })
final class IngestCommand implements Callable<Integer> {

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "store directory")
  Path store;

  @Option(names = "--semantic", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "embed articles for semantic search with the in-process MiniLM model (default: ${DEFAULT-VALUE})")
  boolean semantic;

  @Option(names = "--reanalyse", description = "recompute the analysis of every stored article from scratch "
      + "(recovery, or after the pipeline changed); INPUT may then be omitted")
  boolean reanalyse;

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files or directories; - reads stdin")
  List<Path> inputs = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.isEmpty() && !reanalyse) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'INPUT'");
    }
    StoreSettings settings = new StoreSettings(StoreSettings.DEFAULTS.readConnections(),
        StoreSettings.DEFAULTS.busyTimeoutMillis(), semantic);
    try (Store s = Store.open(store, settings, Pipeline.withDefaults())) {
      Store.Recovery r = s.recovery();
      if (r.reanalysed() || r.indexRebuilt() || r.indexCaughtUp()) {
        err.println("triangulate: repaired store " + store + " (" + r + ")");
      }
      if (inputs.isEmpty()) {
        err.println("triangulate: re-analysing every stored article…");
        s.reanalyse();
        Store.Stats st = s.stats();
        err.println("triangulate: store has " + st.articles() + " articles, " + st.events() + " events");
        return 0;
      }
      IngestReport report = s.ingest(inputs, new StoreListener() {
        @Override
        public void onStored(StoredArticle a) {
          out.println(a.outcome().label() + "\t" + a.id() + "\t" + a.origin());
          out.flush();
        }

        @Override
        public void onProblem(IngestProblem problem) {
          err.println("triangulate: " + problem);
          err.flush();
        }

        @Override
        public void onPhase(String phase) {
          err.println("triangulate: " + phase + "…");
          err.flush();
        }
      });
      err.println("triangulate: " + report.count(StoredArticle.Outcome.ADDED) + " added, "
          + report.count(StoredArticle.Outcome.UPDATED) + " updated, "
          + report.count(StoredArticle.Outcome.UNCHANGED) + " unchanged, " + report.problems().size()
          + " problems; store has " + report.totalArticles() + " articles, " + report.totalEvents() + " events");
      return report.stored().isEmpty() ? 2 : 0;
    }
  }
}
