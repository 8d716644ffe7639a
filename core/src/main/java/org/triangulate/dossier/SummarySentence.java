package org.triangulate.dossier;

import java.util.List;
import java.util.Objects;

/** One sentence of an event summary with the articles it cites; never without a source. */
public record SummarySentence(String text, List<String> sources) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a summary sentence must cite at least one source: " + text);
    }
  }
}
