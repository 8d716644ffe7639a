package org.triangulate.cluster;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * {@link Embedder} over LangChain4j's in-process all-MiniLM-L6-v2 (quantised). The model was trained
 * on inputs of up to 256 word pieces, so only the first {@value #MAX_CHARS} characters (cut at a
 * space) are embedded: the headline and lead, which is what names the event, and it keeps the cost
 * per article bounded.
 */
final class MiniLmEmbedder implements Embedder {
  /** About 256 word pieces of English news text. */
  static final int MAX_CHARS = 1000;

  private static final class Holder {
    static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
  }

  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  private MiniLmEmbedder() {}

  static MiniLmEmbedder shared() {
    return Holder.INSTANCE;
  }

  @Override
  public float[] embed(String text) {
    String t = text.strip();
    if (t.length() > MAX_CHARS) {
      int cut = t.lastIndexOf(' ', MAX_CHARS);
      t = t.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
    }
    if (t.isEmpty()) {
      return new float[dimension()];
    }
    return model.embed(t).content().vector();
  }

  @Override
  public int dimension() {
    return 384;
  }
}
