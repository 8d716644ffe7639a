package org.triangulate.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.triangulate.article.Article;

/**
 * Which days an article (or an event, summed over its articles) says the reported event happened on:
 * each date mention votes for the days it covers, the publication date votes weakly. An article's
 * <em>anchor</em> is its best-voted day; an event's <em>span</em> is its best-voted day widened to
 * every explicit multi-day range that contains it ("6-7 March 2023") and to the neighbouring days whose
 * votes reach {@link ClusterSettings#spanFraction()} of the best. Not thread-safe.
 */
final class DayVotes {
  private final TreeMap<LocalDate, Double> votes = new TreeMap<>();
  /** Explicit ranges of two days or more, first day to last day. */
  private final Map<LocalDate, LocalDate> ranges = new TreeMap<>();

  static DayVotes of(Article article, List<DateSource.Mention> mentions, ClusterSettings s) {
    DayVotes v = new DayVotes();
    Optional<LocalDate> published = article.published();
    for (DateSource.Mention m : mentions) {
      long days = ChronoUnit.DAYS.between(m.start(), m.end()) + 1;
      if (days > s.maxMentionDays()) {
        continue;
      }
      if (published.isPresent()
          && ChronoUnit.DAYS.between(m.end(), published.get()) > s.maxMentionAgeDays()) {
        continue;
      }
      // inverted pyramid: the lead dates the event, later paragraphs recall background
      double position = (double) s.leadChars() / (s.leadChars() + m.offset());
      double w = (m.explicit() ? 1.0 : s.relativeDateWeight()) * position;
      if (m.explicit() && days > 1) {
        v.ranges.merge(m.start(), m.end(), (x, y) -> x.isAfter(y) ? x : y);
      }
      for (LocalDate d = m.start(); !d.isAfter(m.end()); d = d.plusDays(1)) {
        v.votes.merge(d, w, Math::max); // one article votes at most once per day
      }
    }
    published.ifPresent(p -> v.votes.merge(p, s.publicationDateWeight(), Math::max));
    return v;
  }

  boolean isEmpty() {
    return votes.isEmpty();
  }

  void addAll(DayVotes other) {
    other.votes.forEach((d, w) -> votes.merge(d, w, Double::sum));
    other.ranges.forEach((b, e) -> ranges.merge(b, e, (x, y) -> x.isAfter(y) ? x : y));
  }

  /** The best-voted day; on a tie the earliest. */
  Optional<LocalDate> anchor() {
    LocalDate best = null;
    double bestW = 0;
    for (Map.Entry<LocalDate, Double> e : votes.entrySet()) {
      if (e.getValue() > bestW) {
        best = e.getKey();
        bestW = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The best-voted day not after {@code limit}; on a tie the earliest. */
  Optional<LocalDate> anchorNotAfter(LocalDate limit) {
    LocalDate best = null;
    double bestW = 0;
    for (Map.Entry<LocalDate, Double> e : votes.headMap(limit, true).entrySet()) {
      if (e.getValue() > bestW) {
        best = e.getKey();
        bestW = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code [first, last]} around the anchor, or empty when there are no votes. */
  Optional<LocalDate[]> span(double fraction) {
    Optional<LocalDate> anchor = anchor();
    if (anchor.isEmpty()) {
      return Optional.empty();
    }
    double min = votes.get(anchor.get()) * fraction;
    LocalDate first = anchor.get();
    LocalDate last = anchor.get();
    for (Map.Entry<LocalDate, LocalDate> r : ranges.entrySet()) {
      if (!r.getKey().isAfter(anchor.get()) && !r.getValue().isBefore(anchor.get())) {
        first = r.getKey().isBefore(first) ? r.getKey() : first;
        last = r.getValue().isAfter(last) ? r.getValue() : last;
      }
    }
    while (votes.getOrDefault(first.minusDays(1), 0.0) >= min) {
      first = first.minusDays(1);
    }
    while (votes.getOrDefault(last.plusDays(1), 0.0) >= min) {
      last = last.plusDays(1);
    }
    return Optional.of(new LocalDate[] {first, last});
  }
}
