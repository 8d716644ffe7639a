package org.triangulate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds temporal expressions in English news text and normalises them to TIMEX3 values against the
 * document creation time (DCT, normally the publication date).
 *
 * <p>A java.time rule engine: explicit dates ("6 March 2023", "March 6, 2023", "2023-03-06"), day
 * ranges ("6-7 March 2023" is one DATE covering both days), months, years, decades, centuries, seasons,
 * quarters, weekdays ("on Monday"), deictic words ("today", "now", "last week", "last autumn", "four
 * years ago"), durations ("two days", "the past decade"), times of day and sets ("every week").
 *
 * <p>Traps: an expression without its own year or week ("Monday", "in November", "May 10") is
 * resolved by the tense of its sentence: a future cue ("will", "next", "scheduled") picks the first
 * occurrence on or after the DCT, a past cue ("was", "held", "-ed") the last one on or before it; a
 * bare weekday without any cue is taken as past, a bare month or day as the nearest occurrence.
 * "Since June" is never in the future. The tagger is stateless and thread-safe.
 */
public final class TemporalTagger {
  private static final Rules RULES = new Rules();
  private final TemporalSettings settings;

  public TemporalTagger(TemporalSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public static TemporalTagger withDefaults() {
    return new TemporalTagger(TemporalSettings.DEFAULTS);
  }

  /**
   * Tags {@code text}, resolving relative expressions against {@code documentCreationTime}.
   *
   * @return non-overlapping timexes in text order
   */
  public List<Timex> tag(String text, LocalDate documentCreationTime) {
    Objects.requireNonNull(documentCreationTime, "documentCreationTime");
    return run(text, documentCreationTime);
  }

  /**
   * Tags {@code text} without a creation time: explicit dates resolve as usual, relative ones stay
   * underspecified ({@code XXXX-11}, {@code XXXX-WXX-1}) and get no interval.
   */
  public List<Timex> tag(String text) {
    return run(text, null);
  }

  private List<Timex> run(String text, @Nullable LocalDate dct) {
    Objects.requireNonNull(text, "text");
    Rules.Ctx ctx = new Rules.Ctx(text, dct, settings);
    List<Rules.Candidate> candidates = new ArrayList<>(RULES.candidates(ctx));
    candidates.sort(Comparator.comparingInt((Rules.Candidate c) -> c.start() - c.end())
        .thenComparingInt(Rules.Candidate::rule).thenComparingInt(Rules.Candidate::start));
    List<Rules.Candidate> chosen = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    for (Rules.Candidate c : candidates) {
      boolean free = true;
      for (int i = c.start(); i < c.end() && free; i++) {
        free = !taken[i];
      }
      if (free) {
        chosen.add(c);
        for (int i = c.start(); i < c.end(); i++) {
          taken[i] = true;
        }
      }
    }
    chosen.sort(Comparator.comparingInt(Rules.Candidate::start));
    List<Timex> out = new ArrayList<>(chosen.size());
    for (Rules.Candidate c : chosen) {
      Norm n = c.norm();
      out.add(new Timex(c.start(), c.end(), text.substring(c.start(), c.end()), n.type(), n.value(), n.mod(),
          n.interval()));
    }
    return List.copyOf(out);
  }
}
