package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageDatesTest {
  @Test
  void bylineDateBeatsCommentAndSidebarDatesThatComeFirst() {
    var doc = Jsoup.parse("""
        <html lang="de"><body>
        <aside><span class="date">01.01.2015</span></aside>
        <div class="comments"><span class="comment-date">02.02.2016</span></div>
        <h1>Sommerfest</h1><div class="entry-meta">Veröffentlicht am 19. Juli 2014 von Anna</div>
        <p>Text des Artikels.</p></body></html>""");
    assertEquals(Optional.of(LocalDate.of(2014, 7, 19)), PageDates.fromDateElements(doc));
  }

  @Test
  void longElementsAreNotDateLines() {
    var doc = Jsoup.parse("<body><div class='post-info'>" + "Lorem ipsum dolor sit amet. ".repeat(10)
        + "On 3 March 2019 it rained.</div></body>");
    assertEquals(Optional.empty(), PageDates.fromDateElements(doc));
  }

  @Test
  void textGuessPrefersTheMonthNamedInTheUrlAndSkipsImplausibleYears() {
    var doc = Jsoup.parse("<body><p>Founded 12 May 1890. Archive: 4 January 2016. Posted 23 December 2016.</p></body>");
    assertEquals(Optional.of(LocalDate.of(2016, 12, 23)),
        PageDates.guess(doc, Optional.of("http://blog.example/2016/12/release.html")));
    assertEquals(Optional.of(LocalDate.of(2016, 1, 4)), PageDates.guess(doc, Optional.empty()));
  }

  @Test
  void textGuessIgnoresCommentsAndSidebars() {
    var doc = Jsoup.parse("<body><div id='comments'><p>Reply of 5 March 2021</p></div>"
        + "<aside>Archive 1 April 2020</aside><p>The fair opened on 7 June 2019.</p></body>");
    assertEquals(Optional.of(LocalDate.of(2019, 6, 7)), PageDates.guess(doc, Optional.empty()));
  }
}
