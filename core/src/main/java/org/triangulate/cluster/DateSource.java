package org.triangulate.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.triangulate.article.Article;

/**
 * The dates an article mentions, resolved to calendar days. The clusterer uses them to place an
 * article in time (which day did the reported event happen) and to date events.
 *
 * <p>Implementations resolve relative expressions ("on Monday", "yesterday") against the article's
 * publication date when it has one and drop them when it has none. Dates coarser than a day ("March
 * 2023", "last year") are not mentions: they cannot tell two rounds of the same talks apart and
 * would pull events towards the anniversaries they recall.
 */
@FunctionalInterface
public interface DateSource {
  /** Mentions of whole days or day ranges in {@code article}, in text order. */
  List<Mention> mentions(Article article);

  /** Uses no text, only the publication date (which is then not a mention). */
  DateSource NONE = article -> List.of();

  /** Dates found by the {@link org.triangulate.time.TemporalTagger} with its default settings. */
  static DateSource temporal() {
    return new TemporalDates(org.triangulate.time.TemporalTagger.withDefaults());
  }

  /**
   * One resolved day or day range.
   *
   * @param start first day
   * @param end last day (equal to {@code start} for a single day), never before {@code start}
   * @param offset character offset of the expression in {@code title + "\n" + body}; earlier
   *     mentions (headline, lead) are better evidence of the event's own date
   * @param explicit true when the text names the day itself ("6 March 2023", "May 10"); false when
   *     it was resolved from a relative or deictic expression ("on Monday", "today")
   */
  record Mention(LocalDate start, LocalDate end, int offset, boolean explicit) {
    public Mention {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("end " + end + " is before start " + start);
      }
      if (offset < 0) {
        throw new IllegalArgumentException("offset must be >= 0, got " + offset);
      }
    }
  }
}
