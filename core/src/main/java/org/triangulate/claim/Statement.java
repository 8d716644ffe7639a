package org.triangulate.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One atomic statement of one article: a clause with its place in the body and its slot values.
 *
 * @param start char offset of the clause in the article body
 * @param sentence the whole sentence the clause belongs to
 * @param sentenceStart char offset of that sentence in the body
 * @param sentenceIndex position of the sentence in the article, from 0
 * @param content content stems (names included, numbers and dates excluded)
 * @param nameWords lower-case words of the names in the clause
 * @param quoted the clause sits inside quotation marks
 * @param speaker who the sentence attributes the statement to ("the Foreign Office"), when said
 */
record Statement(
    String article,
    int articleOrder,
    Optional<LocalDate> published,
    String title,
    int sentenceIndex,
    int start,
    int end,
    String text,
    String sentence,
    int sentenceStart,
    Set<String> content,
    Set<String> nameWords,
    List<Annotator.Name> names,
    List<Annotator.Timex> timexes,
    List<Annotator.Figure> figures,
    boolean quoted,
    Optional<String> speaker) {

  Statement {
    content = Set.copyOf(content);
    nameWords = Set.copyOf(nameWords);
    names = List.copyOf(names);
    timexes = List.copyOf(timexes);
    figures = List.copyOf(figures);
  }

  /** This statement as found in the article at position {@code order} of its event. */
  Statement inOrder(int order) {
    return order == articleOrder ? this : new Statement(article, order, published, title, sentenceIndex, start, end,
        text, sentence, sentenceStart, content, nameWords, names, timexes, figures, quoted, speaker);
  }
}
