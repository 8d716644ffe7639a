package org.triangulate.cluster;

/**
 * Maps a text to a dense vector whose cosine similarity tracks similarity of meaning.
 *
 * <p>Implementations must be thread-safe (the clusterer's callers may embed on several threads
 * before adding in stream order) and return vectors of one fixed {@link #dimension()}.
 */
public interface Embedder {
  /** The vector for {@code text}; any length is accepted, implementations may read only its start. */
  float[] embed(String text);

  /** Length of every vector {@link #embed} returns. */
  int dimension();

  /**
   * all-MiniLM-L6-v2 (quantised, 384 dimensions) run in-process through ONNX Runtime via LangChain4j.
   * The model is loaded once per JVM on first use (about a second) and shared.
   */
  static Embedder miniLm() {
    return MiniLmEmbedder.shared();
  }
}
