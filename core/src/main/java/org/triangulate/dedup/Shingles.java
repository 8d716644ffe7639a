package org.triangulate.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Text to 64-bit feature hashes: normalised words, word k-shingles, content words, body hashes and
 * exact Jaccard on the resulting sets. Public building block (the Spark job reuses it).
 *
 * <p>Normalisation: letters and digits are kept (lower-cased with {@link Locale#ROOT}), every other
 * character separates words; so punctuation, quote style and whitespace never change a hash. Accents
 * are kept ("é" is not "e").
 *
 * <p>Sets are returned as <em>sorted arrays of distinct longs</em>; {@link #jaccard} and
 * {@link #intersection} rely on that (passing an unsorted array gives wrong answers, not an error).
 * Hashes are stable across runs and JVMs (no {@code String.hashCode}, no random seed).
 */
public final class Shingles {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** Function words left out of {@link #contentWords}; they say nothing about what a text reports. */
  private static final Set<String> STOPWORDS = Set.copyOf(java.util.Arrays.asList(("a about above after again against all also am an and any are"
      + " as at be because been before being below between both but by can could did do does doing down during each"
      + " few for from further had has have having he her here hers herself him himself his how i if in into is it"
      + " its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out"
      + " over own same she should so some such than that the their theirs them themselves then there these they"
      + " this those through to too under until up very was we were what when where which while who whom why will"
      + " with would you your yours yourself yourselves s t said says say told would also its it's mr ms mrs new one"
      + " two may might must shall us").split(" ")));

  private Shingles() {}

  /** Lower-cased words of {@code text}, split at every character that is not a letter or digit. */
  public static List<String> words(String text) {
    Objects.requireNonNull(text, "text");
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /** The words joined by single spaces: the text as every hash here sees it. */
  public static String normalize(String text) {
    return String.join(" ", words(text));
  }

  /** 64-bit hash of the normalised text; equal for texts that differ only in case, punctuation or spacing. */
  public static long bodyHash(String text) {
    long[] tokens = tokenHashes(text);
    long h = FNV_OFFSET ^ tokens.length;
    for (long t : tokens) {
      h = mix(h * GOLDEN + t);
    }
    return h;
  }

  /**
   * Hashes of the word {@code k}-shingles of {@code text}, sorted and distinct. A text with fewer than
   * {@code k} words (but at least one) gives a single shingle of all its words; an empty text none.
   */
  public static long[] shingles(String text, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("shingle size must be >= 1: " + k);
    }
    long[] t = tokenHashes(text);
    if (t.length == 0) {
      return new long[0];
    }
    int n = Math.max(1, t.length - k + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = k;
      int end = Math.min(t.length, i + k);
      for (int j = i; j < end; j++) {
        h = mix(h * GOLDEN + t[j]);
      }
      out[i] = h;
    }
    return sortedDistinct(out);
  }

  /** Hashes of the words of {@code text} that are not function words and have at least 3 characters
   *  (or are numbers), sorted and distinct: a cheap description of what the text is about. */
  public static long[] contentWords(String text) {
    List<String> words = words(text);
    long[] out = new long[words.size()];
    int n = 0;
    for (String w : words) {
      if (isContentWord(w)) {
        out[n++] = hash64(stem(w));
      }
    }
    return sortedDistinct(Arrays.copyOf(out, n));
  }

  /** Whether {@code word} (already lower-cased) counts as a content word for {@link #contentWords}. */
  static boolean isContentWord(String word) {
    if (STOPWORDS.contains(word)) {
      return false;
    }
    return word.length() >= 3 || Character.isDigit(word.charAt(0));
  }

  /** A very light English stemmer: plural and a few inflections, so "talks" meets "talk". */
  static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Stable 64-bit hash of a character sequence (FNV-1a over UTF-16 units, then a strong finaliser). */
  public static long hash64(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** Exact Jaccard similarity |a∩b| / |a∪b| of two sorted distinct arrays; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int inter = intersection(a, b);
    int union = a.length + b.length - inter;
    return union == 0 ? 0 : (double) inter / union;
  }

  /** Size of the intersection of two sorted distinct arrays (linear merge). */
  public static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }

  /** Hash per normalised word, in text order, computed without building strings. */
  static long[] tokenHashes(String text) {
    Objects.requireNonNull(text, "text");
    long[] out = new long[Math.max(8, text.length() / 5)];
    int n = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h ^= Character.toLowerCase(c);
        h *= FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = mix(h);
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n + 1);
      }
      out[n++] = mix(h);
    }
    return Arrays.copyOf(out, n);
  }

  static long[] sortedDistinct(long[] a) {
    Arrays.sort(a);
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (i == 0 || a[i] != a[i - 1]) {
        a[n++] = a[i];
      }
    }
    return n == a.length ? a : Arrays.copyOf(a, n);
  }

  /** The MurmurHash3 64-bit finaliser: every input bit affects every output bit. */
  static long mix(long z) {
    z ^= z >>> 33;
    z *= 0xff51afd7ed558ccdL;
    z ^= z >>> 33;
    z *= 0xc4ceb9fe1a85ec53L;
    z ^= z >>> 33;
    return z;
  }
}
