package org.triangulate.ingest;

/** The container an input was recognised as, by content (the file extension only breaks ties). */
public enum SourceFormat {
  TEXT,
  HTML,
  JSONL,
  WARC,
  FEED
}
