package org.triangulate.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A BERT-style sentence encoder run with ONNX Runtime in padded batches: the model and tokenizer
 * files come from the LangChain4j embedding artifacts on the class path (nothing is downloaded).
 *
 * <p>Sentences are sorted by token count and cut into batches of at most {@link #BATCH} sentences, so
 * that padding stays small; each batch is one ONNX run over a {@code [batch, longest]} tensor with an
 * attention mask, pooled (mean over real tokens, or the CLS vector) and normalised. Results equal
 * unbatched encoding up to float rounding (measured in docs/BENCHMARKS.md, section pipeline). Texts are
 * cut to {@link #MAX_TOKENS} word pieces: news sentences rarely reach it, and the cost of a run grows
 * with the square of its length.
 */
final class OnnxEncoder implements SentenceEncoder {
  /** Sentences per ONNX run; measured: throughput flat from 32 to 128 on 2 cores. */
  static final int BATCH = Integer.getInteger("triangulate.onnx.batch", 64);
  /** Word pieces kept per sentence, [CLS] and [SEP] included. */
  static final int MAX_TOKENS = 128;

  static final OnnxEncoder MINI_LM = new OnnxEncoder("all-minilm-l6-v2-q", "/all-minilm-l6-v2-q.onnx",
      "/all-minilm-l6-v2-q-tokenizer.json", Pooling.MEAN, 384);
  static final OnnxEncoder BGE_SMALL = new OnnxEncoder("bge-small-en-v15-q", "/bge-small-en-v1.5-q.onnx",
      "/bge-small-en-v1.5-q-tokenizer.json", Pooling.CLS, 384);

  enum Pooling { MEAN, CLS }

  private final String name;
  private final String modelResource;
  private final String tokenizerResource;
  private final Pooling pooling;
  private final int dimensions;
  private volatile Loaded loaded;

  private record Loaded(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, boolean typeIds) {}

  OnnxEncoder(String name, String modelResource, String tokenizerResource, Pooling pooling, int dimensions) {
    this.name = name;
    this.modelResource = modelResource;
    this.tokenizerResource = tokenizerResource;
    this.pooling = pooling;
    this.dimensions = dimensions;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  private Loaded loaded() {
    Loaded l = loaded;
    if (l == null) {
      synchronized (this) {
        l = loaded;
        if (l == null) {
          l = load();
          loaded = l;
        }
      }
    }
    return l;
  }

  private Loaded load() {
    try (InputStream model = OnnxEncoder.class.getResourceAsStream(modelResource);
        InputStream tok = OnnxEncoder.class.getResourceAsStream(tokenizerResource)) {
      if (model == null || tok == null) {
        throw new IOException("model files " + modelResource + " / " + tokenizerResource + " not on the class path");
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      options.setIntraOpNumThreads(Integer.getInteger("triangulate.onnx.threads", 1));
      OrtSession session = env.createSession(model.readAllBytes(), options);
      HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tok,
          Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS),
              "modelMaxLength", Integer.toString(MAX_TOKENS)));
      boolean typeIds = session.getInputNames().contains("token_type_ids");
      return new Loaded(env, session, tokenizer, typeIds);
    } catch (IOException | OrtException | RuntimeException | LinkageError e) {
      throw new EncodingException("cannot load the " + name + " sentence encoder: " + e, e);
    }
  }

  @Override
  public List<float[]> encode(List<String> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    if (sentences.isEmpty()) {
      return List.of();
    }
    Loaded l = loaded();
    Encoding[] encodings = new Encoding[sentences.size()];
    for (int i = 0; i < encodings.length; i++) {
      String s = sentences.get(i);
      encodings[i] = l.tokenizer().encode(s == null || s.isBlank() ? "." : s, true, false);
    }
    Integer[] order = new Integer[encodings.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
    float[][] out = new float[encodings.length][];
    for (int from = 0; from < order.length; from += BATCH) {
      int to = Math.min(order.length, from + BATCH);
      run(l, encodings, Arrays.copyOfRange(order, from, to), out);
    }
    return Arrays.asList(out);
  }

  private void run(Loaded l, Encoding[] encodings, Integer[] batch, float[][] out) {
    int width = 0;
    for (int i : batch) {
      width = Math.max(width, Math.min(MAX_TOKENS, encodings[i].getIds().length));
    }
    int n = batch.length;
    long[] ids = new long[n * width];
    long[] mask = new long[n * width];
    long[] types = new long[n * width];
    for (int r = 0; r < n; r++) {
      Encoding e = encodings[batch[r]];
      long[] eid = e.getIds();
      long[] emask = e.getAttentionMask();
      long[] etype = e.getTypeIds();
      int len = Math.min(width, eid.length);
      System.arraycopy(eid, 0, ids, r * width, len);
      System.arraycopy(emask, 0, mask, r * width, len);
      System.arraycopy(etype, 0, types, r * width, len);
    }
    long[] shape = {n, width};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(l.env(), LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(l.env(), LongBuffer.wrap(mask), shape));
      if (l.typeIds()) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(l.env(), LongBuffer.wrap(types), shape));
      }
      try (OrtSession.Result result = l.session().run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        for (int r = 0; r < n; r++) {
          out[batch[r]] = SentenceEncoder.normalize(pool(hidden[r], mask, r * width, width));
        }
      }
    } catch (OrtException e) {
      throw new EncodingException(name + " failed on a batch of " + n + " sentences: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private float[] pool(float[][] tokens, long[] mask, int offset, int width) {
    if (pooling == Pooling.CLS) {
      return tokens[0].clone();
    }
    float[] v = new float[tokens[0].length];
    int count = 0;
    for (int t = 0; t < width; t++) {
      if (mask[offset + t] == 0) {
        continue;
      }
      count++;
      float[] x = tokens[t];
      for (int d = 0; d < v.length; d++) {
        v[d] += x[d];
      }
    }
    if (count > 0) {
      for (int d = 0; d < v.length; d++) {
        v[d] /= count;
      }
    }
    return v;
  }

  List<float[]> encodeOneByOne(List<String> sentences) {
    List<float[]> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(encode(List.of(s)).get(0));
    }
    return out;
  }
}
