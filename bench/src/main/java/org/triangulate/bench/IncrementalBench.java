package org.triangulate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.triangulate.article.Article;
import org.triangulate.cluster.EventClusterer;
import org.triangulate.dedup.Provenance;
import org.triangulate.entity.EntityExtractor;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.SourceFormat;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.Store;
import org.triangulate.store.StoreListener;
import org.triangulate.store.StoreSettings;
import org.triangulate.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The cost of ingesting one article into a store that already holds N articles (the store's real path:
 * clean, store, incremental analysis, delta write, index), against a full re-analysis of the store,
 * which is what every ingest cost before the analysis became incremental.
 */
@Command(name = "incremental", mixinStandardHelpOptions = true,
    description = "Store ingest latency at N stored articles vs full re-analysis; writes section 'incremental'.")
final class IncrementalBench implements Callable<Integer> {
  @Mixin Bench.Common common;

  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
      description = "stored articles at which to measure, ascending (default: ${DEFAULT-VALUE})")
  int[] sizes;

  @Option(names = "--ingests", defaultValue = "100", description = "single-article ingests measured per size (default: ${DEFAULT-VALUE})")
  int ingests;

  @Option(names = "--full-up-to", defaultValue = "2147483647",
      description = "time the full re-analysis only at sizes up to this (it takes minutes per 10k articles)")
  int fullUpTo;

  @Option(names = "--dir", paramLabel = "DIR", description = "where to create the store (default: a new temporary directory)")
  Path dir;

  @Override
  public Integer call() throws Exception {
    int[] marks = sizes.clone();
    Arrays.sort(marks);
    int total = marks[marks.length - 1] + ingests * marks.length;
    List<RawDocument> docs = new SyntheticNews(42).stream(total).stream().map(IncrementalBench::document).toList();
    Pipeline pipeline = new Pipeline(Ingestor.withDefaults(), ArticleExtractor.withDefaults(), Provenance.lexicalOnly(),
        () -> EventClusterer.builder().embedder(new HashEmbedder(384)).build(), EntityExtractor.withDefaults());
    Path storeDir = dir != null ? dir : Files.createTempDirectory("triangulate-incremental");
    StringBuilder md = new StringBuilder();
    md.append("Command: `java -Xmx8g -jar bench/target/triangulate-bench.jar incremental --sizes ")
        .append(String.join(",", Arrays.stream(marks).mapToObj(Integer::toString).toList()))
        .append(" --ingests ").append(ingests)
        .append(fullUpTo < marks[marks.length - 1] ? " --full-up-to " + fullUpTo : "")
        .append(dir != null ? " --dir " + dir : "").append("` (after `mvn -B -q package -DskipTests`).\n\n")
        .append("What is measured: `Store.ingestDocuments` of **one** new article into a store holding N ")
        .append("articles, in a process that has already analysed the store (as `triangulate serve` does after ")
        .append("its first ingest): cleaning, the durable article insert, the incremental analysis ")
        .append("(`IncrementalAnalysis`: provenance against the in-memory LSH index, clustering, one clustering ")
        .append("snapshot, entities and claims of the changed events only), the one-transaction write of the ")
        .append("changed rows, and the index update (SQLite WAL with `synchronous=FULL`, Lucene commit; with `--dir` ")
        .append("on tmpfs the fsyncs cost nothing, so disk latency is not included). ")
        .append("Articles: `SyntheticNews` seed 42 (invented words and names, ~4 articles per event, 150-350 words, ")
        .append("no copies), 2 cores. Lexical settings: `Provenance.lexicalOnly()`, clustering with a 384-dimension ")
        .append("hash stand-in for MiniLM, hashing embedder in the search index (`semanticSearch=false`), so the ")
        .append("numbers are the pipeline's own cost; with MiniLM add its per-article embedding time ")
        .append("(see the clustering section) to both columns. *Full re-analysis* is `Store.reanalyse()` at the ")
        .append("same size: every article analysed again, all analysis rows replaced, all events re-indexed, ")
        .append("which is what every ingest that changed anything cost before.\n\n")
        .append("| stored articles | ingest p50 | ingest p95 | ingest max | of which analysis p50 | of which index p50 | "
            + "full re-analysis | events | heap after GC |\n|---|---|---|---|---|---|---|---|---|\n");
    List<String> fills = new ArrayList<>();
    try (Store store = Store.open(storeDir, new StoreSettings(2, 10_000, false), pipeline)) {
      int next = 0;
      for (int mark : marks) {
        long t = System.nanoTime();
        store.ingestDocuments(docs.subList(next, mark), StoreListener.NONE);
        fills.add(String.format(Locale.ROOT, "%,d articles in %.1f s (%s)", mark - next,
            (System.nanoTime() - t) / 1e9, next == 0 ? "one ingest: stored one by one, then the first, full analysis"
                : "one ingest: stored one by one, then one incremental analysis of them all"));
        System.err.println("filled: " + fills.get(fills.size() - 1));
        next = mark;
        long[] wall = new long[ingests];
        long[] analysis = new long[ingests];
        long[] indexing = new long[ingests];
        for (int k = 0; k < ingests; k++) {
          long[] at = new long[3];
          long start = System.nanoTime();
          store.ingestDocuments(List.of(docs.get(next++)), new StoreListener() {
            @Override
            public void onStored(StoredArticle stored) {
              at[0] = System.nanoTime();
            }

            @Override
            public void onPhase(String phase) {
              at[phase.equals("index") ? 2 : 1] = System.nanoTime();
            }
          });
          long end = System.nanoTime();
          wall[k] = end - start;
          analysis[k] = at[2] - at[1];
          indexing[k] = end - at[2];
        }
        String full = "not measured";
        if (mark <= fullUpTo) {
          long t0 = System.nanoTime();
          store.reanalyse();
          full = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t0) / 1e9);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %,d | %,d MB |%n", mark,
            ms(wall, 0.5), ms(wall, 0.95), ms(wall, 1.0), ms(analysis, 0.5), ms(indexing, 0.5), full,
            store.stats().events(), usedMb));
        System.err.print(md);
        System.err.flush();
      }
    } finally {
      if (dir == null) {
        delete(storeDir);
      }
    }
    md.append("\nFilling the store: ").append(String.join("; ", fills)).append(".\n");
    Report.update(common.report, "incremental", md.toString());
    System.out.print(md);
    return 0;
  }

  private static RawDocument document(Article a) {
    return new RawDocument(a.id(), a.origin(), SourceFormat.TEXT, false, a.title() + "\n\n" + a.body(), Optional.empty(),
        new RawDocument.Hints(Optional.of(a.title()), Optional.of("Synthetic Wire"), a.published(), Optional.empty()));
  }

  private static String ms(long[] ns, double q) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "%.1f ms", s[(int) Math.min(s.length - 1, Math.floor(q * s.length))] / 1e6);
  }

  private static void delete(Path p) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(p)) {
      List<Path> all = new ArrayList<>(files.toList());
      java.util.Collections.reverse(all);
      for (Path f : all) {
        Files.deleteIfExists(f);
      }
    }
  }
}
