package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner(ExtractionSettings.DEFAULTS);

  private TextCleaner.Result clean(String text) {
    return cleaner.clean(text.lines().toList(), Optional.empty());
  }

  @Test
  void commentTimestampsNeverBecomeThePublicationDate() {
    var r = clean("Bridge reopens\n\nThe bridge reopened after two years of repairs, the council said on Friday.\n"
        + "Traffic is expected to return to normal within a week, according to the council.\n"
        + "3 Comments\nJane Doe\nMarch 9, 2023 at 10:15 am\nGreat news for commuters!");
    assertEquals(Optional.empty(), r.published());
    assertFalse(String.join("\n", r.body()).contains("Great news"));
  }

  @Test
  void sentencesThatStartLikeMenusStay() {
    var r = clean("Budget talks\n\nMore on Tuesday, the ministers met again to settle the budget for next year.\n"
        + "Share prices fell by four per cent after the announcement was made in parliament.");
    assertEquals(2, r.body().size(), r.body()::toString);
  }

  @Test
  void updatedDateLosesToPublishedDate() {
    var r = clean("Title here\nUpdated March 9, 2023\nPublished March 7, 2023\n"
        + "The body of the article is long enough to count as a paragraph of text.");
    assertEquals(Optional.of(LocalDate.of(2023, 3, 7)), r.published());
  }

  @Test
  void byBylineWithPlaceholderIsDropped() {
    assertEquals(Optional.empty(), clean("T\nBy Web Desk\nSome body text that is here.").byline());
    assertEquals(Optional.of("Ana Ruiz"), clean("T\nBy Ana Ruiz\nSome body text that is here.").byline());
    assertTrue(clean("T\nBy Tuesday, the situation had worsened considerably for everyone.\nMore.").byline().isEmpty());
  }

  @Test
  void repeatedCaptionsAreRemoved() {
    var r = clean("T\nMinisters meet in the capital. — Photo: file\nMinisters meet in the capital. — Photo: file\n"
        + "The ministers met to discuss the budget, officials said.");
    assertEquals(List.of("The ministers met to discuss the budget, officials said."), r.body());
  }

  @Test
  void citationMarkersAreStripped() {
    var r = clean("T\nThe delegation is headed by the coordinator [1]. Talks begin Monday [12].");
    assertEquals(List.of("The delegation is headed by the coordinator. Talks begin Monday."), r.body());
  }
}
