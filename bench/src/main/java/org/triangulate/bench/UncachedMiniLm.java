package org.triangulate.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.triangulate.dedup.SentenceEmbedder;

/**
 * The same all-MiniLM-L6-v2-q model as {@link SentenceEmbedder#miniLm()} but without its text cache,
 * so that throughput measurements pay for every embedding even when a text was seen before.
 */
final class UncachedMiniLm implements SentenceEmbedder {
  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  @Override
  public float[] embed(String text) {
    return SentenceEmbedder.normalize(model.embed(text.isBlank() ? "." : text).content().vector().clone());
  }
}
