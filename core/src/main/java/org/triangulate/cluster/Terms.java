package org.triangulate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Lucene's English analysis (standard tokenizer, lower case, stop words, Porter stems); thread-safe. */
final class Terms {
  private static final Analyzer ANALYZER = new EnglishAnalyzer();

  private Terms() {}

  /** The analysed terms of {@code text} in order; numbers shorter than 4 digits are dropped. */
  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.length() < 2 || (isDigits(t) && t.length() < 4)) {
          continue;
        }
        out.add(t);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text held in memory", e);
    }
    return out;
  }

  private static boolean isDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
