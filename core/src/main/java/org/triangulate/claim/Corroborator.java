package org.triangulate.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.SummarySentence;
import org.triangulate.dossier.TimelineEntry;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.time.Timex;
import org.triangulate.time.TimexType;

/**
 * Front door of the claim stage: from the analysed articles of one event to its claims, a cited
 * summary and the dated background facts its articles state.
 *
 * <ol>
 *   <li>The checkable sentences of every article are its statements ({@link Statements}): each names
 *       an actor, a place, a number or a date; filler is left out. Statements dated well before the
 *       event are background for the story's timeline.
 *   <li>Statements of different articles that state the same fact become one claim ({@link Matching}):
 *       a logistic model over sentence-vector cosine, stem overlap and number agreement, average
 *       linkage, at most one statement per article per claim.
 *   <li>Sources are counted once per copy group ({@link CopyGroups}): copies and rewrites count with
 *       their original; a partial reuser with the original only for the passages it reused.
 *   <li>Typed values (counts, money, measures, magnitudes, names) are compared across the event's
 *       articles ({@link Slots}): agreeing, updated by a later report, or in conflict between
 *       independent sources.
 *   <li>Status: contradicted when a conflict remains, corroborated with two or more independent
 *       sources, single-source otherwise; a claim only derivatives make is flagged unsupported.
 * </ol>
 *
 * <p>Claims come ordered by weight: corroborated ones (most independent sources first), then
 * contradicted, then single-source in reading order. Cost: near-linear in the statements (candidate
 * pairs from an inverted index). Thread-safe; one instance serves any number of events.
 */
public final class Corroborator {
  private final ClaimSettings settings;
  private final Matching matching;

  public Corroborator(ClaimSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.matching = new Matching(settings);
  }

  public static Corroborator withDefaults() {
    return new Corroborator(ClaimSettings.DEFAULTS);
  }

  public ClaimSettings settings() {
    return settings;
  }

  /**
   * What the claim stage found for one event.
   *
   * @param claims ordered by weight (see the class comment)
   * @param summary sentences of the best-supported claims, then of conflicts; every one cites its sources
   * @param background dated facts from before the event, oldest first
   */
  public record Result(List<Claim> claims, List<SummarySentence> summary, List<TimelineEntry> background) {
    public Result {
      claims = List.copyOf(claims);
      summary = List.copyOf(summary);
      background = List.copyOf(background);
    }
  }

  /** {@link #corroborate(List, Lineage, Optional)} with the event dated by its earliest article. */
  public Result corroborate(List<AnalyzedArticle> articles, Lineage lineage) {
    return corroborate(articles, lineage, Optional.empty());
  }

  /**
   * Claims of one event.
   *
   * @param articles the event's analysed articles, any order
   * @param lineage who derives from whom (the provenance stage's links)
   * @param eventDate first day of the event; statements dated well before it are background
   */
  public Result corroborate(List<AnalyzedArticle> articles, Lineage lineage, Optional<LocalDate> eventDate) {
    Objects.requireNonNull(lineage, "lineage");
    List<AnalyzedArticle> ordered = chronological(articles);
    Optional<LocalDate> anchor = eventDate.or(() -> ordered.stream().flatMap(a -> a.article().published().stream())
        .min(Comparator.naturalOrder()));
    List<Statement> all = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      all.addAll(Statements.of(ordered.get(i), i, anchor, settings));
    }
    List<Statement> statements = all;
    List<String> ids = ordered.stream().map(AnalyzedArticle::id).toList();
    Map<Long, Double> pairs = matching.pairs(statements);
    CopyGroups groups = new CopyGroups(ids, lineage, settings.copiedStatement());

