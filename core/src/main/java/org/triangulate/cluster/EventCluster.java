package org.triangulate.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The mutable state of one event inside an {@link EventClusterer}. Not thread-safe. */
final class EventCluster {
  final int ordinal;
  final List<String> articles = new ArrayList<>();
  final List<String> titles = new ArrayList<>();
  final List<SparseVector> titleVectors = new ArrayList<>();
  final Centroid terms;
  final Centroid entities;
  float @Nullable [] embedding;
  final DayVotes days = new DayVotes();
  final Map<String, Integer> datelines = new LinkedHashMap<>();
  final Map<String, Integer> locations = new LinkedHashMap<>();
  final IdSet postedTerms = new IdSet();
  final IdSet postedEntities = new IdSet();
  /** Articles whose features were added (copies collapsed onto a source are members only). */
  int featureCount;
  private LocalDate @Nullable [] span;
  private boolean spanKnown;
  /** Memo of {@code EventClusterer.title(this)}; null when not known since the last {@link #changed}. */
  @Nullable String title;
  /** Memo of this event as the last snapshot showed it; null when not known since the last {@link #changed}. */
  @Nullable ClusteredEvent shown;
  /** First and last day on which a member article was placed (its anchor), or null. */
  @Nullable LocalDate firstPlaced;
  @Nullable LocalDate lastPlaced;

  EventCluster(int ordinal, int centroidTerms) {
    this.ordinal = ordinal;
    this.terms = new Centroid(centroidTerms);
    this.entities = new Centroid(centroidTerms);
  }

  String id() {
    return "e" + (ordinal + 1);
  }

  void addFeatures(SparseVector termVector, SparseVector entityVector, float @Nullable [] emb,
      DayVotes votes, Optional<String> dateline, Map<String, Integer> locs) {
    terms.add(termVector);
    entities.add(entityVector);
    if (emb != null) {
      if (embedding == null) {
        embedding = emb.clone();
      } else {
        for (int i = 0; i < emb.length; i++) {
          embedding[i] += emb[i];
        }
      }
    }
    days.addAll(votes);
    dateline.ifPresent(d -> datelines.merge(d, 1, Integer::sum));
    locs.forEach((k, v) -> locations.merge(k, v, Integer::sum));
    featureCount++;
    spanKnown = false;
    changed();
  }

  /** Widens the coverage range by the day a member article was placed on. */
  void place(@Nullable LocalDate day) {
    if (day == null) {
      return;
    }
    if (firstPlaced == null || day.isBefore(firstPlaced)) {
      firstPlaced = day;
    }
    if (lastPlaced == null || day.isAfter(lastPlaced)) {
      lastPlaced = day;
    }
    spanKnown = false;
    changed();
  }

  void absorb(EventCluster other) {
    articles.addAll(other.articles);
    titles.addAll(other.titles);
    titleVectors.addAll(other.titleVectors);
    terms.addAll(other.terms);
    entities.addAll(other.entities);
    if (other.embedding != null) {
      if (embedding == null) {
        embedding = other.embedding.clone();
      } else {
        for (int i = 0; i < embedding.length; i++) {
          embedding[i] += other.embedding[i];
        }
      }
    }
    days.addAll(other.days);
    other.datelines.forEach((k, v) -> datelines.merge(k, v, Integer::sum));
    other.locations.forEach((k, v) -> locations.merge(k, v, Integer::sum));
    featureCount += other.featureCount;
    place(other.firstPlaced);
    place(other.lastPlaced);
    spanKnown = false;
    changed();
  }

  /** Forgets what was derived from this event's members (call after any change to them). */
  void changed() {
    title = null;
    shown = null;
  }

  /** {@code [first, last]} day of the event, or null when no member gave a date. */
  LocalDate @Nullable [] span(double fraction) {
    if (!spanKnown) {
      span = days.span(fraction).orElse(null);
      spanKnown = true;
    }
    return span;
  }

  /**
   * The span widened to every day a member article was placed on: the whole coverage of the event, so
   * that follow-up reports are measured against the latest report, not only the best-voted days.
   */
  LocalDate @Nullable [] coverage(double fraction) {
    LocalDate[] s = span(fraction);
    if (firstPlaced == null) {
      return s;
    }
    if (s == null) {
      return new LocalDate[] {firstPlaced, lastPlaced};
    }
    return new LocalDate[] {firstPlaced.isBefore(s[0]) ? firstPlaced : s[0],
        lastPlaced.isAfter(s[1]) ? lastPlaced : s[1]};
  }

  /** Days from {@code day} to the nearest day of the span (0 inside it), or -1 when either is unknown. */
  long gapDays(@Nullable LocalDate day, double fraction) {
    return gapDays(day, span(fraction));
  }

  /** Days from {@code day} to the nearest day of the coverage (0 inside it), or -1 when either is unknown. */
  long coverageGapDays(@Nullable LocalDate day, double fraction) {
    return gapDays(day, coverage(fraction));
  }

  private static long gapDays(@Nullable LocalDate day, LocalDate @Nullable [] s) {
    if (day == null || s == null) {
      return -1;
    }
    if (day.isBefore(s[0])) {
      return ChronoUnit.DAYS.between(day, s[0]);
    }
    if (day.isAfter(s[1])) {
      return ChronoUnit.DAYS.between(s[1], day);
    }
    return 0;
  }

  /** Days between the two spans (0 if they overlap), or -1 when either is unknown. */
  long gapDays(EventCluster other, double fraction) {
    LocalDate[] a = span(fraction);
    LocalDate[] b = other.span(fraction);
    if (a == null || b == null) {
      return -1;
    }
    if (a[1].isBefore(b[0])) {
      return ChronoUnit.DAYS.between(a[1], b[0]);
    }
    if (b[1].isBefore(a[0])) {
      return ChronoUnit.DAYS.between(b[1], a[0]);
    }
    return 0;
  }

  double embeddingCosine(float @Nullable [] unit) {
    if (unit == null || embedding == null) {
      return 0;
    }
    double dot = 0;
    double norm = 0;
    for (int i = 0; i < unit.length; i++) {
      dot += unit[i] * embedding[i];
      norm += embedding[i] * embedding[i];
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }

  double embeddingCosine(EventCluster o) {
    if (o.embedding == null || embedding == null) {
      return 0;
    }
    double dot = 0;
    double n1 = 0;
    double n2 = 0;
    for (int i = 0; i < embedding.length; i++) {
      dot += embedding[i] * o.embedding[i];
      n1 += embedding[i] * embedding[i];
      n2 += o.embedding[i] * o.embedding[i];
    }
    return n1 == 0 || n2 == 0 ? 0 : dot / Math.sqrt(n1 * n2);
  }
}
