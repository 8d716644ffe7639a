package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.extract.ExtractionException;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.SourceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Publication-date accuracy on htmldate's evaluation set (1,000 pages) and, as a second check, on the
 * date labels of the trafilatura set. Rewrites the {@code dates} section of docs/BENCHMARKS.md.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
    description = "Publication dates: htmldate-eval accuracy/P/R/F1 (and trafilatura-eval date labels).")
final class DatesBench implements Callable<Integer> {
  static final String COMMAND = "java -jar bench/target/triangulate-bench.jar dates";

  @Mixin Bench.Common common;

  @Option(names = "--no-report", description = "print the scores only, leave docs/BENCHMARKS.md alone")
  boolean noReport;

  @Option(names = "--misses", description = "print every page whose date was wrong or missing (for tuning)")
  boolean misses;

  /** The date-level counts of the htmldate metric. */
  static final class Counts {
    int tp;
    int fp;
    int fn;
    int tn;

    /** Gold is never null in these sets; a NaN gold is "has a date" and can never be matched. */
    void add(Optional<String> gold, Optional<LocalDate> found) {
      if (found.isEmpty()) {
        if (gold.isEmpty()) {
          tn++;
        } else {
          fn++;
        }
      } else if (gold.isPresent() && gold.get().equals(found.get().toString())) {
        tp++;
      } else {
        fp++;
      }
    }

    int n() {
      return tp + fp + fn + tn;
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double accuracy() {
      return n() == 0 ? 0 : (double) (tp + tn) / n();
    }

    double f1() {
      return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    String row(String name) {
      return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", name, n(), Report.f3(precision()),
          Report.f3(recall()), Report.f3(accuracy()), Report.f3(f1()));
    }
  }

  @Override
  public Integer call() throws Exception {
    Path base = common.shared.resolve("bench/article-extraction");
    Path htmldate = base.resolve("htmldate-eval");
    Path traf = base.resolve("trafilatura-eval");
    if (!Files.isDirectory(htmldate)) {
      System.err.println("dates: no htmldate data at " + htmldate + " (use --shared DIR)");
      return 2;
    }
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    Counts all = new Counts();
    List<String> rows = new ArrayList<>();
    long start = System.nanoTime();
    for (String set : List.of("eval_default.json", "eval_mediacloud_2020.json")) {
      Counts c = new Counts();
      JsonNode eval = BenchData.json(htmldate.resolve(set));
      var it = eval.fields();
      while (it.hasNext()) {
        var e = it.next();
        String file = e.getValue().get("file").asText();
        Path page = htmldate.resolve("html/" + file + ".gz");
        if (!Files.exists(page)) {
          page = traf.resolve("html/" + file + ".gz");
        }
        JsonNode d = e.getValue().get("date");
        Optional<String> gold = d == null || d.isNull() ? Optional.empty()
            : Optional.of(d.isTextual() ? d.asText() : "NaN");
        Optional<LocalDate> found = date(extractor, page, e.getKey());
        c.add(gold, found);
        all.add(gold, found);
        if (misses && (found.isEmpty() || !gold.orElse("").equals(found.get().toString()))) {
          System.out.println(gold.orElse("-") + "\t" + found.map(LocalDate::toString).orElse("none") + "\t"
              + file + "\t" + e.getKey());
        }
      }
      rows.add(c.row("htmldate-eval " + set));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Counts trafCounts = new Counts();
    JsonNode eval = BenchData.json(traf.resolve("evaldata.json"));
    var it = eval.fields();
    while (it.hasNext()) {
      var e = it.next();
      String gold = e.getValue().path("date").asText("");
      if (gold.isEmpty()) {
        continue;
      }
      trafCounts.add(Optional.of(gold),
          date(extractor, traf.resolve("html/" + e.getValue().get("file").asText() + ".gz"), e.getKey()));
    }
    StringBuilder md = new StringBuilder();
    md.append("Command (from the repository root, after `mvn -B -q package -DskipTests`):\n\n```bash\n")
        .append(COMMAND).append("\n```\n\n")
        .append("Metric as in `../shared/bench/article-extraction/README.md`: one day is the unit; no output is "
            + "a FN, a wrong date a FP; the 5 bare `NaN` gold dates count as dated pages that can never be "
            + "matched. Pages are looked up in `htmldate-eval/html/`, else `trafilatura-eval/html/`, decoded as "
            + "strict UTF-8, else the declared charset, else windows-1252, and go through the full "
            + "`ArticleExtractor` (the date is `Article.published()`; the page URL is passed as the document URL). "
            + "Published htmldate 1.10.0: extensive P 0.908 / R 0.993 / acc 0.903 / F1 0.949; fast 0.924 / 0.927 "
            + "/ 0.861 / 0.925.\n\n")
        .append("| set | pages | P | R | accuracy | F1 |\n|---|---|---|---|---|---|\n");
    rows.forEach(md::append);
    md.append(all.row("**htmldate-eval, all**"));
    md.append(trafCounts.row("trafilatura-eval pages with a date label"));
    md.append(String.format(Locale.ROOT, "%nhtmldate-eval: %.1f pages/s (full extraction, single thread, "
        + "including gunzip and decoding).%n", all.n() / seconds));
    System.err.print(md);
    if (!noReport) {
      Report.update(common.report, "dates", md.toString());
      System.err.println("dates: wrote section 'dates' of " + common.report);
    }
    return 0;
  }

  static Optional<LocalDate> date(ArticleExtractor extractor, Path page, String url) {
    try {
      String html = BenchData.decode(BenchData.gunzip(page));
      return extractor.extract(new RawDocument("page", url, SourceFormat.HTML, true, html, Optional.of(url),
          RawDocument.Hints.NONE)).published();
    } catch (ExtractionException e) {
      return Optional.empty();
    } catch (java.io.IOException e) {
      System.err.println("dates: cannot read " + page + ": " + e.getMessage());
      return Optional.empty();
    }
  }
}
