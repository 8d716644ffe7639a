package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.triangulate.article.Article;
import org.triangulate.claim.ClaimSettings;
import org.triangulate.claim.Corroborator;
import org.triangulate.claim.Lineage;
import org.triangulate.claim.SameFact;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.DossierJson;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.text.Sentence;
import org.triangulate.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The realistic development set ({@code shared/bench/dossier-dev}), scored by its own {@code score.py}:
 * the whole pipeline end to end, and the claim stage alone on the gold events and gold lineage (what
 * claims would score if cleaning, provenance and events were perfect). With {@code --train} it also
 * fits the claim stage's same-fact model ({@link SameFact}) to pairs of sentences that state one gold
 * fact, prints the weights, and checks that they generalise: each story's claims are computed with
 * weights fitted on the other three stories only, and scored together. Rewrites the
 * {@code dossier-dev} section of docs/BENCHMARKS.md.
 */
@Command(name = "dossier-dev", mixinStandardHelpOptions = true,
    description = "The realistic dev set scored by its score.py: end to end, the claim stage alone, and (--train) the same-fact model fitted and cross-validated by story.")
final class DossierDevBench implements Callable<Integer> {
  static final String COMMAND = "java -jar bench/target/triangulate-bench.jar dossier-dev";

  @Mixin Bench.Common common;

  @Option(names = "--train", description = "fit the same-fact model on the gold facts and cross-validate it by story")
  boolean train;

  @Option(names = "--python", defaultValue = "python3", description = "the Python 3 that runs score.py (default: ${DEFAULT-VALUE})")
  String python;

  @Option(names = "--no-write", description = "print the section instead of rewriting docs/BENCHMARKS.md")
  boolean noWrite;

  private static final ObjectMapper JSON = DossierJson.mapper();
  private static final List<String> CLAIM_MEASURES = List.of("corro.recall", "conflicts", "conflicts.precision",
      "conflicts.claimed", "updates", "unsupported.recall", "unsupported.precision", "unsupported.flagged",
      "claims.per_fact", "claims.count", "junk.claims");

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path dir = common.shared.resolve("bench/dossier-dev");
    Path corpus = dir.resolve("corpus");
    Path gold = dir.resolve("gold.json");
    if (!Files.isDirectory(corpus) || !Files.isRegularFile(gold)) {
      throw new IOException(dir + ": missing corpus/ or gold.json (expected ../shared/bench/dossier-dev)");
    }
    JsonNode g = JSON.readTree(gold.toFile());
    Pipeline pipeline = Pipeline.withDefaults();
    long t0 = System.nanoTime();
    Pipeline.Result result = pipeline.run(List.of(corpus), PipelineListener.NONE);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Double> endToEnd = score(dir, DossierJson.toJson(result.dossier()));

    List<AnalyzedArticle> analyzed = pipeline.textAnalyzer().analyzeAll(result.articles());
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    analyzed.forEach(a -> byId.put(a.id(), a));
    Lineage lineage = goldLineage(g);
    Map<String, Double> alone = score(dir, claimsAlone(g, byId, lineage, story -> Corroborator.withDefaults()));

