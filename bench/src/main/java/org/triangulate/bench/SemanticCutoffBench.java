package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.Event;
import org.triangulate.index.Embedder;
import org.triangulate.index.Hit;
import org.triangulate.index.IndexDoc;
import org.triangulate.index.SearchIndex;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.Store;
import org.triangulate.store.StoreListener;
import org.triangulate.store.StoreSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code semantic-cutoff}: how well the relevance cut-off of semantic search separates queries that
 * mean something in the store from queries that mean nothing. A store of the demo corpus, the seeds and
 * dossier-dev is built with MiniLM; topic queries are dossier-dev's gold story and event titles (their
 * relevant articles: the gold story's; relevant events: those whose articles are mostly of that story),
 * the rest of the store is the haystack; nonsense queries are invented strings and off-topic questions.
 * For each cut-off it reports the share of relevant items kept, the share of irrelevant items kept, and
 * the nonsense queries that still find something.
 */
@Command(name = "semantic-cutoff", mixinStandardHelpOptions = true,
    description = "Measures semantic search's relevance cut-off; writes the 'semantic-cutoff' section of docs/BENCHMARKS.md.")
public final class SemanticCutoffBench implements Callable<Integer> {
  @Mixin Bench.Common common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Queries that mean nothing in a news store: random letters, filler text, other subjects. */
  static final List<String> NONSENSE = List.of("zyxxyq", "qwpl vbnm", "asdfgh jkl", "xkcd blorp fnord",
      "lorem ipsum dolor sit amet", "zzzz", "aaaa bbbb", "12345", "chocolate cake recipe", "football transfer window",
      "how to knit a scarf", "quantum computing qubits");
  static final double[] CUTOFFS = {0.55, 0.58, 0.60, 0.61, 0.62, 0.64, 0.65, 0.66, 0.68, 0.70};

  record Query(String text, String story) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path dev = common.shared.resolve("bench/dossier-dev");
    if (!Files.isRegularFile(dev.resolve("gold.json"))) {
      err.println("semantic-cutoff: needs " + dev + "/gold.json (the shared data)");
      return 2;
    }
    JsonNode gold = new ObjectMapper().readTree(dev.resolve("gold.json").toFile());
    Map<String, String> storyOf = new HashMap<>();
    for (JsonNode a : gold.path("articles")) {
      storyOf.put(a.path("id").asText(), a.path("story").asText());
      String file = Path.of(a.path("file").asText("")).getFileName().toString();
      storyOf.put(file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file, a.path("story").asText());
    }
    List<Query> queries = new ArrayList<>();
    gold.path("stories").forEach(s -> queries.add(new Query(s.path("title").asText(), s.path("id").asText())));
    gold.path("events").forEach(e -> queries.add(new Query(e.path("title").asText(), e.path("story").asText())));

