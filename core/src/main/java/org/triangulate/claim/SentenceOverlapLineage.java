package org.triangulate.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.article.Article;
import org.triangulate.dossier.Derivation;

/**
 * Fallback provenance from statement overlap (see {@link Lineage#bySentenceOverlap}). Relation
 * {@code copy} when nearly every statement is restated almost word for word, {@code paraphrase}
 * otherwise; two articles are related when each has {@link ClaimSettings#derivativeShare()} of its
 * statements restated by the other, or the later one {@link ClaimSettings#abridgementShare()} of its
 * statements (an abridged rewrite). Two independent reports of one event restate each other's main
 * facts too, but a short one restates little of a long one and a long one adds much of its own. Direction: the earlier article is the original, a dated one before an undated one; on
 * equal or missing dates the one whose statements are less covered by the other (it says more of its
 * own) is, then the one with a byline.
 */
final class SentenceOverlapLineage {
  private SentenceOverlapLineage() {}

  static Lineage compute(List<Article> articles, ClaimSettings settings) {
    Annotator annotator = Annotator.lexical();
    return compute(articles, settings, a -> Statements.of(a, 0, annotator));
  }

  /**
   * @param statementsOf an article's statements with the lexical annotator (their article order is not
   *     used here)
   */
  static Lineage compute(List<Article> articles, ClaimSettings settings,
      java.util.function.Function<Article, List<Statement>> statementsOf) {
    List<List<Statement>> statements = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      statements.add(statementsOf.apply(articles.get(i)));
    }
    Map<String, List<Derivation>> out = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        Cover ij = cover(statements.get(i), statements.get(j), settings);
        Cover ji = cover(statements.get(j), statements.get(i), settings);
        if (ij.share < settings.derivativeShare() && ji.share < settings.derivativeShare()) {
          continue;
        }
        int derivative = direction(articles.get(i), articles.get(j), ij, ji) ? i : j;
        int original = derivative == i ? j : i;
        Cover c = derivative == i ? ij : ji;
        Cover o = derivative == i ? ji : ij;
        if (c.restated < settings.derivativeMinStatements()) {
          continue;
        }
        // a rewrite re-tells much of its source; a report that shares a few facts with a longer one
        // (both covering the same event) restates little of it, unless it is nearly all restatement
        if (Math.min(c.share, o.share) < settings.derivativeShare() && c.share < settings.abridgementShare()) {
          continue;
        }
        Derivation.Relation rel = c.verbatim >= 0.9 ? Derivation.Relation.COPY : Derivation.Relation.PARAPHRASE;
        out.computeIfAbsent(articles.get(derivative).id(), k -> new ArrayList<>())
            .add(new Derivation(articles.get(original).id(), rel, Math.min(1, c.share)));
      }
    }
    return Lineage.of(out);
  }

  /** True when article {@code a} (covered by b as {@code ab}) is the derivative of b. */
  private static boolean direction(Article a, Article b, Cover ab, Cover ba) {
    LocalDate da = a.published().orElse(null);
    LocalDate db = b.published().orElse(null);
    if (da != null && db != null && !da.equals(db)) {
      return da.isAfter(db);
    }
    if ((da == null) != (db == null)) {
      return da == null; // a page that carries its own date is likelier the original report
    }
    if (ab.ownDetail != ba.ownDetail) {
      return ab.ownDetail < ba.ownDetail; // rewriters add commentary, reporters add names, dates, figures
    }
    if (ab.share != ba.share) {
      return ab.share > ba.share;
    }
    return a.byline().isEmpty() && b.byline().isPresent();
  }

  /**
   * @param share share of statements restated by the other article
   * @param verbatim share restated almost word for word
   * @param ownDetail names, dates and figures per statement among the statements not restated
   * @param restated how many statements are restated
   */
  private record Cover(double share, double verbatim, double ownDetail, int restated) {}

  /** Share of {@code a}'s statements restated by some statement of {@code b}, and share restated verbatim. */
  private static Cover cover(List<Statement> a, List<Statement> b, ClaimSettings settings) {
    if (a.isEmpty()) {
      return new Cover(0, 0, 0, 0);
    }
    int covered = 0;
    int verbatim = 0;
    int details = 0;
    for (Statement s : a) {
      double best = 0;
      for (Statement t : b) {
        Similarity.Overlap o = Similarity.overlap(s, t);
        if (o.shared() >= settings.minSharedWords()) {
          best = Math.max(best, o.score());
        }
      }
      if (best >= settings.matchSimilarity()) {
        covered++;
      } else {
        details += s.names().size() + s.timexes().size() + s.figures().size();
      }
      if (best >= 0.95) {
        verbatim++;
      }
    }
    int own = a.size() - covered;
    return new Cover((double) covered / a.size(), (double) verbatim / a.size(), own == 0 ? 0 : (double) details / own,
        covered);
  }
}