    StringBuilder md = new StringBuilder();
    md.append("Command: `").append(COMMAND).append(train ? " --train" : "").append("` (scored by `")
        .append("shared/bench/dossier-dev/score.py`; ").append(result.articles().size())
        .append(" pages, 4 stories, 14 events, 208 gold facts; end to end ")
        .append(String.format(Locale.ROOT, "%.1f", seconds)).append(" s wall on this machine).\n\n");
    md.append("| measure | end to end | claim stage alone (gold events and lineage) |\n|---|---:|---:|\n");
    for (Map.Entry<String, Double> e : endToEnd.entrySet()) {
      md.append("| ").append(e.getKey()).append(" | ").append(fmt(e.getValue())).append(" | ")
          .append(CLAIM_MEASURES.contains(e.getKey()) && alone.containsKey(e.getKey()) ? fmt(alone.get(e.getKey())) : "")
          .append(" |\n");
    }
    md.append("\nThe claim stage alone is fed the gold event of every page and the gold `derived_from` links, ")
        .append("so its column measures claims and corroboration apart from cleaning, provenance and event errors.\n");
    if (train) {
      md.append(train(dir, g, byId, lineage));
    }
    if (noWrite) {
      System.out.println(md);
    } else {
      Report.update(common.report, "dossier-dev", md.toString());
      System.err.println("dossier-dev: wrote section 'dossier-dev' of " + common.report);
      System.out.println(md);
    }
    return 0;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) >= 2 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
  }

  /** The gold {@code derived_from} links as a lineage. */
  private static Lineage goldLineage(JsonNode g) {
    Map<String, List<Derivation>> out = new HashMap<>();
    for (JsonNode a : g.get("articles")) {
      List<Derivation> ds = new ArrayList<>();
      for (JsonNode d : a.get("derived_from")) {
        ds.add(new Derivation(d.get("id").asText(), Derivation.Relation.fromLabel(d.get("relation").asText()), 1.0));
      }
      out.put(a.get("id").asText(), ds);
    }
    return Lineage.of(out);
  }

  /** A dossier of the gold events, each event's claims computed by the corroborator its story gets. */
  private static String claimsAlone(JsonNode g, Map<String, AnalyzedArticle> byId, Lineage lineage,
      java.util.function.Function<String, Corroborator> corroboratorOfStory) throws IOException {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode arts = out.putArray("articles");
    for (JsonNode a : g.get("articles")) {
      ObjectNode x = arts.addObject();
      x.put("id", a.get("id").asText());
      x.set("derived_from", a.get("derived_from"));
      Optional.ofNullable(byId.get(a.get("id").asText())).ifPresent(an -> x.put("body", an.article().body()));
    }
    ArrayNode evs = out.putArray("events");
    for (JsonNode e : g.get("events")) {
      List<AnalyzedArticle> members = new ArrayList<>();
      for (JsonNode a : g.get("articles")) {
        AnalyzedArticle an = byId.get(a.get("id").asText());
        if (a.get("event").asText().equals(e.get("id").asText()) && an != null) {
          members.add(an);
        }
      }
      Corroborator.Result r = corroboratorOfStory.apply(e.get("story").asText()).corroborate(members, lineage,
          Optional.of(LocalDate.parse(e.get("date").asText())));
      ObjectNode ev = evs.addObject();
      ev.put("id", e.get("id").asText());
      ArrayNode ids = ev.putArray("articles");
      members.forEach(m -> ids.add(m.id()));
      ev.set("claims", JSON.valueToTree(r.claims()));
    }
    return JSON.writeValueAsString(out);
  }

  /** Runs score.py on {@code dossierJson}; the measures in its order. */
  private Map<String, Double> score(Path dir, String dossierJson) throws IOException, InterruptedException {
    Path tmp = Files.createTempFile("dossier-dev", ".json");
    try {
      Files.writeString(tmp, dossierJson, StandardCharsets.UTF_8);
      Process p = new ProcessBuilder(python, dir.resolve("score.py").toString(), tmp.toString(),
          dir.resolve("gold.json").toString(), "--json").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("score.py failed (" + python + "): " + out);
      }
      Map<String, Double> m = new LinkedHashMap<>();
      JSON.readTree(out).fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().asDouble()));
      return m;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A labelled pair of sentences of two original articles of one event. */
  private record Pair(String story, double[] features, boolean same) {}

  private String train(Path dir, JsonNode g, Map<String, AnalyzedArticle> byId, Lineage lineage)
      throws IOException, InterruptedException {
    List<Pair> pairs = pairs(g, byId);
    List<String> stories = new ArrayList<>();
    g.get("stories").forEach(s -> stories.add(s.get("id").asText()));
    ClaimSettings.Weights all = fit(pairs, null, true);
    ClaimSettings.Weights lexical = fit(pairs, null, false);
    Map<String, Corroborator> folds = new HashMap<>();
    StringBuilder md = new StringBuilder("\n### The same-fact model\n\n");
    md.append("Training pairs: for every corroborated gold fact, the sentence of each of its independent sources that ")
        .append("shares most of the fact's key words (at least a third) states it; two such sentences of different ")
        .append("articles are a positive pair, every other pair of sentences of two original articles of the event a ")
        .append("negative one (").append(pairs.stream().filter(Pair::same).count()).append(" positive, ")
        .append(pairs.stream().filter(p -> !p.same()).count()).append(" negative; the negatives hold some unlabelled ")
        .append("true pairs, the gold facts are not exhaustive). L2-regularised logistic regression (`SameFact.fit`).\n\n")
        .append("| fitted on | bias | cosine | Dice | numbers | quoted |\n|---|---:|---:|---:|---:|---:|\n")
        .append(row("all stories, with vectors", all)).append(row("all stories, no vectors", lexical))
        .append(row("defaults in ClaimSettings (with vectors)", ClaimSettings.DEFAULTS.withVectors()))
        .append(row("defaults in ClaimSettings (no vectors)", ClaimSettings.DEFAULTS.withoutVectors()));
    for (String s : stories) {
      ClaimSettings.Weights w = fit(pairs, s, true);
      ClaimSettings.Weights wl = fit(pairs, s, false);
      md.append(row("all but " + s, w));
      ClaimSettings d = ClaimSettings.DEFAULTS;
      folds.put(s, new Corroborator(new ClaimSettings(w, wl, d.linkProbability(), d.minPairProbability(),
          d.maxPostings(), d.minContentWords(), d.hedgedTolerance(), d.valueContext(), d.copiedStatement(),
          d.supportProbability(), d.summarySentences(), d.backgroundDays())));
    }
    Map<String, Double> cv = score(dir, claimsAlone(g, byId, lineage, folds::get));
    Map<String, Double> defaults = score(dir, claimsAlone(g, byId, lineage, s -> Corroborator.withDefaults()));
    md.append("\nClaim stage alone, each story's events computed with weights fitted without that story, against ")
        .append("the defaults:\n\n| measure | defaults | leave one story out |\n|---|---:|---:|\n");
    for (String k : CLAIM_MEASURES) {
      md.append("| ").append(k).append(" | ").append(fmt(defaults.getOrDefault(k, Double.NaN))).append(" | ")
          .append(fmt(cv.getOrDefault(k, Double.NaN))).append(" |\n");
    }
    return md.toString();
  }

  private static String row(String name, ClaimSettings.Weights w) {
    return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name, w.bias(), w.cosine(), w.dice(),
        w.numbers(), w.quoted());
  }

  private static ClaimSettings.Weights fit(List<Pair> pairs, String without, boolean vectors) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (Pair p : pairs) {
      if (!p.story().equals(without)) {
        x.add(p.features());
        y.add(p.same());
      }
    }
    return SameFact.fit(x, y, vectors, 1.0);
  }

  private static List<Pair> pairs(JsonNode g, Map<String, AnalyzedArticle> byId) {
    List<Pair> out = new ArrayList<>();
    for (JsonNode e : g.get("events")) {
      String story = e.get("story").asText();
      Set<String> positive = new HashSet<>();
      for (JsonNode f : e.get("facts")) {
        if (!f.get("status").asText().equals("corroborated")) {
          continue;
        }
        Set<String> key = content(f.get("fact").asText());
        Map<String, Integer> located = new LinkedHashMap<>();
        for (JsonNode s : f.get("independent_sources")) {
          AnalyzedArticle a = byId.get(s.asText());
          if (a == null) {
            continue;
          }
          int best = -1;
          double bestShare = 0;
          for (Sentence x : a.sentences()) {
            Set<String> c = content(x.text());
            c.retainAll(key);
            double share = (double) c.size() / Math.max(1, key.size());
            if (share > bestShare) {
              bestShare = share;
              best = x.index();
            }
          }
          if (bestShare >= 1.0 / 3) {
            located.put(s.asText(), best);
          }
        }
        List<String> ids = new ArrayList<>(located.keySet());
        for (int i = 0; i < ids.size(); i++) {
          for (int j = i + 1; j < ids.size(); j++) {
            String a = ids.get(i);
            String b = ids.get(j);
            out.add(new Pair(story, SameFact.features(byId.get(a), located.get(a), byId.get(b), located.get(b)), true));
            positive.add(a + "#" + located.get(a) + "|" + b + "#" + located.get(b));
            positive.add(b + "#" + located.get(b) + "|" + a + "#" + located.get(a));
          }
        }
      }
      List<AnalyzedArticle> originals = new ArrayList<>();
      for (JsonNode a : g.get("articles")) {
        if (a.get("event").asText().equals(e.get("id").asText()) && a.get("derived_from").isEmpty()
            && byId.containsKey(a.get("id").asText())) {
          originals.add(byId.get(a.get("id").asText()));
        }
      }
      for (int i = 0; i < originals.size(); i++) {
        for (int j = i + 1; j < originals.size(); j++) {
          AnalyzedArticle a = originals.get(i);
          AnalyzedArticle b = originals.get(j);
          for (Sentence x : a.sentences()) {
            for (Sentence y : b.sentences()) {
              if (!positive.contains(a.id() + "#" + x.index() + "|" + b.id() + "#" + y.index())) {
                out.add(new Pair(story, SameFact.features(a, x.index(), b, y.index()), false));
              }
            }
          }
        }
      }
    }
    return out;
  }

  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for",
      "was", "were", "is", "be", "by", "with", "from", "that", "this", "its", "their", "as", "had", "has", "have", "it");
  private static final Map<String, String> NUMBER_WORDS = numberWords();

  private static Map<String, String> numberWords() {
    String[] w = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        + "sixteen seventeen eighteen nineteen twenty").split(" ");
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < w.length; i++) {
      m.put(w[i], Integer.toString(i));
    }
    return m;
  }

  /** The key words of a text as score.py takes them (number words as digits, short words and stop words out). */
  private static Set<String> content(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
      String v = NUMBER_WORDS.getOrDefault(w, w);
      if (!v.isEmpty() && !STOP.contains(v) && (v.length() > 2 || v.chars().allMatch(Character::isDigit))) {
        out.add(v);
      }
    }
    return out;
  }
}
