package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlContentTest {
  private static List<String> blocks(String html) {
    return new HtmlContent(ExtractionSettings.DEFAULTS).blocks(Jsoup.parse(html));
  }

  private static String para(String topic) {
    return "<p>The " + topic + " story continues here, with enough words, commas, and clauses to look like prose.</p>";
  }

  @Test
  void aFormWrappingTheWholePageIsNotFurniture() {
    List<String> b = blocks("<body><form id='aspnetForm'><h1>Moon bid</h1><div class='article'>"
        + para("moon") + para("lander") + "</div></form><form class='search'><input name=q></form></body>");
    assertEquals(2, b.size(), b::toString);
    assertTrue(b.get(0).startsWith("The moon story"));
  }

  @Test
  void aLayoutWrapperCalledSidebarKeepsTheArticleButARealSidebarGoes() {
    List<String> b = blocks("<body><div class='container penci_sidebar'><h1>Jam</h1><div class='entry-content'>"
        + para("jam") + para("pear") + para("honey") + "</div><div class='widget sidebar-box'>"
        + "<p>Subscribe to our weekly letter for more recipes, tips, and news from the kitchen.</p></div></div></body>");
    assertTrue(b.stream().anyMatch(s -> s.startsWith("The pear story")), b::toString);
    assertFalse(b.stream().anyMatch(s -> s.startsWith("Subscribe")), b::toString);
  }

  @Test
  void articleSplitIntoSeveralContainersIsCollectedWhole() {
    StringBuilder html = new StringBuilder("<body><div id='article-body'>");
    for (String t : List.of("europa", "telescope", "vapor", "ocean")) {
      html.append("<div class='card'><div class='card-content'>").append(para(t)).append("</div></div>")
          .append("<div class='card'><div class='ad-slot'></div></div>");
    }
    html.append("</div><div class='links'><ul><li><a href='/a'>Other headline one</a></li>"
        + "<li><a href='/b'>Other headline two</a></li></ul></div></body>");
    List<String> b = blocks(html.toString());
    assertEquals(4, b.size(), b::toString);
    assertTrue(b.get(3).startsWith("The ocean story"));
  }

  @Test
  void hiddenElementsAndLinkListsAreDropped() {
    List<String> b = blocks("<body><article>" + para("visible") + "<p style='display: none'>Hidden teaser text "
        + "that should never be read by anyone at all.</p><ul><li><a href='/x'>Link one here</a></li>"
        + "<li><a href='/y'>Link two here</a></li></ul>" + para("second") + "</article></body>");
    assertEquals(2, b.size(), b::toString);
  }
}
