package org.triangulate.dedup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.triangulate.article.Article;

/** Everything provenance compares about one article, computed once. Sentences are split lazily. */
final class Fingerprint {
  private static final Pattern CREDIT = Pattern.compile(
      "^(source|via|courtesy|originally published|first published|this article (first )?appeared|"
          + "republished|reproduced|syndicated)\\b.*", Pattern.CASE_INSENSITIVE);

  final int index;
  final Article article;
  final long bodyHash;
  final long[] shingles;
  final long[] signature;
  private final MinHasher hasher;
  private volatile long @org.jspecify.annotations.Nullable [] topicSignature;
  private volatile @org.jspecify.annotations.Nullable Boolean credit;
  private volatile @org.jspecify.annotations.Nullable List<Sentence> sentences;

  Fingerprint(int index, Article article, ProvenanceSettings settings, MinHasher hasher) {
    this.index = index;
    this.article = article;
    String body = article.body();
    this.bodyHash = Shingles.bodyHash(body);
    this.shingles = Shingles.shingles(body, settings.shingleSize());
    this.signature = hasher.signature(shingles);
    this.hasher = hasher;
  }

  /** MinHash of the content words (computed on first use: only paraphrase search needs it). */
  long[] topicSignature() {
    long[] t = topicSignature;
    if (t == null) {
      t = hasher.signature(Shingles.contentWords(article.body()));
      topicSignature = t;
    }
    return t;
  }

  /** Whether the article carries a republication credit line (computed on first use). */
  boolean credit() {
    Boolean c = credit;
    if (c == null) {
      c = credits(article);
      credit = c;
    }
    return c;
  }

  String id() {
    return article.id();
  }

  boolean empty() {
    return shingles.length == 0;
  }

  List<Sentence> sentences() {
    List<Sentence> s = sentences;
    if (s == null) {
      s = Sentences.split(article.body());
      sentences = s;
    }
    return s;
  }

  /** A "Source: X" / "Via X" / "originally published" line: the article says it republishes. */
  private static boolean credits(Article a) {
    for (String line : a.removed()) {
      if (CREDIT.matcher(line.strip().toLowerCase(Locale.ROOT)).matches()) {
        return true;
      }
    }
    for (String p : a.paragraphs()) {
      if (p.length() < 80 && CREDIT.matcher(p.toLowerCase(Locale.ROOT)).matches()) {
        return true;
      }
    }
    return false;
  }
}
