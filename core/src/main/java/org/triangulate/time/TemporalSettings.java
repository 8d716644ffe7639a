package org.triangulate.time;

/**
 * Switches and windows of the {@link TemporalTagger}, measured by {@code bench temporal} (see
 * docs/BENCHMARKS.md).
 *
 * @param tenseWindow how many characters around an expression, inside its sentence, are searched for
 *     tense cues ("will", "was", "held") that decide whether a bare weekday or month lies before or
 *     after the publication date
 * @param bareYears tag four-digit numbers between 1600 and 2099 as years when nothing marks them as
 *     counts ("1,524", "$2013", "2000 people")
 * @param barePluralDurations tag bare plural units ("for years", "in recent weeks") as durations with an
 *     unknown count ({@code PXY}, {@code PXW})
 * @param presentRefs tag "now", "currently", "recently", "the past", "at the time" as PRESENT_REF / PAST_REF
 */
public record TemporalSettings(
    int tenseWindow, boolean bareYears, boolean barePluralDurations, boolean presentRefs) {

  public static final TemporalSettings DEFAULTS = new TemporalSettings(120, true, true, true);

  public TemporalSettings {
    if (tenseWindow < 0) {
      throw new IllegalArgumentException("tenseWindow must be >= 0: " + tenseWindow);
    }
  }
}
