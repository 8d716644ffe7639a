package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.triangulate.api.ApiServer;
import org.triangulate.api.ApiSettings;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.Store;
import org.triangulate.store.StoreSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code triangulate serve}: the REST API and web UI over a store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Serves a store: the web UI at /, the REST API under /api, its OpenAPI description at /openapi.json.",
      "Binds to loopback unless --host says otherwise. Stops on Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "store directory (see ingest)")
  Path store;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "TCP port, 0 for any (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
      description = "interface to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--max-body", defaultValue = "2097152", paramLabel = "BYTES",
      description = "largest accepted upload in bytes (default: ${DEFAULT-VALUE})")
  long maxBody;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(store)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no store at " + store + " (create one with 'triangulate ingest --store " + store + " INPUT...')");
    }
    ApiSettings settings;
    try {
      settings = new ApiSettings(host, port, maxBody, ApiSettings.DEFAULTS.maxLimit());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Store s = Store.open(store, StoreSettings.DEFAULTS, Pipeline.withDefaults());
    ApiServer server;
    try {
      server = ApiServer.start(s, settings);
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      s.close();
      stopped.countDown();
    }, "triangulate-shutdown"));
    err.println("triangulate: serving " + store + " at http://" + host + ":" + server.port() + "/ ("
        + s.stats().articles() + " articles, " + s.stats().events() + " events)");
    err.flush();
    stopped.await();
    return 0;
  }
}
