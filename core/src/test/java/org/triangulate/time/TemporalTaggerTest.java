package org.triangulate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {
  private static final TemporalTagger TAGGER = TemporalTagger.withDefaults();
  private static final LocalDate SUNDAY_5_MARCH_2023 = LocalDate.of(2023, 3, 5);
  private static final LocalDate FRIDAY_22_MARCH_2013 = LocalDate.of(2013, 3, 22);

  private static Timex only(String text, LocalDate dct, String expression) {
    List<Timex> found = TAGGER.tag(text, dct).stream().filter(t -> t.text().equals(expression)).toList();
    assertEquals(1, found.size(), () -> "expected one '" + expression + "' in " + TAGGER.tag(text, dct));
    return found.get(0);
  }

  private static String value(String text, LocalDate dct, String expression) {
    return only(text, dct, expression).value();
  }

  @Test
  void dayRangeIsOneDateCoveringBothDays() {
    String text = "Pakistan and the United States will hold a Counter Terrorism Dialogue on 6-7 March 2023 in Islamabad.";
    Timex t = only(text, SUNDAY_5_MARCH_2023, "6-7 March 2023");
    assertEquals(TimexType.DATE, t.type());
    assertEquals("2023-03-06/2023-03-07", t.value());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 6)), t.beginDate());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 7)), t.endDate());
    assertEquals(text.indexOf("6-7"), t.start());
    assertEquals(text.substring(t.start(), t.end()), t.text());
  }

  @Test
  void futureTenseWeekdayPointsForward() {
    String text = "A two-day counter-terrorism dialogue will begin in Islamabad on Monday, the Foreign Office said.";
    assertEquals("2023-03-06", value(text, SUNDAY_5_MARCH_2023, "Monday"));
    assertEquals("P2D", value(text, SUNDAY_5_MARCH_2023, "two-day"));
  }

  @Test
  void pastTenseWeekdayPointsBackAndTodayIsTheCreationDay() {
    LocalDate tuesday = LocalDate.of(2023, 3, 7);
    assertEquals("2023-03-07", value("Pakistan and the United States on Tuesday reaffirmed their resolve.", tuesday, "Tuesday"));
    assertEquals("2023-03-06", value("The talks opened on Monday.", tuesday, "Monday"));
    assertEquals("2023-03-01", value("The attack happened on Wednesday.", tuesday, "Wednesday"));
    assertEquals("2023-03-07", value("The talks begin today.", tuesday, "today"));
  }

  @Test
  void monthDayWithoutYearTakesTheYearFromTense() {
    LocalDate published = LocalDate.of(2024, 5, 14);
    Timex t = only("The Pakistan-US Counterterrorism Dialogue held on May 10 discussed threats.", published, "May 10");
    assertEquals("2024-05-10", t.value());
    assertEquals("2024-12-25", value("The summit will take place on December 25.", published, "December 25"));
    assertEquals("2023-12-25", value("The summit took place on December 25.", published, "December 25"));
  }

  @Test
  void bareMonthFollowsTense() {
    String past = "The Pakistani Taliban called off a fragile cease-fire with the government in November.";
    assertEquals("2022-11", value(past, SUNDAY_5_MARCH_2023, "November"));
    assertEquals("2023-11", value("Elections will be held in November.", SUNDAY_5_MARCH_2023, "November"));
    assertEquals("2022-06", value("Attacks have risen since June.", SUNDAY_5_MARCH_2023, "June"));
  }

  @Test
  void mayTheVerbIsNotAMonth() {
    assertTrue(TAGGER.tag("May the talks succeed. Officials May resign.", SUNDAY_5_MARCH_2023).isEmpty());
    assertEquals("2023-05", value("The vote is due in May.", SUNDAY_5_MARCH_2023, "May"));
  }

  @Test
  void relativeUnitsAnchorOnTheCreationDate() {
    assertEquals("2013-W11", value("Prices fell last week.", FRIDAY_22_MARCH_2013, "last week"));
    assertEquals("2013-W12", value("Prices fell this week.", FRIDAY_22_MARCH_2013, "this week"));
    assertEquals("2012", value("Prices fell last year.", FRIDAY_22_MARCH_2013, "last year"));
    assertEquals("2014", value("Prices will fall next year.", FRIDAY_22_MARCH_2013, "next year"));
    assertEquals("2013-02", value("Prices fell last month.", FRIDAY_22_MARCH_2013, "last month"));
    assertEquals("2009", value("He left four years ago.", FRIDAY_22_MARCH_2013, "four years ago"));
    assertEquals("2013-03-21", value("He left yesterday.", FRIDAY_22_MARCH_2013, "yesterday"));
    assertEquals("PRESENT_REF", value("He is now in Lahore.", FRIDAY_22_MARCH_2013, "now"));
  }

  @Test
  void seasonsUseTimexCodes() {
    assertEquals("2012-FA", value("The rains came last autumn.", FRIDAY_22_MARCH_2013, "last autumn"));
    assertEquals("2012-SU", value("He resigned last summer.", FRIDAY_22_MARCH_2013, "last summer"));
    Timex fa = only("The rains came last autumn.", FRIDAY_22_MARCH_2013, "last autumn");
    assertEquals(Optional.of(LocalDate.of(2012, 9, 1)), fa.beginDate());
    assertEquals(Optional.of(LocalDate.of(2012, 11, 30)), fa.endDate());
    assertTrue(TAGGER.tag("Prices could fall further.", FRIDAY_22_MARCH_2013).isEmpty(), "'fall' the verb");
  }

  @Test
  void explicitDatesMonthsYearsAndModifiers() {
    LocalDate dct = FRIDAY_22_MARCH_2013;
    assertEquals("2023-03", value("since the last dialogue in March 2023", dct, "March 2023"));
    assertEquals("2023-03-07", value("Published March 7, 2023", dct, "March 7, 2023"));
    assertEquals("2001-09-11", value("since the militant attacks of September 11, 2001.", dct, "September 11, 2001"));
    Timex early = only("It began in early 2011.", dct, "early 2011");
    assertEquals("2011", early.value());
    assertEquals(Optional.of("START"), early.mod());
    assertEquals("199", value("It began in the 1990s.", dct, "the 1990s"));
    assertEquals("19", value("the 20th century", dct, "the 20th century"));
    assertEquals("2013-Q1", value("Profits rose in the first quarter.", dct, "the first quarter"));
    assertEquals("2012-Q4", value("Profits rose in the fourth quarter.", dct, "the fourth quarter"));
    assertEquals("2013-03-22", value("on 2013-03-22", dct, "2013-03-22"));
    assertEquals("2012-03", value("The previous meeting in March of the previous year", dct,
        "March of the previous year"));
  }

  @Test
  void countsAreNotYears() {
    List<Timex> t = TAGGER.tag("1,524 violence-related fatalities and 1,463 injuries from 789 terror attacks "
        + "and 2000 people were hurt in 2023.", LocalDate.of(2024, 1, 2));
    assertEquals(List.of("2023"), t.stream().map(Timex::text).toList());
  }

  @Test
  void durationsTimesAndSets() {
    LocalDate dct = FRIDAY_22_MARCH_2013;
    assertEquals("P2Y", value("over the past two years", dct, "the past two years"));
    Timex almost = only("for almost seven years", dct, "almost seven years");
    assertEquals("P7Y", almost.value());
    assertEquals(Optional.of("LESS_THAN"), almost.mod());
    assertEquals("PT24H", value("in 24 hours", dct, "24 hours"));
    assertEquals("PXW", value("in recent weeks", dct, "recent weeks"));
    assertEquals(TimexType.DURATION, only("in recent weeks", dct, "recent weeks").type());
    assertEquals("2013-03-22TAF", value("He spoke on Friday afternoon.", dct, "Friday afternoon"));
    assertEquals("2013-03-23T15:00Z", value("The deadline will expire at 15:00 GMT Saturday.", dct, "15:00 GMT Saturday"));
    assertEquals("2013-03-22T20:00", value("at 8 p.m.", dct, "8 p.m."));
    Timex weekly = only("The council meets every week.", dct, "every week");
    assertEquals(TimexType.SET, weekly.type());
    assertEquals("P1W", weekly.value());
    assertTrue(weekly.interval().isEmpty());
  }

  @Test
  void withoutCreationDateRelativeExpressionsStayUnderspecified() {
    List<Timex> t = TAGGER.tag("The talks on 6-7 March 2023 followed attacks in November and on Monday.");
    assertEquals("2023-03-06/2023-03-07", t.get(0).value());
    assertEquals("XXXX-11", t.get(1).value());
    assertTrue(t.get(1).interval().isEmpty());
    assertEquals("XXXX-WXX-1", t.get(2).value());
  }

  @Test
  void impossibleDatesAreNotTagged() {
    assertFalse(TAGGER.tag("on 31 February 2023", SUNDAY_5_MARCH_2023).stream()
        .anyMatch(t -> t.text().contains("31")));
  }

  @Test
  void spansAreOrderedDisjointAndMatchTheTextOnRandomInput() {
    Random random = new Random(42);
    String[] words = {"on", "Monday", "6-7", "March", "2023", "last", "week", "the", "past", "two", "years",
        "ago", "May", "10", ",", "every", "autumn", "8", "p.m.", "15:00", "GMT", "since", "will", "was",
        "'", "-", "1990s", "first", "quarter", "today", "Christmas", "of", "31", "February", "12/25/2013"};
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(20);
      for (int i = 0; i < n; i++) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      List<Timex> found = TAGGER.tag(text, SUNDAY_5_MARCH_2023);
      int last = 0;
      for (Timex t : found) {
        assertTrue(t.start() >= last, () -> "overlap in: " + text);
        assertEquals(text.substring(t.start(), t.end()), t.text());
        last = t.end();
      }
      TAGGER.tag(text);
    }
  }

  @Test
  void rejectsMissingArguments() {
    assertThrows(NullPointerException.class, () -> TAGGER.tag("x", null));
    assertThrows(IllegalArgumentException.class, () -> new TemporalSettings(-1, true, true, true));
  }
}
