package org.triangulate.ingest;

/** Receives what {@link Ingestor} reads, as it reads it; documents and problems interleave in input order. */
public interface IngestListener {

  /** Called once per readable document. */
  void onDocument(RawDocument document);

  /** Called once per unreadable file or record; ingestion continues with the next one. */
  void onProblem(IngestProblem problem);
}
