package org.triangulate.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * trafilatura's evaluation metric (micro-averaged over snippets), as described in
 * {@code ../shared/bench/article-extraction/README.md}: each "with" snippet found in the output is a
 * true positive (else a false negative), each "without" snippet found is a false positive (else a
 * true negative). Whitespace runs are collapsed to one space in snippet and output alike.
 */
final class SnippetScore {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private long tp;
  private long fp;
  private long tn;
  private long fn;

  /** Adds one document; a {@code null} output (a crash) finds nothing. */
  void add(String output, List<String> with, List<String> without) {
    String out = output == null ? null : normalize(output);
    for (String s : with) {
      if (out != null && out.contains(normalize(s))) {
        tp++;
      } else {
        fn++;
      }
    }
    for (String s : without) {
      if (out != null && out.contains(normalize(s))) {
        fp++;
      } else {
        tn++;
      }
    }
  }

  static String normalize(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  double accuracy() {
    long all = tp + fp + tn + fn;
    return all == 0 ? 0 : (double) (tp + tn) / all;
  }

  double f1() {
    return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
  }
}
