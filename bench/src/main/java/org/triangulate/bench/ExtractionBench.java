package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.dankito.readability4j.Readability4J;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.extract.ExtractionException;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.SourceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Main-content extraction quality on the Zyte article-extraction benchmark (and, unless skipped, the
 * trafilatura evaluation set), ours side by side with Readability4J and boilerpipe, plus single-thread
 * throughput. Rewrites the {@code extraction} section of docs/BENCHMARKS.md.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Article body extraction: Zyte AEB token F1 and trafilatura-eval snippets, with peers and throughput.")
final class ExtractionBench implements Callable<Integer> {
  static final String COMMAND = "java -jar bench/target/triangulate-bench.jar extraction";

  @Mixin Bench.Common common;

  @Option(names = "--no-peers", description = "skip Readability4J and boilerpipe (faster while tuning; no report)")
  boolean noPeers;

  @Option(names = "--no-trafilatura", description = "skip the trafilatura-eval snippet check")
  boolean noTrafilatura;

  @Option(names = "--passes", defaultValue = "3", description = "timed passes over the Zyte pages (default: ${DEFAULT-VALUE})")
  int passes;

  @Option(names = "--details", paramLabel = "FILE", description = "write our per-page Zyte scores and text as JSON lines")
  Path details;

  /** One extractor under test: HTML and its URL in, article text out (empty when it found none). */
  interface Extractor {
    String text(String html, String url) throws Exception;
  }

  record Named(String name, Extractor extractor) {}

  record Page(String id, String url, String html, String truth) {}

  static Named ours() {
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    return new Named("Triangulate (ours)", (html, url) -> {
      try {
        return extractor.extract(new RawDocument("page", url, SourceFormat.HTML, true, html, Optional.of(url),
            RawDocument.Hints.NONE)).body();
      } catch (ExtractionException e) {
        return "";
      }
    });
  }

  static Named readability4j() {
    return new Named("Readability4J 1.0.8 (getTextContent)", (html, url) -> {
      String t = new Readability4J(url, html).parse().getTextContent();
      return t == null ? "" : t;
    });
  }

  static Named boilerpipe() {
    return new Named("boilerpipe 1.2.2 ArticleExtractor", (html, url) -> {
      try {
        String t = de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(html);
        return t == null ? "" : t;
      } catch (BoilerpipeProcessingException e) {
        return "";
      }
    });
  }

