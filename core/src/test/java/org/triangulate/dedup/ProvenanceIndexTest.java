package org.triangulate.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.article.Article;

/** Articles added a few at a time give the same links as one batch analysis of them all. */
class ProvenanceIndexTest {
  /** Small candidate lists and buckets so that newcomers crowd older candidates out and fill buckets. */
  private static final ProvenanceSettings TIGHT = new ProvenanceSettings(
      5, 32, 4, 64, 2, 1, 2, 4, 0.1,
      0.95, 0.8, 0.9, 0.5,
      4, 0.5, 0.8, 0.75, 0.5, 0.25, 0.2, 3, 2, 0.5);

  @Test
  void addingInBatchesEqualsOneAnalysisWithDefaultSettings() {
    assertIncrementalEqualsBatch(new Provenance(ProvenanceSettings.DEFAULTS, Optional.empty()), 11);
  }

  @Test
  void addingInBatchesEqualsOneAnalysisWhenCandidatesAreCrowdedOut() {
    assertIncrementalEqualsBatch(new Provenance(TIGHT, Optional.empty()), 12);
    assertIncrementalEqualsBatch(new Provenance(TIGHT, Optional.empty()), 13);
  }

  @Test
  void anEarlierExactCopyBecomesTheOriginalOfItsGroup() {
    Provenance p = Provenance.lexicalOnly();
    String body = "The council approved the new budget on Monday after a long debate about schools.\n\n"
        + "Councillors voted nine to four. The mayor said the plan would fund twelve new teachers.";
    Article late = article("late", body, LocalDate.of(2024, 5, 3));
    Article early = article("early", body, LocalDate.of(2024, 5, 1));
    ProvenanceIndex index = new ProvenanceIndex(p);
    index.add(List.of(late));
    List<String> changed = index.add(List.of(early));
    assertTrue(changed.contains("late"), changed::toString);
    assertEquals("early", index.sourcesOf("late").get(0).source());
    assertEquals(p.analyse(List.of(late, early)).links(), index.report().links());
  }

  @Test
  void rejectsAnIdAddedBefore() {
    ProvenanceIndex index = new ProvenanceIndex(Provenance.lexicalOnly());
    index.add(List.of(article("a", "Some words here for a body of text.", LocalDate.of(2024, 1, 1))));
    assertThrows(IllegalArgumentException.class,
        () -> index.add(List.of(article("a", "Other words.", LocalDate.of(2024, 1, 1)))));
  }

  private static void assertIncrementalEqualsBatch(Provenance p, long seed) {
    List<Article> articles = corpus(new Random(seed), 160);
    ProvenanceIndex index = new ProvenanceIndex(p);
    Random batches = new Random(seed * 31);
    int changedOld = 0;
    for (int i = 0; i < articles.size(); ) {
      int n = Math.min(articles.size() - i, batches.nextInt(3) == 0 ? 1 + batches.nextInt(6) : 1);
      List<String> changed = index.add(articles.subList(i, i + n));
      for (String id : changed) {
        if (index.position(id) < i) {
          changedOld++;
        }
      }
      i += n;
      if (batches.nextInt(10) == 0 || i == articles.size() || Boolean.getBoolean("every")) {
        ProvenanceReport batch = p.analyse(articles.subList(0, i));
        ProvenanceReport incremental = index.report();
        List<String> want = brief(batch.links());
        List<String> got = brief(incremental.links());
        int at = i;
        assertEquals(want, got, () -> "after " + at + " articles: missing "
            + want.stream().filter(x -> !got.contains(x)).toList() + ", extra "
            + got.stream().filter(x -> !want.contains(x)).toList());
        assertEquals(batch.links(), incremental.links(), "after " + i + " articles");
        for (String id : batch.ids()) {
          assertEquals(batch.addedSentences(id), incremental.addedSentences(id), id);
          assertEquals(batch.sourcesOf(id), index.sourcesOf(id), id);
        }
      }
    }
    assertTrue(changedOld > 0, "the corpus should make some newcomers change older articles' links");
  }

  private static List<String> brief(List<ProvenanceLink> links) {
    return links.stream().map(l -> l.derived() + "->" + l.source() + " " + l.relation() + " " + l.score()).toList();
  }

  private static Article article(String id, String body, LocalDate published) {
    return new Article(id, id + ".txt", Optional.empty(), id, Optional.empty(), Optional.of(published),
        Optional.empty(), Optional.empty(), body, List.of());
  }

  /**
   * Originals on a few topics, and copies, near duplicates, pastes and rewrites of earlier articles,
   * some dated before their source so that the newcomer is the original.
   */
  private static List<Article> corpus(Random r, int n) {
    String[] topics = {"flood", "election", "budget", "strike", "fire", "court"};
    String[] words = {"river", "council", "vote", "police", "water", "school", "minister", "workers", "town",
        "bridge", "judge", "tax", "rain", "union", "party", "homes", "power", "road", "hospital", "mayor"};
    List<Article> out = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i / 4 + r.nextInt(3) - 1);
      int kind = i < 8 ? 0 : r.nextInt(6);
      String body;
      if (kind <= 1 || bodies.isEmpty()) {
        String topic = topics[r.nextInt(topics.length)];
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < 6 + r.nextInt(5); s++) {
          sb.append("The ").append(topic).append(' ');
          for (int w = 0; w < 8 + r.nextInt(6); w++) {
            sb.append(words[r.nextInt(words.length)]).append(w % 3 == 0 ? " of " : " ");
          }
          sb.append("was reported by officials on day ").append(r.nextInt(30)).append(".\n\n");
        }
        body = sb.toString();
      } else {
        String src = bodies.get(Math.max(0, bodies.size() - 1 - r.nextInt(Math.min(bodies.size(), 12))));
        String[] paras = src.split("\n\n");
        StringBuilder sb = new StringBuilder();
        for (String para : paras) {
          switch (kind) {
            case 2 -> sb.append(para); // exact copy
            case 3 -> sb.append(r.nextInt(4) == 0 ? para.replace(" the ", " a ") : para); // near duplicate
            case 4 -> sb.append(r.nextBoolean() ? para : "Residents said " + words[r.nextInt(words.length)]
                + " and " + words[r.nextInt(words.length)] + " mattered most to them this week."); // partial
            default -> sb.append(para.replace(" of ", " from ").replace("was reported", "has been reported"));
          }
          sb.append("\n\n");
        }
        body = sb.toString();
      }
      bodies.add(body);
      out.add(article("a" + i, body.strip(), day));
    }
    return out;
  }
}
