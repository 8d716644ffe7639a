package org.triangulate.store;

import java.util.List;

/**
 * The SQLite schema, version {@value #VERSION}.
 *
 * <p>{@code articles} is the source of truth (one row per cleaned article, {@code removed} lines in
 * {@code article_removed}). Every other table is the analysis of all articles, replaced as a whole in
 * one transaction (or, on an incremental ingest, only the rows of changed events, stories and article
 * derivations, also in one transaction): {@code relations} (who derives from whom), {@code article_extras}, {@code stories}
 * and {@code story_events}, {@code events} with {@code event_articles}, {@code entities},
 * {@code claims} (+ {@code claim_sources}, {@code claim_conflicts}, {@code conflict_sources}) and
 * {@code summaries} (+ {@code summary_sources}). Child rows are keyed by their parent and a 0-based
 * {@code position} that keeps the dossier's order. {@code extra} columns hold record components this
 * schema does not know yet, as JSON.
 *
 * <p>{@code meta} keys: {@code schema} (this version), {@code article_gen} (bumped by every article
 * insert or update; each article row records the gen that wrote it), {@code analysed_gen} (the
 * {@code article_gen} the analysis tables reflect; smaller means the analysis is stale, e.g. after a
 * crash between storing articles and re-analysing) and {@code analysis_gen} (bumped by every analysis).
 */
final class Schema {
  static final int VERSION = 1;

  private Schema() {}

  static final List<String> ANALYSIS_TABLES = List.of("relations", "article_extras", "stories", "story_events",
      "events", "event_articles", "entities", "claims", "claim_sources", "claim_conflicts", "conflict_sources",
      "summaries", "summary_sources");

  static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      """
      CREATE TABLE IF NOT EXISTS articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        base_id TEXT NOT NULL,
        origin TEXT NOT NULL,
        url TEXT, title TEXT NOT NULL, outlet TEXT, published TEXT, byline TEXT, dateline TEXT,
        body TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        gen INTEGER NOT NULL,
        extra TEXT)""",
      "CREATE INDEX IF NOT EXISTS articles_base ON articles(base_id)",
      "CREATE INDEX IF NOT EXISTS articles_gen ON articles(gen)",
      """
      CREATE TABLE IF NOT EXISTS article_removed (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, line TEXT NOT NULL, PRIMARY KEY (article_id, position))""",
      """
      CREATE TABLE IF NOT EXISTS relations (
        article_id TEXT NOT NULL, position INTEGER NOT NULL, source_id TEXT NOT NULL,
        relation TEXT NOT NULL, score REAL NOT NULL, extra TEXT, PRIMARY KEY (article_id, position))""",
      "CREATE INDEX IF NOT EXISTS relations_source ON relations(source_id)",
      "CREATE TABLE IF NOT EXISTS article_extras (article_id TEXT PRIMARY KEY, extra TEXT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, extra TEXT)",
      """
      CREATE TABLE IF NOT EXISTS story_events (
        story_id TEXT NOT NULL, position INTEGER NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (story_id, position))""",
      """
      CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, date TEXT, end_date TEXT,
        location TEXT, story TEXT NOT NULL, extra TEXT)""",
      """
      CREATE TABLE IF NOT EXISTS event_articles (
        event_id TEXT NOT NULL, position INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (event_id, position))""",
      "CREATE INDEX IF NOT EXISTS event_articles_article ON event_articles(article_id)",
      """
      CREATE TABLE IF NOT EXISTS entities (
        event_id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, role TEXT,
        extra TEXT, PRIMARY KEY (event_id, position))""",
      """
      CREATE TABLE IF NOT EXISTS claims (
        event_id TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL,
        extra TEXT, PRIMARY KEY (event_id, position))""",
      "CREATE INDEX IF NOT EXISTS claims_status ON claims(status)",
      """
      CREATE TABLE IF NOT EXISTS claim_sources (
        event_id TEXT NOT NULL, claim_pos INTEGER NOT NULL, independent INTEGER NOT NULL, position INTEGER NOT NULL,
        article_id TEXT NOT NULL, PRIMARY KEY (event_id, claim_pos, independent, position))""",
      """
      CREATE TABLE IF NOT EXISTS claim_conflicts (
        event_id TEXT NOT NULL, claim_pos INTEGER NOT NULL, position INTEGER NOT NULL, value TEXT NOT NULL,
        extra TEXT, PRIMARY KEY (event_id, claim_pos, position))""",
      """
      CREATE TABLE IF NOT EXISTS conflict_sources (
        event_id TEXT NOT NULL, claim_pos INTEGER NOT NULL, conflict_pos INTEGER NOT NULL, position INTEGER NOT NULL,
        article_id TEXT NOT NULL, PRIMARY KEY (event_id, claim_pos, conflict_pos, position))""",
      """
      CREATE TABLE IF NOT EXISTS summaries (
        event_id TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, extra TEXT,
        PRIMARY KEY (event_id, position))""",
      """
      CREATE TABLE IF NOT EXISTS summary_sources (
        event_id TEXT NOT NULL, sentence_pos INTEGER NOT NULL, position INTEGER NOT NULL, article_id TEXT NOT NULL,
        PRIMARY KEY (event_id, sentence_pos, position))""");
}
