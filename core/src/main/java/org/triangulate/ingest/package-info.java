/** Reading inputs (text, HTML, JSONL, WARC, RSS/Atom) into {@link org.triangulate.ingest.RawDocument}s; front door {@link org.triangulate.ingest.Ingestor}. */
@NullMarked
package org.triangulate.ingest;

import org.jspecify.annotations.NullMarked;
