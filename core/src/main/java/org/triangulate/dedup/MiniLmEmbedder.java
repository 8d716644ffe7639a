package org.triangulate.dedup;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/** all-MiniLM-L6-v2 (quantised) run in process through LangChain4j's ONNX runtime; loads lazily. */
final class MiniLmEmbedder implements SentenceEmbedder {
  /** The one model instance of the process. */
  static final MiniLmEmbedder MODEL = new MiniLmEmbedder();
  static final SentenceEmbedder SHARED = new CachingEmbedder(MODEL, 200_000);

  private MiniLmEmbedder() {}

  private volatile EmbeddingModel model;

  private EmbeddingModel model() {
    EmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          try {
            m = new AllMiniLmL6V2QuantizedEmbeddingModel();
          } catch (RuntimeException | LinkageError e) {
            throw new EmbeddingException("cannot load the all-MiniLM-L6-v2-q embedding model: " + e, e);
          }
          model = m;
        }
      }
    }
    return m;
  }

  @Override
  public float[] embed(String sentence) {
    return embedAll(List.of(sentence)).get(0);
  }

  @Override
  public List<float[]> embedAll(List<String> sentences) {
    List<TextSegment> segments = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      segments.add(TextSegment.from(s.isBlank() ? "." : s));
    }
    List<Embedding> embeddings;
    try {
      embeddings = model().embedAll(segments).content();
    } catch (RuntimeException e) {
      throw new EmbeddingException("embedding failed: " + e, e);
    }
    List<float[]> out = new ArrayList<>(embeddings.size());
    for (Embedding e : embeddings) {
      out.add(SentenceEmbedder.normalize(e.vector().clone()));
    }
    return out;
  }
}
