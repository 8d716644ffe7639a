package org.triangulate.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triangulate.entity.Entity;
import org.triangulate.entity.EntityExtractor;
import org.triangulate.entity.Mention;
import org.triangulate.time.TemporalTagger;

import org.triangulate.time.TimexType;

/**
 * The {@link Annotator} backed by the pipeline's own stages: dates from {@link TemporalTagger} (dates
 * with a resolved interval of one day, one calendar month or one calendar year), names from the
 * mentions {@link EntityExtractor} finds, figures from the built-in lexical rules.
 */
final class StageAnnotator implements Annotator {
  private final TemporalTagger tagger;
  private final EntityExtractor entities;

  StageAnnotator(TemporalTagger tagger, EntityExtractor entities) {
    this.tagger = tagger;
    this.entities = entities;
  }

  @Override
  public Annotations annotate(String sentence, Optional<LocalDate> published) {
    List<Annotator.Timex> timexes = new ArrayList<>();
    List<org.triangulate.time.Timex> tagged = published.isPresent() ? tagger.tag(sentence, published.get()) : tagger.tag(sentence);
    for (org.triangulate.time.Timex t : tagged) {
      if ((t.type() != TimexType.DATE && t.type() != TimexType.TIME) || t.interval().isEmpty()) {
        continue;
      }
      LocalDate b = t.beginDate().orElseThrow();
      LocalDate e = t.endDate().orElseThrow();
      Annotator.Precision p;
      if (b.equals(e) || t.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        p = Annotator.Precision.DAY;
      } else if (b.getDayOfMonth() == 1 && e.equals(b.plusMonths(1).minusDays(1))) {
        p = Annotator.Precision.MONTH;
      } else if (b.getDayOfYear() == 1 && ChronoUnit.DAYS.between(b, e) >= 364 && e.getYear() == b.getYear()) {
        p = Annotator.Precision.YEAR;
      } else {
        continue; // seasons, weeks, decades: too coarse to compare as a slot value
      }
      timexes.add(new Annotator.Timex(t.text(), t.start(), t.end(), b, p));
    }
    List<Annotator.Name> names = new ArrayList<>();
    for (Entity en : entities.extract(sentence)) {
      for (Mention m : en.mentions()) {
        if (m.end() <= sentence.length()) {
          names.add(new Annotator.Name(m.text(), m.start(), m.end()));
        }
      }
    }
    names.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return new Annotations(names, timexes, LexicalAnnotator.figures(sentence, timexes));
  }
}
