package org.triangulate.index;

import java.util.List;

/**
 * Turns text into a fixed-size vector for semantic (kNN) search.
 *
 * <p>Contract: {@link #embed} returns exactly {@link #dimensions()} finite floats, L2-normalised
 * (cosine similarity = dot product), and the same vector for the same text. Implementations are
 * thread-safe. Long texts may be truncated by the model (all-MiniLM reads about 256 word pieces), so
 * callers embed a title plus the opening of a body, not a whole book.
 */
public interface Embedder {

  int dimensions();

  float[] embed(String text);

  /** Embeds many texts; the default calls {@link #embed} one by one. */
  default List<float[]> embedAll(List<String> texts) {
    return texts.stream().map(this::embed).toList();
  }

  /**
   * The in-process all-MiniLM-L6-v2 (quantised, ONNX inside the jar, 384 dimensions): the same model
   * instance as provenance and clustering use, loaded once per process on first use (about a second and
   * some 100 MB of memory). Embedding failures surface as {@link org.triangulate.dedup.EmbeddingException}.
   */
  static Embedder miniLm() {
    return new MiniLmEmbedder();
  }

  /** Feature hashing of word tokens: instant and deterministic, but lexical only (no synonyms). */
  static Embedder hashing(int dimensions) {
    return new HashingEmbedder(dimensions);
  }
}
