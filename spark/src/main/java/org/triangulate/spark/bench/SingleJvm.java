package org.triangulate.spark.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.triangulate.article.Article;
import org.triangulate.dedup.Provenance;
import org.triangulate.dedup.ProvenanceLink;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.ingest.IngestListener;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.RawDocument;
import org.triangulate.spark.SparkResult;

/** The single-JVM side of the Spark benches: the same steps with the same core code, on one machine. */
final class SingleJvm {
  private SingleJvm() {}

  /**
   * Ingests and cleans a generated corpus on one thread, as the {@code Pipeline} does (the corpus has
   * unique ids, so no id rule is needed). A problem means the generator is broken: it throws.
   */
  static List<Article> clean(Path corpus) throws IOException {
    List<Article> articles = new ArrayList<>();
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    Ingestor.withDefaults().ingest(List.of(corpus), new IngestListener() {
      @Override
      public void onDocument(RawDocument document) {
        articles.add(extractor.extract(document));
      }

      @Override
      public void onProblem(IngestProblem problem) {
        throw new IllegalStateException("generated corpus unreadable: " + problem);
      }
    });
    return articles;
  }

  /** Core lexical {@code nearDuplicates} (parallel streams), sorted as the Spark job returns them. */
  static List<ProvenanceLink> nearDuplicates(List<Article> articles) {
    List<ProvenanceLink> links = new ArrayList<>(Provenance.lexicalOnly().nearDuplicates(articles));
    links.sort(Comparator.comparing(ProvenanceLink::derived).thenComparing(ProvenanceLink::source));
    return links;
  }

  /** Each article's source: that of its strongest duplicate link, by the Spark job's rule. */
  static Function<String, Optional<String>> sources(List<Article> articles, List<ProvenanceLink> links) {
    Map<String, Long> order = new HashMap<>();
    articles.forEach(a -> order.put(a.id(), (long) order.size()));
    Map<String, String> sources = SparkResult.strongestSources(links, order);
    return id -> Optional.ofNullable(sources.get(id));
  }
}