    List<Draft> drafts = new ArrayList<>();
    for (List<Integer> g : matching.group(statements, pairs)) {
      if (g.stream().anyMatch(i -> statements.get(i).checkable())) {
        drafts.add(new Draft(g.stream().map(statements::get).toList(),
            statements.get(wording(g, groups, pairs, statements)), false));
      }
    }
    detachAdditions(drafts, groups, statements);
    new Slots(settings, groups, matching).apply(statements.stream().filter(s -> !s.background()).toList(), all,
        drafts);
    for (Draft d : drafts) {
      finish(d, groups, statements);
    }
    drafts.sort(Comparator.comparingInt(Corroborator::rank)
        .thenComparingInt((Draft d) -> -d.independent.size()).thenComparingLong(Draft::firstPosition));
    List<Claim> claims = drafts.stream().map(Draft::toClaim).toList();
    return new Result(claims, summary(drafts), background(all));
  }

  private static int rank(Draft d) {
    return switch (d.status()) {
      case CORROBORATED -> 0;
      case CONTRADICTED -> 1;
      case SINGLE_SOURCE -> 2;
    };
  }

  private static List<AnalyzedArticle> chronological(List<AnalyzedArticle> articles) {
    List<AnalyzedArticle> out = new ArrayList<>(articles);
    out.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().published().orElse(LocalDate.MAX)));
    return out;
  }

  /** The member an original states, closest to the others, shorter on ties (an index into {@code statements}). */
  private static int wording(List<Integer> members, CopyGroups groups, Map<Long, Double> pairs,
      List<Statement> statements) {
    int best = members.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int m : members) {
      Statement s = statements.get(m);
      double score = (groups.isDerivative(s.article()) ? -10 : 0) + (s.checkable() ? 0 : -5);
      for (int o : members) {
        if (o != m) {
          score += Matching.of(pairs, m, o, statements.size());
        }
      }
      score -= s.text().length() / 2000.0;
      if (score > bestScore) {
        bestScore = score;
        best = m;
      }
    }
    return best;
  }

  /**
   * A derivative's statement that restates its source and adds a figure the source never gives
   * ("Tenders are due in April, and the first 2,000 homes will be handed over by December") leaves its
   * claim for one of its own, which the unsupported check then judges. A figure is added when no article
   * the statement derives from writes it, no other statement of the claim gives it, and the source's own
   * statement of the claim has no number within a factor of {@link #CONVERSION} of it (a unit converted
   * by a near-duplicate is no addition). A claim keeps at least one statement.
   */
  private static void detachAdditions(List<Draft> drafts, CopyGroups groups, List<Statement> statements) {
    Map<String, Set<Double>> rootNumbers = new HashMap<>();
    List<Draft> added = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.members.size() < 2) {
        continue;
      }
      for (Statement m : List.copyOf(d.members)) {
        if (d.members.size() < 2 || !groups.isDerivative(m.article())) {
          continue; // a claim keeps at least one statement
        }
        String root = groups.rootOf(m.article());
        Set<Double> known = rootNumbers.computeIfAbsent(root,
            r -> numbersOf(statements.stream().filter(o -> o.article().equals(r)).toList()));
        Set<Double> near = numbersOf(d.members.stream().filter(o -> o.article().equals(root)).toList());
        Set<Double> others = numbersOf(d.members.stream().filter(o -> o != m).toList());
        boolean adds = Wording.plainNumbers(m).stream().map(t -> value(t.norm())).anyMatch(v -> !Double.isNaN(v)
            && !known.contains(v) && !others.contains(v) && near.stream().noneMatch(n -> n > 0 && v / n <= CONVERSION && n / v <= CONVERSION));
        if (adds) {
          d.members.remove(m);
          if (d.wording == m) {
            d.wording = d.members.get(0);
          }
          added.add(new Draft(List.of(m), m, false));
        }
      }
    }
    drafts.addAll(added);
  }

  /** Largest ratio of a unit conversion a rewrite may make (kilometres to miles, kilograms to pounds). */
  private static final double CONVERSION = 3.5;

  private static Set<Double> numbersOf(List<Statement> statements) {
    Set<Double> out = new java.util.HashSet<>();
    for (Statement s : statements) {
      for (org.triangulate.text.Token t : s.sentence().tokens()) {
        if (t.numeric()) {
          out.add(value(t.norm()));
        }
      }
      for (Value v : s.values()) {
        if (!v.isName()) {
          out.add(v.number());
        }
      }
    }
    return out;
  }

  private static double value(String norm) {
    try {
      return Double.parseDouble(norm.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Sources, independent sources, the unsupported flag and notes of a draft. */
  private void finish(Draft d, CopyGroups groups, List<Statement> statements) {
    d.sources = d.articles();
    d.independent = groups.independent(d.sources, closeness(d.members));
    if (!d.typed && d.sources.stream().allMatch(groups::isDerivative)) {
      Set<String> roots = new LinkedHashSet<>();
      d.sources.forEach(s -> roots.add(groups.rootOf(s)));
      if (!supported(d, roots, statements)) {
        d.unsupported = Optional.of("appears only in a derivative of " + String.join(", ", roots));
      }
    }
    List<Statement> quoted = d.members.stream().filter(m -> m.sentence().mostlyQuoted()).toList();
    Set<String> roots = new LinkedHashSet<>();
    quoted.forEach(m -> roots.add(groups.rootOf(m.article())));
    if (roots.size() >= 2) {
      Optional<String> speaker = quoted.stream().flatMap(m -> m.sentence().speaker().stream()).findFirst();
      d.notes.add(String.join(", ", quoted.stream().map(Statement::article).distinct().toList())
          + " quote the same statement" + speaker.map(s -> " by " + s).orElse("")
          + ": independent reports of one primary source");
    }
  }

  /**
   * Whether the originals {@code roots} support what the draft says: one of their statements is at
   * least {@link ClaimSettings#supportProbability} likely to state the same fact, and the numbers and
   * the names of the draft's statement all occur in the originals. A rewrite restating its source in
   * other words is no addition; an added figure, or an added actor, is one.
   */
  private boolean supported(Draft d, Set<String> roots, List<Statement> statements) {
    Set<String> rootNumbers = new java.util.HashSet<>();
    StringBuilder rootText = new StringBuilder();
    List<Statement> rootStatements = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Statement o : statements) {
      if (roots.contains(o.article())) {
        rootStatements.add(o);
        rootNumbers.addAll(numbers(o));
        if (seen.add(o.article())) {
          rootText.append(o.source().article().title()).append('\n').append(o.source().article().body()).append('\n');
        }
      }
    }
    String text = rootText.toString().toLowerCase(java.util.Locale.ROOT);
    for (Statement m : d.members) {
      if (!rootNumbers.containsAll(numbers(m))
          || m.sentence().names().stream().anyMatch(n -> !text.contains(n.text().toLowerCase(java.util.Locale.ROOT))
              && !text.contains(n.entity().toLowerCase(java.util.Locale.ROOT)))) {
        continue;
      }
      for (Statement o : rootStatements) {
        if (matching.probability(m, o) >= settings.supportProbability()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The numbers a statement writes with digits, and its typed values. */
  private static Set<String> numbers(Statement s) {
    Set<String> out = new java.util.HashSet<>();
    for (org.triangulate.text.Token t : s.sentence().tokens()) {
      if (t.numeric()) {
        out.add(t.norm().replace(",", ""));
      }
    }
    for (Value v : s.values()) {
      if (!v.isName()) {
        out.add(Slots.number(v));
      }
    }
    return out;
  }

  /** How closely article a's statement of a claim matches article b's. */
  private ToDoubleBiFunction<String, String> closeness(List<Statement> members) {
    Map<String, Statement> byArticle = new HashMap<>();
    members.forEach(m -> byArticle.putIfAbsent(m.article(), m));
    return (a, b) -> {
      Statement x = byArticle.get(a);
      Statement y = byArticle.get(b);
      return x == null || y == null ? 0 : matching.probability(x, y);
    };
  }

  private List<SummarySentence> summary(List<Draft> drafts) {
    List<SummarySentence> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Draft d : drafts) {
      if (out.size() >= settings.summarySentences()) {
        break;
      }
      if (d.status() == Claim.Status.SINGLE_SOURCE && !out.isEmpty() || !seen.add(d.wording.text())) {
        continue;
      }
      out.add(new SummarySentence(d.wording.text(), d.sources));
    }
    return out;
  }

  /** Dated facts from before the event, oldest first, one per date and wording. */
  private static List<TimelineEntry> background(List<Statement> statements) {
    List<TimelineEntry> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Statement s : statements) {
      if (!s.background()) {
        continue;
      }
      for (Timex t : s.sentence().timexes()) {
        if (t.type() == TimexType.DATE && t.beginDate().isPresent()) {
          String date = iso(t);
          if (seen.add(date + "\u0000" + s.text())) {
            out.add(new TimelineEntry(date, s.text(), List.of(s.article()), TimelineEntry.Kind.BACKGROUND,
                Optional.empty()));
          }
          break;
        }
      }
    }
    out.sort(Comparator.comparing(TimelineEntry::date));
    return out;
  }

  /** A date at the precision its value gives: {@code 2023-03-06}, {@code 2022-11} or {@code 2022}. */
  private static String iso(Timex t) {
    String v = t.value();
    if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return v.substring(0, 10);
    }
    if (v.matches("\\d{4}-\\d{2}")) {
      return v;
    }
    if (v.matches("\\d{4}")) {
      return v;
    }
    return t.beginDate().orElseThrow().toString();
  }
}