  @Override
  public Integer call() throws Exception {
    Path zyte = common.shared.resolve("bench/article-extraction/zyte-aeb");
    if (!Files.isDirectory(zyte)) {
      System.err.println("extraction: no Zyte data at " + zyte + " (use --shared DIR)");
      return 2;
    }
    List<Page> pages = zytePages(zyte);
    List<Named> systems = new ArrayList<>(List.of(ours()));
    if (!noPeers) {
      systems.add(readability4j());
      systems.add(boilerpipe());
    }
    StringBuilder md = new StringBuilder();
    md.append("Command (from the repository root, after `mvn -B -q package -DskipTests`):\n\n```bash\n")
        .append(COMMAND).append("\n```\n\n");
    md.append("### Zyte article-extraction-benchmark (").append(pages.size()).append(" pages)\n\n")
        .append("Token 4-gram shingle metric exactly as in `../shared/bench/article-extraction/README.md` "
            + "(Python `\\w+` tokens, per-page normalisation, macro P/R, F1 of the macros, empty outputs "
            + "excluded from precision). ± is the F1 standard deviation over 1,000 bootstrap resamples "
            + "(seed 1). Throughput: single thread, HTML string in, text out; each system gets a warm-up pass, "
            + "then ").append(passes).append(" rounds in which every system runs once over all pages "
            + "(interleaved, so load from other processes hits all alike); the median round counts.\n\n");
    md.append("| system | F1 | P | R | accuracy | empty | pages/s |\n|---|---|---|---|---|---|---|\n");
    Map<String, Double> speed = throughput(systems, pages);
    for (Named s : systems) {
      List<String> outputs = new ArrayList<>();
      List<ShingleScore.Doc> docs = new ArrayList<>();
      int failures = 0;
      for (Page p : pages) {
        String out;
        try {
          out = s.extractor().text(p.html(), p.url());
        } catch (Exception | StackOverflowError e) {
          failures++;
          out = "";
        }
        outputs.add(out);
        docs.add(ShingleScore.score(p.truth(), out, ShingleScore.ZYTE_N));
      }
      ShingleScore.Summary sum = ShingleScore.summarize(docs);
      double pps = speed.get(s.name());
      md.append(String.format(Locale.ROOT, "| %s | %s ± %s | %s | %s | %s | %d | %.1f |%n", s.name(),
          Report.f3(sum.f1()), Report.f3(ShingleScore.bootstrapF1Std(docs, 1000, 1)), Report.f3(sum.precision()),
          Report.f3(sum.recall()), Report.f3(sum.accuracy()), sum.emptyPredictions(), pps));
      System.err.printf(Locale.ROOT, "%s: F1 %.3f P %.3f R %.3f acc %.3f empty %d failures %d, %.1f pages/s%n",
          s.name(), sum.f1(), sum.precision(), sum.recall(), sum.accuracy(), sum.emptyPredictions(), failures, pps);
      if (details != null && s.name().startsWith("Triangulate")) {
        writeDetails(pages, outputs, docs);
      }
    }
    if (!noPeers) {
      double ratio = speed.get(ours().name()) / speed.get(readability4j().name());
      md.append(String.format(Locale.ROOT, "%nThroughput ratio ours / Readability4J: **%.1fx**.%n", ratio));
      System.err.printf(Locale.ROOT, "throughput ratio ours/Readability4J: %.2f%n", ratio);
    }
    md.append("\nScorer check (published prediction files in `zyte-aeb/predictions/`, scored by the same code; "
        + "the published table says trafilatura 0.958 / 0.938 / 0.978 / 0.293, readability_js 0.947 / 0.914 / "
        + "0.982 / 0.166, html-text 0.665 / 0.500 / 0.994 / 0.000):\n\n");
    md.append("| prediction file | F1 | P | R | accuracy |\n|---|---|---|---|---|\n");
    for (String name : List.of("trafilatura", "readability_js", "AutoExtract", "html-text")) {
      Path file = zyte.resolve("predictions/" + name + ".json.gz");
      if (Files.exists(file)) {
        Map<String, String> pred = BenchData.predictions(file);
        List<ShingleScore.Doc> docs = new ArrayList<>();
        for (Page p : pages) {
          docs.add(ShingleScore.score(p.truth(), pred.getOrDefault(p.id(), ""), ShingleScore.ZYTE_N));
        }
        ShingleScore.Summary sum = ShingleScore.summarize(docs);
        md.append("| ").append(name).append(" | ").append(Report.f3(sum.f1())).append(" | ")
            .append(Report.f3(sum.precision())).append(" | ").append(Report.f3(sum.recall())).append(" | ")
            .append(Report.f3(sum.accuracy())).append(" |\n");
      }
    }
    if (!noTrafilatura) {
      Path traf = common.shared.resolve("bench/article-extraction/trafilatura-eval");
      md.append("\n### trafilatura evaluation set (snippets)\n\n")
          .append("Micro-averaged over the \"with\"/\"without\" snippets of `evaldata.json` (whitespace "
              + "collapsed; a crash finds nothing). Bytes decoded as strict UTF-8, else the declared "
              + "charset, else windows-1252. Published: trafilatura 2.2.0 standard P 0.906 / R 0.943 / "
              + "acc 0.923 / F1 0.924; readability-lxml 0.898 / 0.764 / 0.839 / 0.826.\n\n")
          .append("| system | P | R | accuracy | F1 |\n|---|---|---|---|---|\n");
      JsonNode eval = BenchData.json(traf.resolve("evaldata.json"));
      for (Named s : systems) {
        SnippetScore score = new SnippetScore();
        var it = eval.fields();
        while (it.hasNext()) {
          var e = it.next();
          JsonNode item = e.getValue();
          Path file = traf.resolve("html/" + item.get("file").asText() + ".gz");
          String out;
          try {
            out = s.extractor().text(BenchData.decode(BenchData.gunzip(file)), e.getKey());
          } catch (Exception | StackOverflowError ex) {
            out = null;
          }
          score.add(out, strings(item.get("with")), strings(item.get("without")));
        }
        md.append("| ").append(s.name()).append(" | ").append(Report.f3(score.precision())).append(" | ")
            .append(Report.f3(score.recall())).append(" | ").append(Report.f3(score.accuracy())).append(" | ")
            .append(Report.f3(score.f1())).append(" |\n");
        System.err.printf(Locale.ROOT, "trafilatura-eval %s: P %.3f R %.3f acc %.3f F1 %.3f%n", s.name(),
            score.precision(), score.recall(), score.accuracy(), score.f1());
      }
    }
    if (!noPeers) {
      Report.update(common.report, "extraction", md.toString());
      System.err.println("extraction: wrote section 'extraction' of " + common.report);
    } else {
      System.err.println("extraction: --no-peers run, report not rewritten");
    }
    return 0;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  static List<Page> zytePages(Path zyte) throws IOException {
    JsonNode truth = BenchData.json(zyte.resolve("ground-truth.json"));
    List<Page> pages = new ArrayList<>();
    var it = truth.fields();
    while (it.hasNext()) {
      var e = it.next();
      Path html = zyte.resolve("html/" + e.getKey() + ".html.gz");
      pages.add(new Page(e.getKey(), e.getValue().path("url").asText(),
          new String(BenchData.gunzip(html), StandardCharsets.UTF_8), e.getValue().path("articleBody").asText("")));
    }
    return pages;
  }

  /**
   * Pages per second of each system: one untimed warm-up pass each, then {@code passes} rounds in which
   * every system runs once over all pages, interleaved so that load from other processes on the
   * machine hits all systems alike; the median round counts.
   */
  private Map<String, Double> throughput(List<Named> systems, List<Page> pages) {
    Map<String, double[]> rates = new LinkedHashMap<>();
    for (Named s : systems) {
      timedPass(s, pages);
      rates.put(s.name(), new double[Math.max(1, passes)]);
    }
    for (int k = 0; k < Math.max(1, passes); k++) {
      for (Named s : systems) {
        rates.get(s.name())[k] = timedPass(s, pages);
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    rates.forEach((name, r) -> {
      Arrays.sort(r);
      out.put(name, r[r.length / 2]);
    });
    return out;
  }

  private static double timedPass(Named s, List<Page> pages) {
    long start = System.nanoTime();
    for (Page p : pages) {
      try {
        s.extractor().text(p.html(), p.url());
      } catch (Exception | StackOverflowError e) {
        // counted in the quality pass
      }
    }
    return pages.size() / ((System.nanoTime() - start) / 1e9);
  }

  private void writeDetails(List<Page> pages, List<String> outputs, List<ShingleScore.Doc> docs) throws IOException {
    StringWriter sw = new StringWriter();
    try (PrintWriter w = new PrintWriter(sw)) {
      for (int i = 0; i < pages.size(); i++) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", pages.get(i).id());
        row.put("url", pages.get(i).url());
        row.put("precision", docs.get(i).precision());
        row.put("recall", docs.get(i).recall());
        row.put("prediction", outputs.get(i));
        row.put("truth", pages.get(i).truth());
        w.println(BenchData.JSON.writeValueAsString(row));
      }
    }
    Files.writeString(details, sw.toString(), StandardCharsets.UTF_8);
  }
}
