package org.triangulate.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FloatVectorSimilarityQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Front door of search: a Lucene index of articles and events with BM25 full-text search and kNN
 * search over {@link Embedder} vectors.
 *
 * <p>On-disk layout: one Lucene index in the given directory. Each document has {@code uid}
 * ({@code KIND:id}, the update key), {@code kind}, {@code id}, {@code title} (stored, searched with
 * boost {@value #TITLE_BOOST}), {@code text} (searched, not stored) and {@code vec} (cosine kNN).
 * Every commit carries user data: {@code format} ({@value #FORMAT}), {@code embedder} (class and
 * dimensions; an index built with another embedder is discarded on open) plus the caller's checkpoint map,
 * which is how a store knows whether the index is behind its database. A commit is atomic: after a
 * crash the index opens at its last commit, and changes since are simply absent.
 *
 * <p>Trap: a second process opening the same directory fails with {@link IndexException} (Lucene's
 * write lock); searches are thread-safe, {@link #apply} calls are serialised.
 */
public final class SearchIndex implements Closeable {
  /** Version of the document layout above; a mismatch makes {@link #checkpoint()} empty (rebuild). */
  public static final String FORMAT = "1";
  static final float TITLE_BOOST = 2f;
  /** Characters of text embedded after the title; the model reads ~256 word pieces anyway. */
  static final int EMBED_CHARS = 1200;
  /**
   * Relevance cut-off of semantic search with the MiniLM model, per kind: hits scoring below it
   * (Lucene's cosine score {@code (1 + cos) / 2}) are not returned, so a query that means nothing
   * ("zyxxyq") finds nothing instead of the whole store. Measured by the {@code semantic-cutoff} bench
   * (docs/BENCHMARKS.md) on the demo corpus, the seeds and dossier-dev (77 articles, 19 events): the
   * best article of a nonsense or off-topic query scored at most 0.638 ("zyxxyq"), the best relevant
   * article of every topic query at least 0.826; at 0.65 no nonsense query keeps a hit, 91% of the
   * relevant and 0.3% of the irrelevant articles stay. Events embed their summary and claims, so their
   * scores move with the claim stage: with its rewrite (December 2026) the worst nonsense query reached
   * 0.624 against events (0.595 before); at 0.65 none keeps a hit and 88% of relevant, 0.7% of
   * irrelevant events stay.
   */
  public static final double MINILM_MIN_ARTICLE_SCORE = 0.65;
  /** Like {@link #MINILM_MIN_ARTICLE_SCORE}, for events. */
  public static final double MINILM_MIN_EVENT_SCORE = 0.65;

  private final Path dir;
  private final Embedder embedder;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final boolean recreated;
  private final Map<IndexDoc.Kind, Double> minScore;

  private SearchIndex(Path dir, Embedder embedder, FSDirectory directory, IndexWriter writer, boolean recreated)
      throws IOException {
    this.dir = dir;
    this.embedder = embedder;
    this.minScore = embedder instanceof MiniLmEmbedder
        ? Map.of(IndexDoc.Kind.ARTICLE, MINILM_MIN_ARTICLE_SCORE, IndexDoc.Kind.EVENT, MINILM_MIN_EVENT_SCORE)
        : Map.of(IndexDoc.Kind.ARTICLE, HASHING_MIN_SCORE, IndexDoc.Kind.EVENT, HASHING_MIN_SCORE);
    this.directory = directory;
    this.writer = writer;
    this.recreated = recreated;
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens or creates the index in {@code dir}. A corrupt or incompatible index is deleted and created
   * empty ({@link #recreated()} tells), since it can be rebuilt from the store.
   *
   * @throws IndexException when the directory is locked by another process or cannot be written
   */
  public static SearchIndex open(Path dir, Embedder embedder) {
    Objects.requireNonNull(embedder, "embedder");
    try {
      Files.createDirectories(dir);
      SearchIndex index;
      try {
        index = openWriter(dir, embedder, false);
      } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
               | java.io.EOFException | java.nio.file.NoSuchFileException e) {
        wipe(dir);
        return openWriter(dir, embedder, true);
      }
      String built = index.commitData().get("embedder");
      if (built != null && !built.equals(embedderId(embedder))) {
        // vectors of another model (or size) cannot be mixed or compared: start over, the store rebuilds
        index.close();
        wipe(dir);
        return openWriter(dir, embedder, true);
      }
      return index;
    } catch (LockObtainFailedException e) {
      throw new IndexException("index " + dir + " is in use by another process", e);
    } catch (IOException e) {
      throw new IndexException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  private static SearchIndex openWriter(Path dir, Embedder embedder, boolean recreated) throws IOException {
    FSDirectory directory = FSDirectory.open(dir);
    try {
      IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, config);
      try {
        if (DirectoryReader.indexExists(directory)) {
          // reading the last commit verifies its segments; corruption surfaces here, not on first search
          try (DirectoryReader r = DirectoryReader.open(directory)) {
            r.leaves().size();
          }
        }
        return new SearchIndex(dir, embedder, directory, writer, recreated);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static void wipe(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  static String embedderId(Embedder embedder) {
    return embedder.getClass().getName() + "/" + embedder.dimensions();
  }

  private Map<String, String> commitData() throws IOException {
    Map<String, String> data = new HashMap<>();
    if (DirectoryReader.indexExists(directory)) {
      for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
        data.put(e.getKey(), e.getValue());
      }
    }
    return data;
  }

  /** Whether {@link #open} found a damaged index, or one built with another embedder, and started over. */
  public boolean recreated() {
    return recreated;
  }

  /** The checkpoint stored by the last {@link #apply}; empty for a new index or another {@link #FORMAT}. */
  public Map<String, String> checkpoint() {
    try {
      Map<String, String> data = commitData();
      if (!FORMAT.equals(data.get("format"))) {
        return Map.of();
      }
      data.remove("format");
      data.remove("embedder");
      return Map.copyOf(data);
    } catch (IOException e) {
      throw new IndexException("cannot read index checkpoint in " + dir, e);
    }
  }

  /**
   * Removes every document of the kinds in {@code clear}, adds or replaces {@code upserts}, and
   * commits atomically together with {@code checkpoint}. Nothing is visible on disk before the commit.
   */
  public synchronized void apply(List<IndexDoc> upserts, Set<IndexDoc.Kind> clear, Map<String, String> checkpoint) {
    apply(upserts, clear, Map.of(), checkpoint);
  }

  /** Like {@link #apply(List, Set, Map)}, also removing the documents of the given kinds and ids. */
  public synchronized void apply(List<IndexDoc> upserts, Set<IndexDoc.Kind> clear,
      Map<IndexDoc.Kind, ? extends java.util.Collection<String>> deletes, Map<String, String> checkpoint) {
    try {
      for (IndexDoc.Kind k : clear) {
        writer.deleteDocuments(new Term("kind", k.name()));
      }
      for (Map.Entry<IndexDoc.Kind, ? extends java.util.Collection<String>> d : deletes.entrySet()) {
        for (String id : d.getValue()) {
          writer.deleteDocuments(new Term("uid", uid(d.getKey(), id)));
        }
      }
      int batch = 32;
      for (int i = 0; i < upserts.size(); i += batch) {
        List<IndexDoc> part = upserts.subList(i, Math.min(upserts.size(), i + batch));
        List<float[]> vectors = embedder.embedAll(part.stream().map(SearchIndex::embeddingText).toList());
        for (int j = 0; j < part.size(); j++) {
          IndexDoc d = part.get(j);
          writer.updateDocument(new Term("uid", uid(d.kind(), d.id())), document(d, vectors.get(j)));
        }
      }
      Map<String, String> data = new HashMap<>(checkpoint);
      data.put("format", FORMAT);
      data.put("embedder", embedderId(embedder));
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new IndexException("cannot write index " + dir + ": " + e.getMessage(), e);
    }
  }

  private Document document(IndexDoc d, float[] vector) {
    if (vector.length != embedder.dimensions()) {
      throw new IllegalStateException("embedder returned " + vector.length + " dimensions, expected "
          + embedder.dimensions());
    }
    Document doc = new Document();
    doc.add(new StringField("uid", uid(d.kind(), d.id()), Field.Store.NO));
    doc.add(new StringField("kind", d.kind().name(), Field.Store.YES));
    doc.add(new StringField("id", d.id(), Field.Store.YES));
    doc.add(new TextField("title", d.title(), Field.Store.YES));
    doc.add(new TextField("text", d.text(), Field.Store.NO));
    doc.add(new KnnFloatVectorField("vec", vector, VectorSimilarityFunction.COSINE));
    return doc;
  }

  static String embeddingText(IndexDoc d) {
    String text = d.text().length() > EMBED_CHARS ? d.text().substring(0, EMBED_CHARS) : d.text();
    return d.title() + "\n" + text;
  }

  private static String uid(IndexDoc.Kind kind, String id) {
    return kind.name() + ":" + id;
  }

  /**
   * Full-text search: the query is analysed like the documents (English stemming) and any term may
   * match; no query syntax, so user input can never cause a parse error. Best first.
   */
  public List<Hit> search(String query, Optional<IndexDoc.Kind> kind, int limit) {
    return textQuery(query, kind).map(q -> run(q, limit)).orElse(List.of());
  }

  private Optional<Query> textQuery(String query, Optional<IndexDoc.Kind> kind) {
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    int n = 0;
    for (String t : analyse(query)) {
      terms.add(new BoostQuery(new TermQuery(new Term("title", t)), TITLE_BOOST), BooleanClause.Occur.SHOULD);
      terms.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD);
      n++;
    }
    if (n == 0) {
      return Optional.empty();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(terms.build(), BooleanClause.Occur.MUST);
    kind.ifPresent(k -> q.add(new TermQuery(new Term("kind", k.name())), BooleanClause.Occur.FILTER));
    return Optional.of(q.build());
  }

  /**
   * Cut-off for the lexical {@link HashingEmbedder}: a positive cosine, i.e. the query shares more
   * hashed words with the text than chance collisions take away. It only reads words, so a nonsense
   * word finds nothing unless it collides; not measured for quality (the hashing embedder is for tests).
   */
  static final double HASHING_MIN_SCORE = 0.5 + 1e-6;

  /**
   * Semantic search: the {@code limit} nearest documents to the query's embedding (cosine), leaving
   * out those below the relevance cut-off of their kind ({@link #MINILM_MIN_ARTICLE_SCORE}), so an
   * unrelated query finds nothing. Best first.
   */
  public List<Hit> nearest(String query, Optional<IndexDoc.Kind> kind, int limit) {
    return nearest(query, kind, limit, -1);
  }

  /**
   * Like {@link #nearest(String, Optional, int)} with the cut-off {@code floor} for every kind instead
   * (0 keeps every hit; a negative floor means each kind's own cut-off): for measuring the cut-off.
   */
  public List<Hit> nearest(String query, Optional<IndexDoc.Kind> kind, int limit, double floor) {
    float[] v = embedder.embed(query);
    Query filter = kind.<Query>map(k -> new TermQuery(new Term("kind", k.name()))).orElse(null);
    return run(new KnnFloatVectorQuery("vec", v, Math.max(1, limit), filter), limit).stream()
        .filter(h -> h.score() >= (floor < 0 ? minScore(h.kind()) : floor)).toList();
  }

  /** The relevance cut-off semantic search applies to hits of {@code kind} with this index's embedder. */
  public double minScore(IndexDoc.Kind kind) {
    return minScore.get(kind);
  }

  /** How many documents {@link #search} would find without a limit. */
  public int count(String query, Optional<IndexDoc.Kind> kind) {
    Optional<Query> q = textQuery(query, kind);
    return q.isEmpty() ? 0 : count(q.get());
  }

  /** How many documents {@link #nearest} would find without a limit: all above the cut-off. */
  public int countNearest(String query, Optional<IndexDoc.Kind> kind) {
    float[] v = embedder.embed(query);
    int n = 0;
    for (IndexDoc.Kind k : kind.map(List::of).orElse(List.of(IndexDoc.Kind.values()))) {
      Query filter = new TermQuery(new Term("kind", k.name()));
      n += count(new FloatVectorSimilarityQuery("vec", v, minScore.get(k).floatValue(), filter));
    }
    return n;
  }

  private int count(Query q) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.count(q);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new IndexException("cannot search index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Ids of every indexed document of {@code kind} (for consistency checks). */
  public Set<String> ids(IndexDoc.Kind kind) {
    Set<String> ids = new HashSet<>();
    for (Hit h : run(new TermQuery(new Term("kind", kind.name())), Integer.MAX_VALUE)) {
      ids.add(h.id());
    }
    return ids;
  }

  /** Number of documents in the index. */
  public int size() {
    return run(new MatchAllDocsQuery(), Integer.MAX_VALUE).size();
  }

  private List<Hit> run(Query query, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        int n = Math.max(1, Math.min(limit, s.getIndexReader().maxDoc()));
        TopDocs top = s.search(query, n);
        List<Hit> hits = new ArrayList<>();
        var stored = s.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
          Document d = stored.document(sd.doc);
          hits.add(new Hit(IndexDoc.Kind.valueOf(d.get("kind")), d.get("id"), d.get("title"), sd.score));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new IndexException("cannot search index " + dir + ": " + e.getMessage(), e);
    }
  }

  private List<String> analyse(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < 64) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Closes without committing: anything not {@link #apply applied} is discarded, as after a crash. */
  @Override
  public void close() {
    try {
      searchers.close();
      writer.rollback();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new IndexException("cannot close index " + dir, e);
    }
  }
}
