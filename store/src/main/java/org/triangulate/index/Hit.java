package org.triangulate.index;

import java.util.Objects;

/** One search result; {@code score} is Lucene's BM25 score (text) or cosine similarity mapped to [0,1] (vector). */
public record Hit(IndexDoc.Kind kind, String id, String title, double score) {
  public Hit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
