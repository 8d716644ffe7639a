package org.triangulate.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Budgets and choices of the text layer.
 *
 * @param maxChars characters of a body that are analysed; the rest of a longer body is kept in the
 *     article but not analysed ({@link AnalyzedArticle#truncated()}): a budget so that one huge
 *     upload costs bounded time. 200,000 characters is about 30,000 words, over ten times the longest
 *     article of the benchmark sets.
 * @param maxSentenceChars a run of text without a sentence end longer than this is cut at a space
 *     (lists, tables, a repeated phrase without punctuation)
 * @param maxEmbeddedSentences sentences of one article that get a vector (the headline always does);
 *     later ones get none: 400 covers every article of the benchmark sets
 * @param encoder the sentence encoder's name ({@code minilm}, {@code bge-small}), empty for no
 *     embeddings (see docs/BENCHMARKS.md, section embeddings, for how the default was chosen)
 */
public record TextSettings(int maxChars, int maxSentenceChars, int maxEmbeddedSentences, Optional<String> encoder) {
  public static final TextSettings DEFAULTS = new TextSettings(200_000, 1_000, 400, Optional.of("minilm"));

  public TextSettings {
    Objects.requireNonNull(encoder, "encoder");
    if (maxChars < 1 || maxSentenceChars < 20 || maxEmbeddedSentences < 0) {
      throw new IllegalArgumentException("bad text budgets: maxChars=" + maxChars + ", maxSentenceChars="
          + maxSentenceChars + ", maxEmbeddedSentences=" + maxEmbeddedSentences);
    }
  }

  /** These settings without sentence embeddings. */
  public TextSettings withoutEmbeddings() {
    return new TextSettings(maxChars, maxSentenceChars, maxEmbeddedSentences, Optional.empty());
  }

  /** These settings with the encoder called {@code name}. */
  public TextSettings withEncoder(String name) {
    SentenceEncoder.named(name); // fails fast on an unknown name
    return new TextSettings(maxChars, maxSentenceChars, maxEmbeddedSentences, Optional.of(name));
  }

  /** These settings with another character budget. */
  public TextSettings withMaxChars(int max) {
    return new TextSettings(max, maxSentenceChars, maxEmbeddedSentences, encoder);
  }
}
