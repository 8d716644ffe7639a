package org.triangulate.index;

import java.util.List;
import org.triangulate.dedup.SentenceEmbedder;

/**
 * The process's one all-MiniLM-L6-v2-q model ({@link SentenceEmbedder#miniLmUncached()}, shared with
 * provenance and clustering, so a server loads it once), without the sentence cache: each indexed text
 * is embedded once. Vectors come back L2-normalised.
 */
final class MiniLmEmbedder implements Embedder {
  static final int DIMENSIONS = 384;
  private final SentenceEmbedder model = SentenceEmbedder.miniLmUncached();

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public float[] embed(String text) {
    return model.embed(text);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return texts.isEmpty() ? List.of() : model.embedAll(texts);
  }
}
