package org.triangulate.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.triangulate.article.Article;
import org.triangulate.time.TemporalTagger;
import org.triangulate.time.Timex;
import org.triangulate.time.TimexType;

/**
 * {@link DateSource} over the {@link TemporalTagger}: DATE and TIME expressions of the headline and
 * body with a resolved day interval, relative ones resolved against the publication date (without
 * one, only explicit dates resolve). An expression counts as explicit when it names a day of a month
 * ("6-7 March 2023", "May 10", "2023-03-06", "08/04/11").
 */
final class TemporalDates implements DateSource {
  private static final Pattern MONTH = Pattern.compile(
      "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b");
  private static final Pattern DAY = Pattern.compile("\\b\\d{1,2}(st|nd|rd|th)?\\b");
  private static final Pattern NUMERIC = Pattern.compile("\\b\\d{1,4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,4}\\b");

  private final TemporalTagger tagger;

  TemporalDates(TemporalTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public List<Mention> mentions(Article article) {
    String text = article.title() + "\n" + article.body();
    List<Timex> timexes = article.published().map(p -> tagger.tag(text, p)).orElseGet(() -> tagger.tag(text));
    List<Mention> out = new ArrayList<>();
    for (Timex t : timexes) {
      if ((t.type() != TimexType.DATE && t.type() != TimexType.TIME) || t.interval().isEmpty()) {
        continue;
      }
      out.add(new Mention(t.interval().get().begin(), t.interval().get().end(), t.start(), explicit(t.text())));
    }
    return out;
  }

  static boolean explicit(String expression) {
    String s = expression.toLowerCase(Locale.ROOT);
    return NUMERIC.matcher(s).find() || (MONTH.matcher(s).find() && DAY.matcher(s).find());
  }
}
