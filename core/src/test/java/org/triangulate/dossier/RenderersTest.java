package org.triangulate.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private static final String EVIL = "<script>alert('x')</script> \"quoted\" & <img src=http://evil.example/x.png>";

  private static Dossier dossier() {
    DossierArticle a = new DossierArticle("a1", "Title " + EVIL, Optional.of("Outlet <b>"), Optional.of(LocalDate.of(2023, 3, 6)),
        Optional.empty(), "Body " + EVIL, List.of(), "a1.txt", Optional.of("javascript:alert(1)"), Optional.empty(),
        List.of());
    DossierArticle b = new DossierArticle("b\"2", "Copy", Optional.empty(), Optional.empty(), Optional.empty(), "Body",
        List.of(new Derivation("a1", Derivation.Relation.COPY, 1.0)), "b.txt", Optional.empty(), Optional.empty(), List.of());
    Claim corroborated = new Claim("Claim " + EVIL, List.of("a1", "b\"2"), List.of("a1"), Claim.Status.SINGLE_SOURCE,
        List.of(), List.of(new Claim.Span("a1", 0, 4, "Body")), List.of(), Optional.empty(), List.of("note " + EVIL));
    Claim contradicted = new Claim("Number of dead: reports disagree (12 vs 14)", List.of("a1", "b\"2"),
        List.of("a1", "b\"2"), Claim.Status.CONTRADICTED,
        List.of(new Claim.Conflict("12", List.of("a1")), new Claim.Conflict("14", List.of("b\"2"))));
    Claim unsupported = new Claim("Only the copy says this", List.of("b\"2"), List.of("b\"2"), Claim.Status.SINGLE_SOURCE,
        List.of(), List.of(), List.of(), Optional.of("appears only in a derivative of a1"), List.of());
    Event e = new Event("e1", "Event " + EVIL, Optional.of(LocalDate.of(2023, 3, 6)), Optional.empty(),
        Optional.of("Place <i>"), "s1", List.of("a1", "b\"2"), List.of(new EntityRef("Name <u>", "PERSON", Optional.empty())),
        List.of(corroborated, contradicted, unsupported), List.of(new SummarySentence("Summary " + EVIL, List.of("a1"))));
    Story s = new Story("s1", "Story " + EVIL, List.of("e1"), List.of(
        new TimelineEntry("2022-11", "Background " + EVIL, List.of("a1"), TimelineEntry.Kind.BACKGROUND, Optional.of("e1")),
        new TimelineEntry("2023-03-06", "Event", List.of("a1", "b\"2"), TimelineEntry.Kind.EVENT, Optional.of("e1"))));
    return new Dossier(List.of(a, b), List.of(e), List.of(s));
  }

  private static String render(DossierFormat f) {
    StringWriter w = new StringWriter();
    DossierWriter.write(dossier(), f, w);
    return w.toString();
  }

  @Test
  void htmlEscapesEverythingFromArticles() {
    String html = render(DossierFormat.HTML);
    assertFalse(html.contains("<script"), "no script element");
    assertFalse(html.contains("<img"), "no image element from article text");
    assertFalse(html.contains("<b>Outlet") || html.contains("Outlet <b>"), "outlet escaped");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertFalse(html.contains("href=\"javascript"), "an article URL is never a link");
  }

  @Test
  void htmlLoadsNothingFromElsewhere() {
    String html = render(DossierFormat.HTML);
    Matcher m = Pattern.compile("(?i)(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      assertTrue(m.group(2).startsWith("#"), "only in-page links: " + m.group());
    }
    assertFalse(html.contains("<link"), "no external stylesheet");
    assertTrue(html.contains("<svg"), "timeline and copy graph are inline SVG");
    assertTrue(html.contains("badge contradicted") && html.contains("badge unsupported"));
  }

  @Test
  void htmlIsWellFormedEnoughToNest() {
    String html = render(DossierFormat.HTML);
    for (String tag : List.of("section", "table", "svg", "details", "ul", "ol")) {
      assertEquals(count(html, "<" + tag + "[ >]"), count(html, "</" + tag + ">"), tag);
    }
  }

  @Test
  void markdownShowsStatusConflictsFlagsAndTimeline() {
    String md = render(DossierFormat.MARKDOWN);
    assertTrue(md.contains("❌ contradicted"), md);
    assertTrue(md.contains("**conflict:** 12 [`a1`] vs 14 [`b\"2`]"), md);
    assertTrue(md.contains("**unsupported:** appears only in a derivative of a1"), md);
    assertTrue(md.contains("| 2022-11 | background |"), md);
    assertTrue(md.contains("`b\"2` copies `a1`"), md);
  }

  @Test
  void countsAgreeInNumber() {
    assertTrue(render(DossierFormat.MARKDOWN).contains("2 articles, 1 event, 1 story."), "markdown");
    assertTrue(render(DossierFormat.HTML).contains("2 articles, 1 event, 1 story."), "html");
  }

  @Test
  void markdownNeutralisesMarkupFromArticles() {
    String md = render(DossierFormat.MARKDOWN);
    assertFalse(md.contains("<script"), md);
    assertFalse(md.contains("<img"), md);
    assertTrue(md.contains("&lt;script&gt;"), md);
  }

  @Test
  void parsesFormatNames() {
    assertEquals(DossierFormat.HTML, DossierFormat.parse("HTML"));
    assertEquals(DossierFormat.HTML, DossierFormat.parse("htm"));
    assertEquals(DossierFormat.MARKDOWN, DossierFormat.parse("md"));
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
