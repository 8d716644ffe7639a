package org.triangulate.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.text.Sentence;

/**
 * One checkable sentence of one article of an event, as the claim stage compares it.
 *
 * @param order the article's position in the event, earliest publication first
 * @param stems its content stems (from the text layer's tokens)
 * @param entities canonical names of the entities it mentions
 * @param values its typed values (counts, money, measures, people named), background ones left out
 * @param background the sentence is about an earlier event (it is dated well before this one)
 * @param numbers the numbers it gives (figures and numbers written with digits), for the same-fact model
 * @param checkable it names an actor, a place, a number or a date; a claim needs one checkable
 *     statement, the others may only support it ("The dialogue is aimed at …" quoting a statement
 *     another report attributes and dates)
 */
record Statement(
    AnalyzedArticle source,
    int order,
    Sentence sentence,
    Set<String> stems,
    Set<String> entities,
    List<Value> values,
    boolean background,
    boolean checkable,
    Set<Double> numbers) {

  Statement {
    stems = Set.copyOf(stems);
    entities = Set.copyOf(entities);
    values = List.copyOf(values);
    numbers = Set.copyOf(numbers);
  }

  /** One statement per sentence of an article: equal by article and sentence, cheap to hash. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Statement s && s.index() == index() && s.article().equals(article());
  }

  @Override
  public int hashCode() {
    return article().hashCode() * 31 + index();
  }

  String article() {
    return source.id();
  }

  Optional<LocalDate> published() {
    return source.article().published();
  }

  int index() {
    return sentence.index();
  }

  String text() {
    return sentence.text();
  }
}
