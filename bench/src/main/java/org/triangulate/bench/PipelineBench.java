package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.triangulate.article.Article;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.text.TextAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * End-to-end throughput of the whole pipeline ({@code analyze}) with default settings, embeddings on
 * and off: on the 982 ECB+ documents and on generated corpora of 1,000 and 10,000 articles. Each run is
 * a fresh child JVM (so peak RSS and JIT warm-up are the process's own) that reads the corpus as JSON
 * lines, cleans and analyses it, and reports wall time, CPU time, peak RSS and CPU time per stage (the
 * process's CPU between the pipeline's stage callbacks). {@code --before JAR} adds rows for another
 * build's {@code triangulate.jar analyze --format json} on the same files, timed by {@code /usr/bin/time}.
 * Rewrites the {@code pipeline} section of docs/BENCHMARKS.md.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "End-to-end analyze throughput: articles/s, CPU ms per article by stage, peak RSS; embeddings on and off.")
final class PipelineBench implements Callable<Integer> {
  static final String COMMAND = "java -jar bench/target/triangulate-bench.jar pipeline";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin Bench.Common common;

  @Option(names = "--sizes", split = ",", defaultValue = "1000,10000",
      description = "generated corpus sizes (default: ${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Option(names = "--before", paramLabel = "JAR", description = "another build's app/target/triangulate.jar to time on the same inputs")
  Path before;

  @Option(names = "--xmx", defaultValue = "2g", description = "heap of each child JVM (default: ${DEFAULT-VALUE})")
  String xmx;

  @Option(names = "--no-write", description = "print the section instead of rewriting docs/BENCHMARKS.md")
  boolean noWrite;

  @Option(names = "--skip-embeddings", description = "only the runs without embeddings (quick check)")
  boolean skipEmbeddings;

  /** One measured run. */
  record Run(String corpus, String config, int articles, double wall, double cpu, long rssKb,
      Map<String, Double> stageCpu) {}

  @Override
  public Integer call() throws Exception {
    Path work = Files.createTempDirectory("pipeline-bench");
    Map<String, Path> corpora = new LinkedHashMap<>();
    corpora.put("ECB+ (982 documents)", ecb(work));
    for (int n : sizes) {
      corpora.put(String.format(Locale.ROOT, "generated %,d", n), generated(work, n));
    }
    List<Run> runs = new ArrayList<>();
    for (Map.Entry<String, Path> c : corpora.entrySet()) {
      for (boolean embeddings : skipEmbeddings ? new boolean[] {false} : new boolean[] {true, false}) {
        runs.add(child(c.getKey(), c.getValue(), embeddings));
        System.err.println("pipeline: " + runs.get(runs.size() - 1));
      }
      if (before != null) {
        runs.add(beforeRun(c.getKey(), c.getValue()));
        System.err.println("pipeline: " + runs.get(runs.size() - 1));
      }
    }
    String md = report(runs);
    if (noWrite) {
      System.out.println(md);
    } else {
      Report.update(common.report, "pipeline", md);
      System.err.println("pipeline: wrote section 'pipeline' of " + common.report);
      System.out.println(md);
    }
    return 0;
  }

  private Path ecb(Path work) throws IOException {
    Path src = common.shared.resolve("bench/news-clustering/ecbplus/ecbplus_documents.jsonl");
    if (!Files.isRegularFile(src)) {
      throw new IOException(src + ": missing (expected the ECB+ folder of ../shared/bench/news-clustering)");
    }
    Path out = work.resolve("ecbplus.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(src, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        ObjectNode o = JSON.createObjectNode();
        o.put("id", n.path("doc_id").asText());
        o.put("text", n.path("text").asText());
        w.write(JSON.writeValueAsString(o));
        w.newLine();
      }
    }
    return out;
  }

