package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.article.Article;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.extract.ExtractionException;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.SourceFormat;

/**
 * ECB+ as a document-grouping test ({@code news-clustering/ecbplus}): each document with its gold
 * event (sub-topic), gold topic (event type) and split. Texts go through the product's own
 * {@link ArticleExtractor} as plain text, like any scraped page; the {@code url} field is left out.
 */
final class EcbPlus {
  record Doc(String id, String split, String topic, String event, Article article) {}

  private EcbPlus() {}

  static List<Doc> load(Path dir) throws IOException {
    Path docs = dir.resolve("ecbplus_documents.jsonl");
    if (!Files.isRegularFile(docs)) {
      throw new IOException(docs + ": missing (expected the ECB+ folder of ../shared/bench/news-clustering)");
    }
    Map<String, String> events = gold(dir.resolve("gold_subtopic.tsv"));
    ObjectMapper json = new ObjectMapper();
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    List<Doc> out = new ArrayList<>();
    int line = 0;
    for (String l : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(l);
      String id = n.path("doc_id").asText();
      String event = events.get(id);
      if (event == null) {
        throw new IOException(docs + ":" + line + ": document " + id + " has no gold event");
      }
      RawDocument raw = new RawDocument(id, "ecbplus#" + id, SourceFormat.TEXT, false,
          n.path("text").asText(), Optional.empty(), RawDocument.Hints.NONE);
      Article article;
      try {
        article = extractor.extract(raw);
      } catch (ExtractionException e) {
        // the cleaner drops very short texts (one ECB+ document is a two-line sports brief): keep it raw
        String text = raw.content().strip();
        article = new Article(id, raw.origin(), Optional.empty(), text.lines().findFirst().orElse(id),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), text, List.of());
      }
      out.add(new Doc(id, n.path("split").asText(), String.valueOf(n.path("topic").asInt()), event, article));
    }
    return out;
  }

  private static Map<String, String> gold(Path tsv) throws IOException {
    Map<String, String> out = new HashMap<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split("\t");
      if (f.length >= 2) {
        out.put(f[0], f[1]);
      }
    }
    return out;
  }
}
