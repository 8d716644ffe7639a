package org.triangulate.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the names, dates and figures of one sentence. The claim stage compares these slot values
 * across articles, so they must be found in the sentence text itself with character offsets.
 *
 * <p>{@link #lexical()} is the dictionary-free implementation (capitalised spans, common date forms
 * resolved against the publication date, numbers with the noun they count); {@link #ofStages} uses
 * the pipeline's temporal tagger and entity extractor.
 */
@FunctionalInterface
public interface Annotator {

  /**
   * Annotates {@code sentence}.
   *
   * @param published the article's publication date, the anchor for relative dates ("on Sunday");
   *     without it relative dates are left out
   */
  Annotations annotate(String sentence, Optional<LocalDate> published);

  /** The built-in, dictionary-free annotator. */
  static Annotator lexical() {
    return new LexicalAnnotator();
  }

  /**
   * Dates from the temporal tagger ({@link org.triangulate.time.TemporalTagger}), names from the entity
   * extractor ({@link org.triangulate.entity.EntityExtractor}), figures from the lexical rules.
   */
  static Annotator ofStages(org.triangulate.time.TemporalTagger tagger, org.triangulate.entity.EntityExtractor entities) {
    return new StageAnnotator(tagger, entities);
  }

  /** Everything found in one sentence; offsets are char indexes into that sentence. */
  record Annotations(List<Name> names, List<Timex> timexes, List<Figure> figures) {
    public static final Annotations EMPTY = new Annotations(List.of(), List.of(), List.of());

    public Annotations {
      names = List.copyOf(names);
      timexes = List.copyOf(timexes);
      figures = List.copyOf(figures);
    }
  }

  /** A proper name as written ("Syed Haider Shah", "Foreign Office"). */
  record Name(String text, int start, int end) {
    public Name {
      Objects.requireNonNull(text, "text");
      checkSpan(start, end);
    }
  }

  /**
   * A date expression with its value.
   *
   * @param value first day of the period named; with {@link Precision#MONTH} the 1st of the month
   */
  record Timex(String text, int start, int end, LocalDate value, Precision precision) {
    public Timex {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(precision, "precision");
      checkSpan(start, end);
    }

    /** The value as ISO text at its precision: {@code 2023-03-06}, {@code 2022-11} or {@code 2023}. */
    public String iso() {
      return switch (precision) {
        case DAY -> value.toString();
        case MONTH -> value.toString().substring(0, 7);
        case YEAR -> value.toString().substring(0, 4);
      };
    }
  }

  /** How much of a date is known. */
  enum Precision { DAY, MONTH, YEAR }

  /**
   * A number and what it counts.
   *
   * @param value the number (commas removed, number words resolved, "1.5 million" = 1500000)
   * @param unit the counted noun in lower case ("people", "millimetres"), empty when none follows
   * @param hedged true when qualified ("about", "at least", "over", "nearly")
   */
  record Figure(String text, int start, int end, double value, String unit, boolean hedged) {
    public Figure {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(unit, "unit");
      checkSpan(start, end);
    }
  }

  private static void checkSpan(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
    }
  }
}
