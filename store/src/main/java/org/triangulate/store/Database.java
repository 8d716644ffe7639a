package org.triangulate.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.triangulate.article.Article;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.pipeline.IncrementalAnalysis;

/**
 * SQLite access: one writer connection (every write is one transaction, durable on commit:
 * WAL with {@code synchronous=FULL}) and a small pool of reader connections that run beside it.
 */
final class Database implements AutoCloseable {
  static final Set<String> ARTICLE_KEYS = Set.of("id", "origin", "url", "title", "outlet", "published",
      "byline", "dateline", "body", "removed");
  private static final Set<String> DOSSIER_ARTICLE_KEYS = Set.of("id", "origin", "url", "title", "outlet",
      "published", "byline", "dateline", "body", "removed", "derived_from");
  private static final Set<String> DERIVATION_KEYS = Set.of("id", "relation", "score");
  private static final Set<String> STORY_KEYS = Set.of("id", "title", "events");
  private static final Set<String> EVENT_KEYS = Set.of("id", "title", "date", "end_date", "location", "story",
      "articles", "entities", "claims", "summary");
  private static final Set<String> ENTITY_KEYS = Set.of("name", "type", "role");
  private static final Set<String> CLAIM_KEYS = Set.of("text", "sources", "independent_sources", "status",
      "conflicts");
  private static final Set<String> CONFLICT_KEYS = Set.of("value", "sources");
  private static final Set<String> SUMMARY_KEYS = Set.of("text", "sources");

  private final Path file;
  private final Connection writer;
  private final BlockingQueue<Connection> readers;

  interface SqlFunction<T> {
    T apply(Connection c) throws SQLException;
  }

  private Database(Path file, Connection writer, BlockingQueue<Connection> readers) {
    this.file = file;
    this.writer = writer;
    this.readers = readers;
  }

