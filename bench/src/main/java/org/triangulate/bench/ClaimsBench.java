package org.triangulate.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.triangulate.article.Article;
import org.triangulate.claim.ClaimSettings;
import org.triangulate.claim.Corroborator;
import org.triangulate.text.TextAnalyzer;
import org.triangulate.claim.Lineage;
import org.triangulate.dedup.Provenance;
import org.triangulate.dedup.ProvenanceReport;
import org.triangulate.dossier.Claim;
import org.triangulate.entity.EntityExtractor;
import org.triangulate.time.TemporalTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench claims}: status (corroborated / single-source / contradicted), conflict, update and
 * unsupported-claim detection of {@link Corroborator} on the generated check set of
 * {@link ClaimCheckSet}, with the lineage the pipeline uses (lexical provenance stage, then the claim
 * stage's statement-overlap estimate). Writes section {@code claims} of docs/BENCHMARKS.md.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Claim status and conflict detection on a generated check set (ECB+/MEANTIME); writes section 'claims'.")
public final class ClaimsBench implements Callable<Integer> {
  @Mixin Bench.Common common;

  @Option(names = "--seed", defaultValue = "20240506", description = "generator seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--per-kind", defaultValue = "50", description = "scenarios per kind (default: ${DEFAULT-VALUE})")
  int perKind;

  @Option(names = "--errors", description = "print each misjudged scenario")
  boolean errors;

  @Option(names = "--dump", paramLabel = "N", description = "print the articles of scenario N and stop")
  int dump = -1;

  @Option(names = "--no-write", description = "print the section instead of rewriting the report")
  boolean noWrite;

  private static final String[] STATUSES = {"corroborated", "single-source", "contradicted"};

  /** What one configuration got right and wrong. */
  private static final class Score {
    final Map<String, int[]> status = new LinkedHashMap<>(); // label -> tp, fp, fn
    final Map<ClaimCheckSet.Kind, int[]> perKind = new LinkedHashMap<>(); // right, total
    int conflictTp;
    int conflictFp;
    int conflictFn;
    int updateTp;
    int updateFn;
    int unsupportedTp;
    int unsupportedFp;
    int unsupportedFn;
    int missing;
    int scenarios;
    int articles;
    long nanos;
    int otherContradicted;

    Score() {
      for (String s : STATUSES) {
        status.put(s, new int[3]);
      }
      for (ClaimCheckSet.Kind k : ClaimCheckSet.Kind.values()) {
        perKind.put(k, new int[2]);
      }
    }

    double p(int[] x) {
      return x[0] + x[1] == 0 ? 0 : (double) x[0] / (x[0] + x[1]);
    }

    double r(int[] x) {
      return x[0] + x[2] == 0 ? 0 : (double) x[0] / (x[0] + x[2]);
    }
  }

  private record Config(String name, Corroborator corroborator, ClaimSettings settings, TextAnalyzer text) {}

  @Override
  public Integer call() throws IOException {
    List<ClaimCheckSet.Doc> docs = ClaimCheckSet.load(common.shared);
    List<ClaimCheckSet.Scenario> set = ClaimCheckSet.generate(docs, seed, perKind);
    if (dump >= 0) {
      for (ClaimCheckSet.Scenario s : set) {
        if (s.n() == dump) {
          for (Article a : s.articles()) {
            System.out.println("== " + a.id() + " " + a.published().map(Object::toString).orElse("-") + " " + a.title()
                + "\n" + a.body() + "\n");
          }
        }
      }
      return 0;
    }
    Provenance provenance = Provenance.lexicalOnly();
    List<ProvenanceReport> reports = new ArrayList<>();
    for (ClaimCheckSet.Scenario s : set) {
      reports.add(provenance.analyse(s.articles()));
    }
    TextAnalyzer vectors = TextAnalyzer.withDefaults().remembering(100_000);
    TextAnalyzer lexical = TextAnalyzer.withoutEmbeddings().remembering(100_000);
    List<Config> configs = new ArrayList<>();
    ClaimSettings d = ClaimSettings.DEFAULTS;
    configs.add(new Config("defaults (MiniLM sentence vectors, link " + d.linkProbability() + ")",
        new Corroborator(d), d, vectors));
    configs.add(new Config("no sentence vectors", new Corroborator(d), d, lexical));
    for (double m : new double[] {0.1, 0.3, 0.5}) {
      ClaimSettings s = d.withLinkProbability(m);
      configs.add(new Config("link " + m, new Corroborator(s), s, vectors));
    }
    Map<Config, Score> scores = new LinkedHashMap<>();
    for (Config c : configs) {
      scores.put(c, run(c, set, reports, errors && c == configs.get(0)));
    }
    String md = report(set, docs.size(), scores);
    if (noWrite) {
      System.out.println(md);
    } else {
      Report.update(common.report, "claims", md);
      System.err.println("claims: wrote section 'claims' of " + common.report);
      System.out.println(md);
    }
    return 0;
  }

  private Score run(Config c, List<ClaimCheckSet.Scenario> set, List<ProvenanceReport> reports, boolean print) {
    Score sc = new Score();
    long t0 = System.nanoTime();
    for (int i = 0; i < set.size(); i++) {
      ClaimCheckSet.Scenario s = set.get(i);
      ProvenanceReport rep = reports.get(i);
      Lineage lineage = rep::derivedFrom;
      Corroborator.Result r = c.corroborator().corroborate(c.text().analyzeAll(s.articles()), lineage);
      if (judge(s, r, sc, print)) {
        for (Article a : s.articles()) {
          System.err.println("  lineage " + a.id() + " <- " + lineage.derivedFrom(a.id()));
        }
      }
      sc.articles += s.articles().size();
    }
    sc.nanos = System.nanoTime() - t0;
    sc.scenarios = set.size();
    return sc;
  }

  private static boolean judge(ClaimCheckSet.Scenario s, Corroborator.Result r, Score sc, boolean print) {
    Claim target = null;
    int best = 0;
    for (Claim c : r.claims()) {
      for (Claim.Span sp : c.spans()) {
        if (!sp.article().equals(s.targetArticle())) {
          continue;
        }
        int overlap = Math.min(sp.end(), s.targetEnd()) - Math.max(sp.start(), s.targetStart());
        boolean holdsChange = s.changed() >= sp.start() && s.changed() < sp.end();
        int score = holdsChange ? 1_000_000 + overlap : overlap;
        if (overlap > 0 && score > best) {
          best = score;
          target = c;
        }
      }
    }
    String predicted = target == null ? "missing" : target.status().label();
    if (target == null) {
      sc.missing++;
    }
    for (String st : STATUSES) {
      int[] x = sc.status.get(st);
      boolean g = s.expectedStatus().equals(st);
      boolean p = predicted.equals(st);
      if (g && p) {
        x[0]++;
      } else if (p) {
        x[1]++;
      } else if (g) {
        x[2]++;
      }
    }
    Set<String> family = new HashSet<>();
    for (Article a : s.articles()) {
      if (!s.other().map(a.id()::equals).orElse(false)) {
        family.add(a.id());
      }
    }
    boolean conflict = false;
    boolean update = false;
    for (Claim c : r.claims()) {
      if (s.other().isPresent() && involves(c.conflicts(), family, s.other().get())) {
        conflict = true;
      }
      if (s.other().isPresent() && c.conflicts().isEmpty() && involves(c.updates(), family, s.other().get())) {
        update = true;
      }
      if (c != target && c.status() == Claim.Status.CONTRADICTED) {
        sc.otherContradicted++;
      }
    }
    if (s.expectConflict()) {
      if (conflict) {
        sc.conflictTp++;
      } else {
        sc.conflictFn++;
      }
    } else if (conflict) {
      sc.conflictFp++;
    }
    if (s.expectUpdate()) {
      if (update) {
        sc.updateTp++;
      } else {
        sc.updateFn++;
      }
    }
    boolean flagged = target != null && target.unsupported().isPresent();
    if (s.expectUnsupported()) {
      if (flagged) {
        sc.unsupportedTp++;
      } else {
        sc.unsupportedFn++;
      }
    } else if (flagged) {
      sc.unsupportedFp++;
    }
    boolean right = predicted.equals(s.expectedStatus()) && conflict == s.expectConflict()
        && (!s.expectUpdate() || update) && flagged == s.expectUnsupported();
    int[] k = sc.perKind.get(s.kind());
    k[0] += right ? 1 : 0;
    k[1]++;
    if (print && !right) {
      System.err.printf(Locale.ROOT, "scenario %d %s: expected %s, got %s (conflict %s, update %s, flagged %s)%n  "
          + "target: %s%n", s.n(), s.kind(), s.expectedStatus(), predicted, conflict, update, flagged,
          target == null ? "-" : target.text() + " " + target.sources() + " ind=" + target.independentSources()
              + " conflicts=" + target.conflicts() + "\n  spans=" + target.spans().stream()
              .map(x -> x.article() + ": " + x.text()).toList());
    }
    if (print && !right) {
      String body = s.articles().stream().filter(a -> a.id().equals(s.targetArticle())).findFirst().orElseThrow().body();
      System.err.println("  F: " + body.substring(s.targetStart(), s.targetEnd()));
      for (Claim c : r.claims()) {
        if (!c.conflicts().isEmpty() || !c.updates().isEmpty()) {
          System.err.println("  slot claim: " + c.text() + " conflicts=" + c.conflicts() + " updates=" + c.updates());
        }
      }
    }
    return print && !right;
  }

  /** Whether competing values come from the original's family on one side and from E on the other. */
  private static boolean involves(List<Claim.Conflict> values, Set<String> family, String other) {
    boolean fromFamily = false;
    boolean fromOther = false;
    for (Claim.Conflict v : values) {
      boolean o = v.sources().contains(other);
      boolean f = v.sources().stream().anyMatch(family::contains);
      if (o && !f) {
        fromOther = true;
      }
      if (f && !o) {
        fromFamily = true;
      }
    }
    return fromFamily && fromOther;
  }

  private String report(List<ClaimCheckSet.Scenario> set, int docs, Map<Config, Score> scores) {
    StringBuilder sb = new StringBuilder();
    Score main = scores.values().iterator().next();
    sb.append("Command: `java -jar bench/target/triangulate-bench.jar claims --seed ").append(seed)
        .append(" --per-kind ").append(perKind).append("`\n\n");
    sb.append("Check set: ").append(set.size()).append(" scenarios (").append(perKind)
        .append(" per kind) generated with seed ").append(seed).append(" from ").append(docs)
        .append(" ECB+ and MEANTIME texts (`ClaimCheckSet`). Each scenario is one event around a fact sentence F "
            + "of a real article D: a verbatim copy C (half of the scenarios) and a programmatic rewrite R of D "
            + "(word substitutions, two sentences swapped, a generic sentence added; 60 %) count with D; an "
            + "independent report E is another real article of the same ECB+ subtopic / MEANTIME topic into "
            + "which F is inserted in other words (substitutions plus an attribution frame). Kinds: `SINGLE` (F only "
            + "in D's family: single-source), `CORROBORATED` (E restates F), `CONFLICT_NUMBER` / `CONFLICT_DATE` / "
            + "`CONFLICT_NAME` (E changes one number by 15-60 %, moves a day-month date by 1-3 days, or misspells a "
            + "name: contradicted), `UPDATE` (E, a day later, raises the number and says it revises an earlier "
            + "figure: corroborated, an update, no conflict), `UNSUPPORTED` (R adds a sentence from an unrelated "
            + "text: flagged unsupported, single-source). Lineage as in the pipeline: the lexical provenance stage "
            + "(`Provenance.lexicalOnly()`), then the claim stage's statement-overlap estimate. The target claim "
            + "is the one whose span covers F (or U) in D (or R).\n\n");
    sb.append("Generator fixes in this version (the check set differs from earlier runs with the same seed): page "
        + "timestamps (\"Published: July 28, 2004 at 1: 24 PM\", \"Last updated at 22: 46 GMT\") were taken as titles "
        + "or as the fact F, which is no statement (most of the \"target not found\" cases); number conflicts and "
        + "updates changed clock times (14:58, 11 a. m.), the day of a date (October 19), range starts (20 to 30), "
        + "model numbers (Curve 8900) and split decimals (5. 9); now only a number that counts something is "
        + "changed (`ClaimCheckSet.countsSomething`).\n\n");
    sb.append("Caveat: rewrites and restatements are generated by rules, so they are easier than human or LLM "
        + "paraphrases; the real cases are asserted in tests on `../shared/seeds` and `demo/corpus`.\n\n");
    sb.append("| configuration | status acc. | corroborated P / R | single-source P / R | contradicted P / R | "
        + "conflict P / R | updates found | unsupported P / R | other claims contradicted | scenarios/s |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (var e : scores.entrySet()) {
      Score s = e.getValue();
      int right = 0;
      for (String st : STATUSES) {
        right += s.status.get(st)[0];
      }
      sb.append("| ").append(e.getKey().name()).append(" | ").append(Report.f3((double) right / s.scenarios));
      for (String st : STATUSES) {
        int[] x = s.status.get(st);
        sb.append(" | ").append(Report.f3(s.p(x))).append(" / ").append(Report.f3(s.r(x)));
      }
      int[] conflict = {s.conflictTp, s.conflictFp, s.conflictFn};
      int[] unsup = {s.unsupportedTp, s.unsupportedFp, s.unsupportedFn};
      sb.append(" | ").append(Report.f3(s.p(conflict))).append(" / ").append(Report.f3(s.r(conflict)))
          .append(" | ").append(s.updateTp).append('/').append(s.updateTp + s.updateFn)
          .append(" | ").append(Report.f3(s.p(unsup))).append(" / ").append(Report.f3(s.r(unsup)))
          .append(" | ").append(String.format(Locale.ROOT, "%.2f", (double) s.otherContradicted / s.scenarios))
          .append(" per scenario | ").append(String.format(Locale.ROOT, "%.1f", s.scenarios / (s.nanos / 1e9)))
          .append(" |\n");
    }
    sb.append("\nPer kind, first configuration (all of status, conflict, update and flag right):\n\n")
        .append("| kind | right | of |\n|---|---|---|\n");
    main.perKind.forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v[0]).append(" | ").append(v[1])
        .append(" |\n"));
    sb.append("\nThresholds were chosen on tuning seed 1 (`--seed 1 --per-kind 40`, with `--errors` to list every "
        + "misjudged scenario), never on the reported seed: `derivativeShare` 0.4 (0.3 lost corroborated recall), "
        + "`abridgementShare` 0.8 and `copiedStatement` 0.8 (no effect between 0.7 and 1.0 on seed 1). Defaults keep "
        + "`matchSimilarity` 0.5 although stricter values can score higher here: the generated rewrites are close "
        + "to their source, and at 0.6 the real rewrite of the demo corpus (03) no longer matches its original's "
        + "rain sentence and is wrongly flagged unsupported (asserted in `CorroboratorDemoTest`).\n");
    sb.append("\nHow sources are counted: per claim, each source counts with the one article it derives from that "
        + "states the claim too and whose statement is closest to its own, so a rewrite that also drew on E does "
        + "not merge D and E; an article that only partially reuses another (provenance `partial`) counts with "
        + "it only for near-verbatim statements; the statement-overlap lineage links two articles only when each "
        + "restates `derivativeShare` of the other's statements (or one restates `abridgementShare` of its own), "
        + "so two real reports of one event sharing a few facts stay independent.\n");
    sb.append("\nConflict precision counts a conflict between D's family and E on any claim, not only on F: E is a "
        + "real article, so some of these are genuine disagreements between two real reports (on tuning seed 1: "
        + "35 vs 36 miles from Bandar Abbas, Wolff vs Wolfe), scored as false positives here.\n");
    List<String> missed = new ArrayList<>();
    for (String st : STATUSES) {
      int[] x = main.status.get(st);
      if (main.p(x) < 0.9) {
        missed.add(st + " precision " + Report.f3(main.p(x)));
      }
      if (main.r(x) < 0.9) {
        missed.add(st + " recall " + Report.f3(main.r(x)));
      }
    }
    int[] conflict = {main.conflictTp, main.conflictFp, main.conflictFn};
    if (main.p(conflict) < 0.9) {
      missed.add("conflict precision " + Report.f3(main.p(conflict)));
    }
    if (main.r(conflict) < 0.9) {
      missed.add("conflict recall " + Report.f3(main.r(conflict)));
    }
    sb.append("\nTargets (>= 0.9 for the precision and recall of every status and of conflict detection), defaults: ")
        .append(missed.isEmpty() ? "all met on this seed." : "missed: " + String.join(", ", missed) + ".")
        .append('\n');
    sb.append("\nTarget claim not found (F not extracted as a statement): ").append(main.missing).append(".\n");
    sb.append("\"Other claims contradicted\" counts contradicted claims besides the target; E is a real, "
        + "independent article, so some may be genuine disagreements (unlabelled).\n");
    return sb.toString();
  }
}
