package org.triangulate.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.figure.Figure;
import org.triangulate.time.Timex;

/**
 * One sentence of an analysed article, with everything the text layer found in it. All offsets are
 * into the article body (for the headline: into the title).
 *
 * @param index position among the body's sentences, from 0 ({@code -1} for the headline)
 * @param paragraph the body line the sentence sits in, from 0
 * @param tokens its tokens in order
 * @param clauses coordinated clauses ("…; …", "…, while …"), one span covering the whole sentence
 *     when it has none
 * @param quoted share of its letters inside quotation marks, 0 to 1
 * @param speaker who the sentence attributes its content to ("Foreign Office" in "…, the Foreign
 *     Office said"), when it reports speech
 * @param names entity mentions inside it
 * @param timexes time expressions inside it, normalised against the publication date
 * @param figures counts, money, measures and percentages inside it
 */
public record Sentence(
    int index,
    int paragraph,
    int start,
    int end,
    String text,
    List<Token> tokens,
    List<Span> clauses,
    double quoted,
    Optional<String> speaker,
    List<Name> names,
    List<Timex> timexes,
    List<Figure> figures) {

  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    tokens = List.copyOf(tokens);
    clauses = List.copyOf(clauses);
    names = List.copyOf(names);
    timexes = List.copyOf(timexes);
    figures = List.copyOf(figures);
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad sentence span: start=" + start + ", end=" + end + ", length="
          + text.length());
    }
  }

  /** A part of the text: {@code [start, end)} with the text between. */
  public record Span(int start, int end, String text) {
    public Span {
      Objects.requireNonNull(text, "text");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
      }
    }
  }

  /** Stems of its content words (no stop words, no numbers), in order, repeats kept. */
  public List<String> contentStems() {
    return tokens.stream().filter(Token::content).map(Token::stem).toList();
  }

  /** Whether most of it sits inside quotation marks. */
  public boolean mostlyQuoted() {
    return quoted >= 0.5;
  }
}