  static Database open(Path file, StoreSettings settings) {
    List<Connection> opened = new ArrayList<>();
    try {
      Connection w = connect(file, settings);
      opened.add(w);
      try (Statement s = w.createStatement()) {
        for (String ddl : Schema.DDL) {
          s.execute(ddl);
        }
      }
      w.setAutoCommit(false);
      String schema = meta(w, "schema");
      if (schema == null) {
        putMeta(w, "schema", Integer.toString(Schema.VERSION));
        putMeta(w, "store_id", java.util.UUID.randomUUID().toString());
      } else if (!schema.equals(Integer.toString(Schema.VERSION))) {
        throw new StoreException(file + ": store schema " + schema + " is not supported (expected "
            + Schema.VERSION + ")");
      }
      w.commit();
      BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(settings.readConnections());
      for (int i = 0; i < settings.readConnections(); i++) {
        Connection r = connect(file, settings);
        opened.add(r);
        // each read runs in its own transaction: one consistent snapshot across its statements
        r.setAutoCommit(false);
        readers.add(r);
      }
      return new Database(file, w, readers);
    } catch (SQLException e) {
      opened.forEach(Database::closeQuietly);
      throw new StoreException("cannot open store database " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      opened.forEach(Database::closeQuietly);
      throw e;
    }
  }

  private static Connection connect(Path file, StoreSettings settings) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(settings.busyTimeoutMillis());
    config.enforceForeignKeys(true);
    return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing after a failure; the first error is the one reported
    }
  }

  Path file() {
    return file;
  }

  // ---------------------------------------------------------------- meta

  private static @Nullable String meta(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static long metaLong(Connection c, String key) throws SQLException {
    String v = meta(c, key);
    return v == null ? 0 : Long.parseLong(v);
  }

  private static void putMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }

  /** The {@code article_gen}, {@code analysed_gen} and {@code analysis_gen} counters (see {@link Schema}). */
  record Gens(long article, long analysed, long analysis) {}

  String storeId() {
    return read(c -> String.valueOf(meta(c, "store_id")));
  }

  Gens gens() {
    return read(c -> new Gens(metaLong(c, "article_gen"), metaLong(c, "analysed_gen"), metaLong(c, "analysis_gen")));
  }

  // ---------------------------------------------------------------- writes

  /** Stores one article in its own committed transaction; see {@link StoredArticle} for the outcomes. */
  synchronized StoredArticle put(Article article) {
    ObjectNode node = Trees.tree(article);
    String hash = contentHash(node);
    try {
      try {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = writer.prepareStatement(
            "SELECT id, origin, content_hash FROM articles WHERE base_id = ? ORDER BY seq")) {
          ps.setString(1, article.id());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
          }
        }
        for (String[] r : rows) {
          if (r[2].equals(hash)) {
            writer.rollback();
            return new StoredArticle(r[0], article.origin(), StoredArticle.Outcome.UNCHANGED);
          }
        }
        long gen = metaLong(writer, "article_gen") + 1;
        StoredArticle result;
        String[] sameOrigin = rows.stream().filter(r -> r[1].equals(article.origin())).findFirst().orElse(null);
        if (sameOrigin != null) {
          try (PreparedStatement del = writer.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            del.setString(1, sameOrigin[0]);
            del.executeUpdate();
          }
          insert(node, sameOrigin[0], article.id(), hash, gen);
          result = new StoredArticle(sameOrigin[0], article.origin(), StoredArticle.Outcome.UPDATED);
        } else {
          String id = article.id();
          for (int k = 2; exists(id); k++) {
            id = article.id() + "~" + k;
          }
          insert(node, id, article.id(), hash, gen);
          result = new StoredArticle(id, article.origin(), StoredArticle.Outcome.ADDED);
        }
        putMeta(writer, "article_gen", Long.toString(gen));
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot store article " + article.id() + ": " + e.getMessage(), e);
    }
  }

  private boolean exists(String id) throws SQLException {
    try (PreparedStatement ps = writer.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void insert(ObjectNode a, String id, String baseId, String hash, long gen) throws SQLException {
    try (PreparedStatement ps = writer.prepareStatement("INSERT INTO articles(id, base_id, origin, url, title, "
        + "outlet, published, byline, dateline, body, content_hash, gen, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, id);
      ps.setString(2, baseId);
      ps.setString(3, Trees.text(a, "origin"));
      ps.setString(4, Trees.text(a, "url"));
      ps.setString(5, Trees.text(a, "title"));
      ps.setString(6, Trees.text(a, "outlet"));
      ps.setString(7, Trees.text(a, "published"));
      ps.setString(8, Trees.text(a, "byline"));
      ps.setString(9, Trees.text(a, "dateline"));
      ps.setString(10, Trees.text(a, "body"));
      ps.setString(11, hash);
      ps.setLong(12, gen);
      ps.setString(13, Trees.extra(a, ARTICLE_KEYS));
      ps.executeUpdate();
    }
    try (PreparedStatement ps = writer.prepareStatement(
        "INSERT INTO article_removed(article_id, position, line) VALUES (?,?,?)")) {
      int i = 0;
      for (JsonNode line : a.path("removed")) {
        ps.setString(1, id);
        ps.setInt(2, i++);
        ps.setString(3, line.asText());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** SHA-256 over the article's JSON without id and origin: the same text read from elsewhere hashes alike. */
  static String contentHash(ObjectNode article) {
    ObjectNode copy = article.deepCopy();
    copy.remove("id");
    copy.remove("origin");
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(copy.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }

  /** Replaces every analysis table with {@code dossier} in one transaction, marking it as of {@code articleGen}. */
  synchronized void replaceAnalysis(Dossier dossier, long articleGen) {
    inAnalysisTransaction(articleGen, () -> {
      try (Statement s = writer.createStatement()) {
        for (String t : Schema.ANALYSIS_TABLES) {
          s.executeUpdate("DELETE FROM " + t);
        }
      }
      writeAnalysis(dossier);
    });
  }

  /** Analysis writes as SQL statements, run inside {@link #inAnalysisTransaction}. */
  private interface AnalysisWrite {
    void run() throws SQLException;
  }

  /**
   * Runs {@code write}, marks the analysis as of {@code articleGen} and commits, all in one
   * transaction; rolls back on any failure.
   */
  private void inAnalysisTransaction(long articleGen, AnalysisWrite write) {
    try {
      try {
        write.run();
        putMeta(writer, "analysed_gen", Long.toString(articleGen));
        putMeta(writer, "analysis_gen", Long.toString(metaLong(writer, "analysis_gen") + 1));
        writer.commit();
      } catch (SQLException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot store the analysis: " + e.getMessage(), e);
    }
  }

  private void writeAnalysis(Dossier d) throws SQLException {
    writeArticles(d.articles());
    int p = 0;
    Map<String, Integer> storyPositions = new LinkedHashMap<>();
    for (Story s : d.stories()) {
      storyPositions.put(s.id(), p++);
    }
    writeStories(d.stories(), storyPositions::get);
    p = 0;
    Map<String, Integer> eventPositions = new LinkedHashMap<>();
    for (Event e : d.events()) {
      eventPositions.put(e.id(), p++);
    }
    writeEvents(d.events(), eventPositions::get);
  }

  /**
   * Writes only what {@code delta} changed, in one transaction, marking the analysis as of
   * {@code articleGen}: rows of removed and changed events, stories and article derivations are deleted,
   * changed ones inserted again (an event keeps its position; a new one goes last; a story's position
   * follows its number, as in a full write).
   */
  synchronized void applyAnalysis(IncrementalAnalysis.Delta delta, long articleGen) {
    inAnalysisTransaction(articleGen, () -> {
      Map<String, Integer> eventPositions = new HashMap<>();
      int next;
      try (Statement st = writer.createStatement();
           ResultSet rs = st.executeQuery("SELECT coalesce(max(position), -1) + 1 FROM events")) {
        next = rs.next() ? rs.getInt(1) : 0;
      }
      try (PreparedStatement ps = writer.prepareStatement("SELECT position FROM events WHERE id = ?")) {
        for (Event e : delta.events()) {
          ps.setString(1, e.id());
          try (ResultSet rs = ps.executeQuery()) {
            eventPositions.put(e.id(), rs.next() ? rs.getInt(1) : next++);
          }
        }
      }
      List<String> goneEvents = new ArrayList<>(delta.removedEvents());
      delta.events().forEach(e -> goneEvents.add(e.id()));
      deleteWhere(EVENT_TABLES, goneEvents);
      List<String> goneStories = new ArrayList<>(delta.removedStories());
      delta.stories().forEach(x -> goneStories.add(x.id()));
      deleteWhere(Map.of("stories", "id", "story_events", "story_id"), goneStories);
      deleteWhere(Map.of("relations", "article_id", "article_extras", "article_id"),
          delta.articles().stream().map(DossierArticle::id).toList());
      writeArticles(delta.articles());
      writeStories(delta.stories(), id -> Integer.parseInt(id.substring(1)) - 1);
      writeEvents(delta.events(), eventPositions::get);
      try (Batch up = new Batch("UPDATE events SET story = ? WHERE id = ?")) {
        for (Event e : delta.restoried()) {
          up.add(e.story(), e.id());
        }
      }
    });
  }

  /** Tables holding an event's rows, with the column naming the event. */
  private static final Map<String, String> EVENT_TABLES = Map.of("events", "id", "event_articles", "event_id",
      "entities", "event_id", "claims", "event_id", "claim_sources", "event_id", "claim_conflicts", "event_id",
      "conflict_sources", "event_id", "summaries", "event_id", "summary_sources", "event_id");

  private void deleteWhere(Map<String, String> tables, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> t : tables.entrySet()) {
      try (Batch del = new Batch("DELETE FROM " + t.getKey() + " WHERE " + t.getValue() + " = ?")) {
        for (String id : ids) {
          del.add(id);
        }
      }
    }
  }

  private void writeArticles(List<DossierArticle> articles) throws SQLException {
    try (Batch rel = new Batch("INSERT INTO relations(article_id, position, source_id, relation, score, extra) VALUES (?,?,?,?,?,?)");
         Batch ext = new Batch("INSERT INTO article_extras(article_id, extra) VALUES (?,?)")) {
      for (DossierArticle a : articles) {
        ObjectNode n = Trees.tree(a);
        int i = 0;
        for (JsonNode x : n.path("derived_from")) {
          rel.add(a.id(), i++, x.path("id").asText(), x.path("relation").asText(), x.path("score").asDouble(),
              Trees.extra((ObjectNode) x, DERIVATION_KEYS));
        }
        String extra = Trees.extra(n, DOSSIER_ARTICLE_KEYS);
        if (extra != null) {
          ext.add(a.id(), extra);
        }
      }
    }
  }

  private void writeStories(List<Story> stories, java.util.function.Function<String, Integer> position)
      throws SQLException {
    try (Batch st = new Batch("INSERT INTO stories(id, position, title, extra) VALUES (?,?,?,?)");
         Batch se = new Batch("INSERT INTO story_events(story_id, position, event_id) VALUES (?,?,?)")) {
      for (Story s : stories) {
        ObjectNode n = Trees.tree(s);
        st.add(s.id(), position.apply(s.id()), s.title(), Trees.extra(n, STORY_KEYS));
        for (int i = 0; i < s.events().size(); i++) {
          se.add(s.id(), i, s.events().get(i));
        }
      }
    }
  }

  private void writeEvents(List<Event> events, java.util.function.Function<String, Integer> position)
      throws SQLException {
    try (Batch ev = new Batch("INSERT INTO events(id, position, title, date, end_date, location, story, extra) VALUES (?,?,?,?,?,?,?,?)");
         Batch ea = new Batch("INSERT INTO event_articles(event_id, position, article_id) VALUES (?,?,?)");
         Batch en = new Batch("INSERT INTO entities(event_id, position, name, type, role, extra) VALUES (?,?,?,?,?,?)");
         Batch cl = new Batch("INSERT INTO claims(event_id, position, text, status, extra) VALUES (?,?,?,?,?)");
         Batch cs = new Batch("INSERT INTO claim_sources(event_id, claim_pos, independent, position, article_id) VALUES (?,?,?,?,?)");
         Batch cc = new Batch("INSERT INTO claim_conflicts(event_id, claim_pos, position, value, extra) VALUES (?,?,?,?,?)");
         Batch xs = new Batch("INSERT INTO conflict_sources(event_id, claim_pos, conflict_pos, position, article_id) VALUES (?,?,?,?,?)");
         Batch su = new Batch("INSERT INTO summaries(event_id, position, text, extra) VALUES (?,?,?,?)");
         Batch ss = new Batch("INSERT INTO summary_sources(event_id, sentence_pos, position, article_id) VALUES (?,?,?,?)")) {
      for (Event e : events) {
        ObjectNode n = Trees.tree(e);
        ev.add(e.id(), position.apply(e.id()), e.title(), Trees.text(n, "date"), Trees.text(n, "end_date"), Trees.text(n, "location"),
            e.story(), Trees.extra(n, EVENT_KEYS));
        for (int i = 0; i < e.articles().size(); i++) {
          ea.add(e.id(), i, e.articles().get(i));
        }
        int i = 0;
        for (JsonNode x : n.path("entities")) {
          en.add(e.id(), i++, Trees.text(x, "name"), Trees.text(x, "type"), Trees.text(x, "role"),
              Trees.extra((ObjectNode) x, ENTITY_KEYS));
        }
        i = 0;
        for (JsonNode x : n.path("claims")) {
          int c = i++;
          cl.add(e.id(), c, Trees.text(x, "text"), Trees.text(x, "status"), Trees.extra((ObjectNode) x, CLAIM_KEYS));
          int k = 0;
          for (JsonNode s : x.path("sources")) {
            cs.add(e.id(), c, 0, k++, s.asText());
          }
          k = 0;
          for (JsonNode s : x.path("independent_sources")) {
            cs.add(e.id(), c, 1, k++, s.asText());
          }
          k = 0;
          for (JsonNode f : x.path("conflicts")) {
            int fc = k++;
            cc.add(e.id(), c, fc, Trees.text(f, "value"), Trees.extra((ObjectNode) f, CONFLICT_KEYS));
            int m = 0;
            for (JsonNode s : f.path("sources")) {
              xs.add(e.id(), c, fc, m++, s.asText());
            }
          }
        }
        i = 0;
        for (JsonNode x : n.path("summary")) {
          int sp = i++;
          su.add(e.id(), sp, Trees.text(x, "text"), Trees.extra((ObjectNode) x, SUMMARY_KEYS));
          int k = 0;
          for (JsonNode s : x.path("sources")) {
            ss.add(e.id(), sp, k++, s.asText());
          }
        }
      }
    }
  }

  /** A prepared insert executed as one JDBC batch on close. */
  private final class Batch implements AutoCloseable {
    private final PreparedStatement ps;

    Batch(String sql) throws SQLException {
      ps = writer.prepareStatement(sql);
    }

    void add(@Nullable Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      ps.addBatch();
    }

    @Override
    public void close() throws SQLException {
      try {
        ps.executeBatch();
      } finally {
        ps.close();
      }
    }
  }

  // ---------------------------------------------------------------- reads

  <T> T read(SqlFunction<T> query) {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(file + ": interrupted while waiting for a connection");
    }
    try {
      T result = query.apply(c);
      c.commit();
      return result;
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // the query error is the one reported
      }
      throw new StoreException(file + ": query failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  private static final String ARTICLE_COLUMNS =
      "a.id, a.origin, a.url, a.title, a.outlet, a.published, a.byline, a.dateline, a.body, a.extra, a.gen";

  /** Articles written after {@code gen} (all when 0), in storage order. */
  List<Article> articlesSince(long gen) {
    return read(c -> {
      Map<String, ObjectNode> byId = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.gen > ? ORDER BY a.seq")) {
        ps.setLong(1, gen);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            byId.put(rs.getString(1), articleNode(rs));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT r.article_id, r.line FROM article_removed r "
          + "JOIN articles a ON a.id = r.article_id WHERE a.gen > ? ORDER BY r.article_id, r.position")) {
        ps.setLong(1, gen);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ((ArrayNode) byId.get(rs.getString(1)).get("removed")).add(rs.getString(2));
          }
        }
      }
      return byId.values().stream().map(n -> Trees.value(n, Article.class)).toList();
    });
  }

  private static ObjectNode articleNode(ResultSet rs) throws SQLException {
    ObjectNode n = Trees.MAPPER.createObjectNode();
    n.put("id", rs.getString(1));
    n.put("origin", rs.getString(2));
    n.put("url", rs.getString(3));
    n.put("title", rs.getString(4));
    n.put("outlet", rs.getString(5));
    n.put("published", rs.getString(6));
    n.put("byline", rs.getString(7));
    n.put("dateline", rs.getString(8));
    n.put("body", rs.getString(9));
    n.putArray("removed");
    Trees.mergeExtra(n, rs.getString(10));
    return n;
  }

  int count(String table) {
    return read(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    });
  }

  List<String> articleIds() {
    return read(c -> strings(c, "SELECT id FROM articles ORDER BY seq"));
  }

  static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  List<ArticleSummary> articleSummaries(int offset, int limit) {
    return read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, title, outlet, published, byline, origin "
          + "FROM articles ORDER BY published DESC NULLS LAST, seq LIMIT ? OFFSET ?")) {
        ps.setInt(1, limit);
        ps.setInt(2, offset);
        List<ArticleSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new ArticleSummary(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                Optional.ofNullable(rs.getString(4)).map(java.time.LocalDate::parse),
                Optional.ofNullable(rs.getString(5)), rs.getString(6)));
          }
        }
        return out;
      }
    });
  }

  /** The dossier view of the given articles (all when {@code ids} is null), in storage order. */
  List<DossierArticle> dossierArticles(@Nullable List<String> ids) {
    return read(c -> {
      String where = ids == null ? "" : " WHERE a.id IN (SELECT value FROM json_each(?))";
      Object[] params = ids == null ? new Object[0] : new Object[] {Trees.json(ids)};
      Map<String, ObjectNode> byId = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
          + ", x.extra FROM articles a LEFT JOIN article_extras x ON x.article_id = a.id" + where + " ORDER BY a.seq")) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ObjectNode n = articleNode(rs);
            n.putArray("derived_from");
            Trees.mergeExtra(n, rs.getString(12));
            byId.put(rs.getString(1), n);
          }
        }
      }
      String childWhere = ids == null ? "" : " WHERE article_id IN (SELECT value FROM json_each(?))";
      try (PreparedStatement ps = c.prepareStatement("SELECT article_id, line FROM article_removed" + childWhere
          + " ORDER BY article_id, position")) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ObjectNode n = byId.get(rs.getString(1));
            if (n != null) {
              ((ArrayNode) n.get("removed")).add(rs.getString(2));
            }
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT article_id, source_id, relation, score, extra FROM relations"
          + childWhere + " ORDER BY article_id, position")) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ObjectNode n = byId.get(rs.getString(1));
            if (n != null) {
              ObjectNode x = ((ArrayNode) n.get("derived_from")).addObject();
              x.put("id", rs.getString(2));
              x.put("relation", rs.getString(3));
              x.put("score", rs.getDouble(4));
              Trees.mergeExtra(x, rs.getString(5));
            }
          }
        }
      }
      return byId.values().stream().map(n -> Trees.value(n, DossierArticle.class)).toList();
    });
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
  }

  List<Story> stories(@Nullable String id) {
    return read(c -> {
      Map<String, ObjectNode> byId = new LinkedHashMap<>();
      String where = id == null ? "" : " WHERE id = ?";
      try (PreparedStatement ps = c.prepareStatement("SELECT id, title, extra FROM stories" + where + " ORDER BY position")) {
        if (id != null) {
          ps.setString(1, id);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ObjectNode n = Trees.MAPPER.createObjectNode();
            n.put("id", rs.getString(1));
            n.put("title", rs.getString(2));
            n.putArray("events");
            Trees.mergeExtra(n, rs.getString(3));
            byId.put(rs.getString(1), n);
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT story_id, event_id FROM story_events"
          + (id == null ? "" : " WHERE story_id = ?") + " ORDER BY story_id, position")) {
        if (id != null) {
          ps.setString(1, id);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ObjectNode n = byId.get(rs.getString(1));
            if (n != null) {
              ((ArrayNode) n.get("events")).add(rs.getString(2));
            }
          }
        }
      }
      return byId.values().stream().map(n -> Trees.value(n, Story.class)).toList();
    });
  }

  /** Event summaries, all or (with {@code articleId}) those the article reports. */
  List<EventSummary> eventSummaries(@Nullable String articleId) {
    return read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.title, e.date, e.end_date, e.location, e.story, "
          + "(SELECT count(*) FROM event_articles x WHERE x.event_id = e.id), "
          + "(SELECT count(*) FROM claims x WHERE x.event_id = e.id) FROM events e"
          + (articleId == null ? "" : " WHERE e.id IN (SELECT event_id FROM event_articles WHERE article_id = ?)")
          + " ORDER BY e.date DESC NULLS LAST, e.position")) {
        if (articleId != null) {
          ps.setString(1, articleId);
        }
        List<EventSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new EventSummary(rs.getString(1), rs.getString(2), date(rs.getString(3)), date(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getInt(8)));
          }
        }
        return out;
      }
    });
  }

  private static Optional<java.time.LocalDate> date(@Nullable String s) {
    return Optional.ofNullable(s).map(java.time.LocalDate::parse);
  }

  /** Full events (all when {@code ids} is null), in dossier order. */
  List<Event> events(@Nullable List<String> ids) {
    return read(c -> {
      String where = ids == null ? "" : " WHERE event_id IN (SELECT value FROM json_each(?))";
      Object[] params = ids == null ? new Object[0] : new Object[] {Trees.json(ids)};
      Map<String, ObjectNode> byId = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, title, date, end_date, location, story, extra FROM events"
          + (ids == null ? "" : " WHERE id IN (SELECT value FROM json_each(?))") + " ORDER BY position")) {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ObjectNode n = Trees.MAPPER.createObjectNode();
            n.put("id", rs.getString(1));
            n.put("title", rs.getString(2));
            n.put("date", rs.getString(3));
            n.put("end_date", rs.getString(4));
            n.put("location", rs.getString(5));
            n.put("story", rs.getString(6));
            n.putArray("articles");
            n.putArray("entities");
            n.putArray("claims");
            n.putArray("summary");
            Trees.mergeExtra(n, rs.getString(7));
            byId.put(rs.getString(1), n);
          }
        }
      }
      each(c, "SELECT event_id, article_id FROM event_articles" + where + " ORDER BY event_id, position", params, rs ->
          arr(byId, rs.getString(1), "articles").add(rs.getString(2)));
      each(c, "SELECT event_id, name, type, role, extra FROM entities" + where + " ORDER BY event_id, position", params, rs -> {
        ObjectNode x = arr(byId, rs.getString(1), "entities").addObject();
        x.put("name", rs.getString(2));
        x.put("type", rs.getString(3));
        x.put("role", rs.getString(4));
        Trees.mergeExtra(x, rs.getString(5));
      });
      Map<String, ObjectNode> claims = new LinkedHashMap<>();
      each(c, "SELECT event_id, position, text, status, extra FROM claims" + where + " ORDER BY event_id, position", params, rs -> {
        ObjectNode x = arr(byId, rs.getString(1), "claims").addObject();
        x.put("text", rs.getString(3));
        x.putArray("sources");
        x.putArray("independent_sources");
        x.put("status", rs.getString(4));
        x.putArray("conflicts");
        Trees.mergeExtra(x, rs.getString(5));
        claims.put(rs.getString(1) + "\u0000" + rs.getInt(2), x);
      });
      each(c, "SELECT event_id, claim_pos, independent, article_id FROM claim_sources" + where
          + " ORDER BY event_id, claim_pos, independent, position", params, rs -> {
            ObjectNode x = claims.get(rs.getString(1) + "\u0000" + rs.getInt(2));
            if (x != null) {
              ((ArrayNode) x.get(rs.getInt(3) == 1 ? "independent_sources" : "sources")).add(rs.getString(4));
            }
          });
      Map<String, ObjectNode> conflicts = new LinkedHashMap<>();
      each(c, "SELECT event_id, claim_pos, position, value, extra FROM claim_conflicts" + where
          + " ORDER BY event_id, claim_pos, position", params, rs -> {
            ObjectNode x = claims.get(rs.getString(1) + "\u0000" + rs.getInt(2));
            if (x != null) {
              ObjectNode f = ((ArrayNode) x.get("conflicts")).addObject();
              f.put("value", rs.getString(4));
              f.putArray("sources");
              Trees.mergeExtra(f, rs.getString(5));
              conflicts.put(rs.getString(1) + "\u0000" + rs.getInt(2) + "\u0000" + rs.getInt(3), f);
            }
          });
      each(c, "SELECT event_id, claim_pos, conflict_pos, article_id FROM conflict_sources" + where
          + " ORDER BY event_id, claim_pos, conflict_pos, position", params, rs -> {
            ObjectNode f = conflicts.get(rs.getString(1) + "\u0000" + rs.getInt(2) + "\u0000" + rs.getInt(3));
            if (f != null) {
              ((ArrayNode) f.get("sources")).add(rs.getString(4));
            }
          });
      Map<String, ObjectNode> sentences = new LinkedHashMap<>();
      each(c, "SELECT event_id, position, text, extra FROM summaries" + where + " ORDER BY event_id, position", params, rs -> {
        ObjectNode x = arr(byId, rs.getString(1), "summary").addObject();
        x.put("text", rs.getString(3));
        x.putArray("sources");
        Trees.mergeExtra(x, rs.getString(4));
        sentences.put(rs.getString(1) + "\u0000" + rs.getInt(2), x);
      });
      each(c, "SELECT event_id, sentence_pos, article_id FROM summary_sources" + where
          + " ORDER BY event_id, sentence_pos, position", params, rs -> {
            ObjectNode x = sentences.get(rs.getString(1) + "\u0000" + rs.getInt(2));
            if (x != null) {
              ((ArrayNode) x.get("sources")).add(rs.getString(3));
            }
          });
      return byId.values().stream().map(n -> Trees.value(n, Event.class)).toList();
    });
  }

  private static ArrayNode arr(Map<String, ObjectNode> byId, String id, String field) {
    ObjectNode n = byId.get(id);
    // rows of an event outside the requested set cannot occur (same WHERE), but stay safe
    return n == null ? Trees.MAPPER.createArrayNode() : (ArrayNode) n.get(field);
  }

  interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void each(Connection c, String sql, Object[] params, RowConsumer row) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          row.accept(rs);
        }
      }
    }
  }

  /** Claims across events, optionally of one status and/or containing {@code text} (case-insensitive). */
  List<ClaimRow> claims(Optional<Claim.Status> status, Optional<String> text, int offset, int limit) {
    List<String[]> keys = read(c -> {
      StringBuilder sql = new StringBuilder("SELECT c.event_id, c.position FROM claims c JOIN events e ON e.id = c.event_id");
      List<Object> params = claimFilter(status, text, sql);
      sql.append(" ORDER BY e.position, c.position LIMIT ? OFFSET ?");
      params.add(limit);
      params.add(offset);
      List<String[]> out = new ArrayList<>();
      each(c, sql.toString(), params.toArray(), rs -> out.add(new String[] {rs.getString(1), Integer.toString(rs.getInt(2))}));
      return out;
    });
    List<String> eventIds = keys.stream().map(k -> k[0]).distinct().toList();
    Map<String, Event> events = new LinkedHashMap<>();
    for (Event e : events(eventIds)) {
      events.put(e.id(), e);
    }
    List<ClaimRow> rows = new ArrayList<>();
    for (String[] k : keys) {
      Event e = events.get(k[0]);
      int pos = Integer.parseInt(k[1]);
      if (e != null && pos < e.claims().size()) {
        rows.add(new ClaimRow(e.id(), e.title(), e.claims().get(pos)));
      }
    }
    return rows;
  }

  /** How many claims {@link #claims} matches without a limit. */
  int claimCount(Optional<Claim.Status> status, Optional<String> text) {
    return read(c -> {
      StringBuilder sql = new StringBuilder("SELECT count(*) FROM claims c JOIN events e ON e.id = c.event_id");
      List<Object> params = claimFilter(status, text, sql);
      int[] n = {0};
      each(c, sql.toString(), params.toArray(), rs -> n[0] = rs.getInt(1));
      return n[0];
    });
  }

  private static List<Object> claimFilter(Optional<Claim.Status> status, Optional<String> text, StringBuilder sql) {
    sql.append(" WHERE 1=1");
    List<Object> params = new ArrayList<>();
    status.ifPresent(s -> {
      sql.append(" AND c.status = ?");
      params.add(s.label());
    });
    text.ifPresent(t -> {
      sql.append(" AND instr(lower(c.text), lower(?)) > 0");
      params.add(t);
    });
    return params;
  }

  /** Problems found by SQLite's own checks plus referential checks of the analysis tables; empty when sound. */
  List<String> check() {
    return read(c -> {
      List<String> problems = new ArrayList<>();
      for (String r : strings(c, "PRAGMA integrity_check")) {
        if (!r.equals("ok")) {
          problems.add("integrity: " + r);
        }
      }
      for (String r : strings(c, "SELECT 'foreign key violation in ' || \"table\" FROM pragma_foreign_key_check")) {
        problems.add(r);
      }
      String[][] refs = {
        {"event_articles", "article_id", "articles"}, {"relations", "article_id", "articles"},
        {"relations", "source_id", "articles"}, {"claim_sources", "article_id", "articles"},
        {"summary_sources", "article_id", "articles"}, {"event_articles", "event_id", "events"},
        {"story_events", "event_id", "events"}, {"events", "story", "stories"}, {"claims", "event_id", "events"},
      };
      for (String[] r : refs) {
        String col = r[2].equals("stories") || r[2].equals("events") || r[2].equals("articles") ? "id" : r[1];
        for (String missing : strings(c, "SELECT DISTINCT t." + r[1] + " FROM " + r[0] + " t WHERE NOT EXISTS "
            + "(SELECT 1 FROM " + r[2] + " x WHERE x." + col + " = t." + r[1] + ")")) {
          problems.add(r[0] + "." + r[1] + " refers to missing " + r[2] + " row '" + missing + "'");
        }
      }
      return problems;
    });
  }

  @Override
  public synchronized void close() {
    List<Connection> all = new ArrayList<>(readers);
    all.add(writer);
    SQLException first = null;
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw new StoreException("cannot close " + file + ": " + first.getMessage(), first);
    }
  }
}
