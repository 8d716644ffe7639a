package org.triangulate.claim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.article.Article;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.RawDocument;
import org.triangulate.testing.SharedData;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.text.TextAnalyzer;

/** Cleaned articles of the seeds and the demo corpus, for the claim tests. */
final class ClaimFixtures {
  private ClaimFixtures() {}

  /** The analyser the claim tests use: the default text layer, sentence vectors included. */
  static final TextAnalyzer TEXT = TextAnalyzer.withDefaults();

  static List<AnalyzedArticle> analyzed(List<Article> articles) {
    return TEXT.analyzeAll(articles);
  }

  /** The seed articles with the given prefixes, ids shortened to the prefix ("001"). */
  static List<Article> seeds(String... prefixes) throws IOException {
    List<Article> out = new ArrayList<>();
    for (String p : prefixes) {
      Path seed = SharedData.seed(p);
      RawDocument doc = Ingestor.withDefaults().ingest(List.of(seed)).documents().get(0);
      Article a = ArticleExtractor.withDefaults().extract(doc);
      out.add(new Article(p, a.origin(), a.url(), a.title(), a.outlet(), a.published(), a.byline(), a.dateline(),
          a.body(), a.removed()));
    }
    return out;
  }

  /** The demo corpus articles (ids "01" … "05" from the file name prefix). */
  static List<Article> demo() {
    Path dir = demoDir();
    List<Article> out = new ArrayList<>();
    for (RawDocument doc : Ingestor.withDefaults().ingest(List.of(dir)).documents()) {
      Article a = ArticleExtractor.withDefaults().extract(doc);
      String file = Path.of(a.origin().replaceAll("#.*$", "")).getFileName().toString();
      out.add(new Article(file.substring(0, 2), a.origin(), a.url(), a.title(), a.outlet(), a.published(),
          a.byline(), a.dateline(), a.body(), a.removed()));
    }
    return out;
  }

  static Path demoDir() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !p.resolve("demo/corpus").toFile().isDirectory()) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("demo/corpus not found above " + Path.of("").toAbsolutePath());
    }
    return p.resolve("demo/corpus");
  }
}