    Path dir = Files.createTempDirectory("triangulate-cutoff-bench");
    try {
      List<Path> inputs = Stream.of(Path.of("demo/corpus"), common.shared.resolve("seeds"), dev.resolve("corpus"))
          .filter(Files::isDirectory).toList();
      Dossier d;
      try (Store store = Store.open(dir.resolve("store"), StoreSettings.DEFAULTS, Pipeline.withDefaults())) {
        store.ingest(inputs, StoreListener.NONE);
        d = store.dossier();
      }
      Map<String, String> label = new HashMap<>();
      d.articles().forEach(a -> label.put(a.id(), storyOf.getOrDefault(a.id(), "")));
      for (Event e : d.events()) {
        Map<String, Integer> votes = new HashMap<>();
        e.articles().forEach(a -> votes.merge(label.getOrDefault(a, ""), 1, Integer::sum));
        label.put("event:" + e.id(), votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(""));
      }
      err.println("semantic-cutoff: " + d.articles().size() + " articles, " + d.events().size() + " events, "
          + queries.size() + " topic queries, " + NONSENSE.size() + " nonsense queries");
      StringBuilder md = new StringBuilder();
      try (SearchIndex index = SearchIndex.open(dir.resolve("store/index"), Embedder.miniLm())) {
        md.append(intro(inputs, d, queries));
        for (IndexDoc.Kind kind : IndexDoc.Kind.values()) {
          md.append(table(index, kind, queries, label));
        }
      }
      Report.update(common.report, "semantic-cutoff", md.toString());
      spec.commandLine().getOut().println(md);
      return 0;
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static String intro(List<Path> inputs, Dossier d, List<Query> queries) {
    return "## Semantic search: relevance cut-off\n\n"
        + "`java -jar bench/target/triangulate-bench.jar semantic-cutoff` (store of " + inputs + ": " + d.articles().size()
        + " articles, " + d.events().size() + " events, MiniLM). Scores are Lucene's cosine score (1 + cos) / 2. "
        + queries.size() + " topic queries (dossier-dev's gold story and event titles) and " + NONSENSE.size()
        + " nonsense or off-topic queries (`zyxxyq`, filler text, cake recipes). *kept* is the share of the relevant "
        + "items (articles of the query's gold story; events mostly made of them) that score at or above the cut-off; "
        + "*irrelevant kept* the same for all other items; *nonsense hits* the hits of all nonsense queries together. "
        + "The cut-offs in use are `SearchIndex.MINILM_MIN_ARTICLE_SCORE` and `MINILM_MIN_EVENT_SCORE` (marked **).\n\n";
  }

  private static String table(SearchIndex index, IndexDoc.Kind kind, List<Query> queries, Map<String, String> label) {
    String prefix = kind == IndexDoc.Kind.EVENT ? "event:" : "";
    List<Double> relevant = new ArrayList<>();
    List<Double> irrelevant = new ArrayList<>();
    List<Double> bestRelevant = new ArrayList<>();
    for (Query q : queries) {
      double best = 0;
      for (Hit h : index.nearest(q.text(), Optional.of(kind), 10_000, 0)) {
        boolean on = q.story().equals(label.get(prefix + h.id()));
        (on ? relevant : irrelevant).add(h.score());
        best = on ? Math.max(best, h.score()) : best;
      }
      bestRelevant.add(best);
    }
    List<List<Hit>> nonsense = NONSENSE.stream().map(q -> index.nearest(q, Optional.of(kind), 10_000, 0)).toList();
    double worstNonsense = nonsense.stream().filter(l -> !l.isEmpty()).mapToDouble(l -> l.get(0).score()).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "**%s**: best relevant hit of a topic query: min %.3f, median %.3f; best hit of a "
        + "nonsense query: max %.3f.%n%n", kind == IndexDoc.Kind.EVENT ? "Events" : "Articles", min(bestRelevant),
        median(bestRelevant), worstNonsense));
    sb.append("| cut-off | relevant kept | topic queries with a relevant hit | irrelevant kept | nonsense hits |\n"
        + "|---|---|---|---|---|\n");
    double used = index.minScore(kind);
    for (double c : CUTOFFS) {
      long withHit = bestRelevant.stream().filter(s -> s >= c).count();
      long hits = nonsense.stream().mapToLong(l -> l.stream().filter(h -> h.score() >= c).count()).sum();
      sb.append(String.format(Locale.ROOT, "| %s%.2f%s | %s | %d / %d | %s | %d |%n", Math.abs(c - used) < 1e-9 ? "**" : "", c,
          Math.abs(c - used) < 1e-9 ? "**" : "", Report.f3(share(relevant, c)), withHit, bestRelevant.size(),
          Report.f3(share(irrelevant, c)), hits));
    }
    return sb.append('\n').toString();
  }

  private static double share(List<Double> scores, double cutoff) {
    return scores.isEmpty() ? 0 : scores.stream().filter(s -> s >= cutoff).count() / (double) scores.size();
  }

  private static double min(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  private static double median(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    return s.isEmpty() ? 0 : s.get(s.size() / 2);
  }
}
