package org.triangulate.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.triangulate.dedup.SentenceEmbedder;

/**
 * Vectors kept in a file between benchmark runs (keyed by the SHA-256 of the text), so that
 * re-running quality measurements or tuning does not re-embed the corpus. Quality only: speed
 * measurements never use it.
 */
final class FileCachedEmbedder implements SentenceEmbedder {
  private final SentenceEmbedder delegate;
  private final Path file;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

  FileCachedEmbedder(SentenceEmbedder delegate, Path file) throws IOException {
    this.delegate = delegate;
    this.file = file;
    if (Files.isRegularFile(file)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String key = in.readUTF();
          float[] v = new float[in.readInt()];
          for (int k = 0; k < v.length; k++) {
            v[k] = in.readFloat();
          }
          vectors.put(key, v);
        }
      }
    }
  }

  @Override
  public float[] embed(String text) {
    return vectors.computeIfAbsent(key(text), k -> delegate.embed(text)).clone();
  }

  void save() throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(vectors.size());
      for (Map.Entry<String, float[]> e : vectors.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
  }

  private static String key(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
