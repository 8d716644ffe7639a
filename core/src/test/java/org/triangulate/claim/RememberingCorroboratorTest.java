package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;

/** A corroborator that remembers each article's statements gives what a fresh one gives, event after event. */
class RememberingCorroboratorTest {
  private static Corroborator.Result corroborate(Corroborator c, List<Article> articles) {
    return c.corroborate(articles, Lineage.bySentenceOverlap(articles, ClaimSettings.DEFAULTS));
  }

  @Test
  void growingAnEventArticleByArticleGivesTheResultsOfAFreshCorroborator() {
    List<Article> flood = ClaimFixtures.demo().subList(0, 4);
    Corroborator fresh = Corroborator.withDefaults();
    Corroborator remembering = fresh.remembering(100);
    for (int n = 1; n <= flood.size(); n++) {
      // newest first too, so that remembered statements are reused at another article position
      List<Article> newestFirst = new ArrayList<>(flood.subList(0, n));
      Collections.reverse(newestFirst);
      for (List<Article> arts : List.of(flood.subList(0, n), newestFirst)) {
        assertEquals(corroborate(fresh, arts), corroborate(remembering, arts), "first " + n + " articles");
      }
    }
    assertEquals(4, remembering.remembered());
    assertEquals(0, fresh.remembered());
  }

  @Test
  void forgettingTheLeastRecentlyUsedArticlesChangesNoResult() {
    List<Article> flood = ClaimFixtures.demo().subList(0, 4);
    Corroborator fresh = Corroborator.withDefaults();
    Corroborator remembering = fresh.remembering(2);
    for (int n = 1; n <= flood.size(); n++) {
      List<Article> arts = flood.subList(0, n);
      assertEquals(corroborate(fresh, arts), corroborate(remembering, arts), "first " + n + " articles");
      assertEquals(Math.min(n, 2), remembering.remembered());
    }
  }

  @Test
  void itsSentenceOverlapLineageIsTheEstimateOfLineage() {
    List<Article> flood = ClaimFixtures.demo().subList(0, 4);
    Corroborator remembering = Corroborator.withDefaults().remembering(100);
    boolean someDerivation = false;
    for (int n = 2; n <= flood.size(); n++) {
      List<Article> arts = flood.subList(0, n);
      Lineage expected = Lineage.bySentenceOverlap(arts, ClaimSettings.DEFAULTS);
      Lineage got = remembering.bySentenceOverlap(arts, ClaimSettings.DEFAULTS);
      for (Article a : arts) {
        assertEquals(expected.derivedFrom(a.id()), got.derivedFrom(a.id()), a.id() + " among the first " + n);
        someDerivation |= !expected.derivedFrom(a.id()).isEmpty();
      }
    }
    assertTrue(someDerivation, "the demo's copy and rewrite must be found for this test to mean anything");
  }

  @Test
  void anArticleWhoseContentChangedUnderItsIdIsSplitAgain() {
    List<Article> flood = ClaimFixtures.demo().subList(0, 4);
    Corroborator fresh = Corroborator.withDefaults();
    Corroborator remembering = fresh.remembering(100);
    corroborate(remembering, flood);
    Article revised = withText(flood.get(3), flood.get(3).title(),
        flood.get(3).body().replace(", revising an earlier count from the provincial emergency office", ""));
    List<Article> arts = List.of(flood.get(0), flood.get(1), flood.get(2), revised);
    Corroborator.Result expected = corroborate(fresh, arts);
    assertNotEquals(corroborate(fresh, flood), expected, "the revision must matter for this test to mean anything");
    assertEquals(expected, corroborate(remembering, arts));
    assertEquals(4, remembering.remembered());
  }

  private static Article withText(Article a, String title, String body) {
    return new Article(a.id(), a.origin(), a.url(), title, a.outlet(), a.published(), a.byline(), a.dateline(), body,
        a.removed());
  }
}