  private static Path generated(Path work, int n) throws IOException {
    Path out = work.resolve("generated-" + n + ".jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Article a : new SyntheticNews(42).stream(n)) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        a.published().ifPresent(d -> o.put("published", d.toString()));
        o.put("text", a.body());
        w.write(JSON.writeValueAsString(o));
        w.newLine();
      }
    }
    return out;
  }

  private Run child(String corpus, Path file, boolean embeddings) throws IOException, InterruptedException {
    String jar = Path.of(PipelineBench.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx,
        "-cp", jar, Child.class.getName(), file.toString(), Boolean.toString(embeddings));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(3, TimeUnit.HOURS) || p.exitValue() != 0) {
      throw new IOException("child run failed on " + file + ": " + out);
    }
    JsonNode n = JSON.readTree(out.substring(out.lastIndexOf('\n') + 1));
    Map<String, Double> stages = new LinkedHashMap<>();
    n.path("stages").fields().forEachRemaining(f -> stages.put(f.getKey(), f.getValue().asDouble()));
    return new Run(corpus, embeddings ? "this build, embeddings on" : "this build, embeddings off",
        n.path("articles").asInt(), n.path("wall").asDouble(), n.path("cpu").asDouble(), n.path("rssKb").asLong(),
        stages);
  }

  private Run beforeRun(String corpus, Path file) throws IOException, InterruptedException {
    Path log = Files.createTempFile("time", ".txt");
    List<String> cmd = List.of("/usr/bin/time", "-v", "-o", log.toString(),
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx, "-jar", before.toString(),
        "analyze", "--format", "json", file.toString());
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(3, TimeUnit.HOURS)) {
      p.destroyForcibly();
      throw new IOException("the --before build did not finish on " + file);
    }
    double wall = 0;
    double cpu = 0;
    long rss = 0;
    for (String l : Files.readAllLines(log)) {
      String t = l.strip();
      if (t.startsWith("User time") || t.startsWith("System time")) {
        cpu += Double.parseDouble(t.substring(t.lastIndexOf(' ') + 1));
      } else if (t.startsWith("Elapsed (wall clock)")) {
        String[] parts = t.substring(t.lastIndexOf(' ') + 1).split(":");
        for (String part : parts) {
          wall = wall * 60 + Double.parseDouble(part);
        }
      } else if (t.startsWith("Maximum resident set size")) {
        rss = Long.parseLong(t.substring(t.lastIndexOf(' ') + 1));
      }
    }
    Files.deleteIfExists(log);
    long lines;
    try (var s = Files.lines(file)) {
      lines = s.filter(x -> !x.isBlank()).count();
    }
    return new Run(corpus, "before (" + before.getFileName() + " analyze)", (int) lines, wall, cpu, rss, Map.of());
  }

  private static String report(List<Run> runs) {
    StringBuilder md = new StringBuilder();
    md.append("Command: `").append(COMMAND).append("` (add `--before OLD.jar` for the comparison rows). Each row is a ")
        .append("fresh JVM (`-Xmx` as given, default 2g) over the corpus as JSON lines: read, clean, text layer, ")
        .append("provenance, events, dossier, claims. Machine: ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores; load average at the end ").append(String.format(Locale.ROOT, "%.1f",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
        .append(" (other work on the machine slows the wall times).\n\n");
    md.append("| corpus | run | articles | wall s | articles/s | CPU s | CPU ms/article | peak RSS MB |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Run r : runs) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", r.corpus(), r.config(),
          r.articles(), r.wall(), r.articles() / r.wall(), r.cpu(), r.cpu() * 1000 / r.articles(), r.rssKb() / 1024));
    }
    md.append("\nCPU ms per article by stage (the process's CPU time between stage callbacks; `read+clean` includes ")
        .append("JVM start-up and model loading):\n\n");
    List<String> stages = new ArrayList<>();
    for (Run r : runs) {
      r.stageCpu().keySet().forEach(k -> {
        if (!stages.contains(k)) {
          stages.add(k);
        }
      });
    }
    md.append("| corpus | run |");
    stages.forEach(s -> md.append(' ').append(s).append(" |"));
    md.append("\n|---|---|");
    stages.forEach(s -> md.append("---:|"));
    md.append('\n');
    for (Run r : runs) {
      if (r.stageCpu().isEmpty()) {
        continue;
      }
      md.append("| ").append(r.corpus()).append(" | ").append(r.config()).append(" |");
      for (String s : stages) {
        md.append(String.format(Locale.ROOT, " %.1f |", r.stageCpu().getOrDefault(s, 0.0) * 1000 / r.articles()));
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** The measured run, in its own JVM: prints one JSON line. */
  public static final class Child {
    private Child() {}

    public static void main(String[] args) throws Exception {
      Path file = Path.of(args[0]);
      boolean embeddings = Boolean.parseBoolean(args[1]);
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long wall0 = ManagementFactory.getRuntimeMXBean().getStartTime();
      Pipeline pipeline = Pipeline.withDefaults();
      if (!embeddings) {
        pipeline = pipeline.withTextAnalyzer(TextAnalyzer.withoutEmbeddings());
      }
      Map<String, Double> stages = new LinkedHashMap<>();
      String[] current = {"read+clean"};
      long[] mark = {0};
      PipelineListener listener = new PipelineListener() {
        @Override
        public void onStage(String stage, int items) {
          long now = os.getProcessCpuTime();
          stages.merge(current[0], (now - mark[0]) / 1e9, Double::sum);
          current[0] = stage;
          mark[0] = now;
        }
      };
      Pipeline.Result r = pipeline.run(List.of(file), listener);
      long end = os.getProcessCpuTime();
      stages.merge(current[0], (end - mark[0]) / 1e9, Double::sum);
      ObjectNode o = JSON.createObjectNode();
      o.put("articles", r.articles().size());
      o.put("wall", (System.currentTimeMillis() - wall0) / 1000.0);
      o.put("cpu", end / 1e9);
      o.put("rssKb", peakRssKb());
      ObjectNode st = o.putObject("stages");
      stages.forEach(st::put);
      System.out.println();
      System.out.println(JSON.writeValueAsString(o));
      System.exit(0);
    }

    private static long peakRssKb() throws IOException {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("\\D+", ""));
        }
      }
      return 0;
    }
  }
}
