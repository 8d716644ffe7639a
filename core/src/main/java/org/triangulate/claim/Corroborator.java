package org.triangulate.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.triangulate.article.Article;
import org.triangulate.dossier.Claim;
import org.triangulate.dossier.SummarySentence;
import org.triangulate.dossier.TimelineEntry;

/**
 * Front door of the claim stage: from the articles of one event to its claims, a cited summary and
 * the dated background facts its articles state.
 *
 * <ol>
 *   <li>Every article is split into atomic statements (sentences, then coordinated clauses).
 *   <li>Statements of different articles that say the same thing (content overlap, numbers and dates
 *       left out) become one claim; a sentence of another article that contains a claim supports it.
 *   <li>Sources are counted once per copy group ({@link Lineage}): copies and rewrites count with
 *       their original. Several sources quoting the same statement are noted as such.
 *   <li>Numbers, dates and name spellings of one claim are compared across articles; so are casualty
 *       figures across claims. Competing values are a conflict, unless later reports revise them (an
 *       update; see {@link Slots}).
 *   <li>Status: contradicted when a conflict remains, corroborated with two or more independent
 *       sources, single-source otherwise. A claim only derivatives make is flagged unsupported.
 * </ol>
 *
 * <p>Thread-safe; one instance serves any number of events.
 */
public final class Corroborator {
  private final ClaimSettings settings;
  private final Annotator annotator;
  /** Each article's statements by article id, when this corroborator {@link #remembering(int) remembers}; else null. */
  private final Map<String, Remembered> remembered;
  /** Same for the lexical statements {@link #bySentenceOverlap} compares; null when not remembering. */
  private final Map<String, Remembered> rememberedLexical;
  private static final Annotator LEXICAL = Annotator.lexical();

  /** An article's statements as found with article order 0, with the article they were found in. */
  private record Remembered(Article article, List<Statement> statements) {}

  public Corroborator(ClaimSettings settings, Annotator annotator) {
    this(settings, annotator, 0);
  }

  private Corroborator(ClaimSettings settings, Annotator annotator, int maxArticles) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.remembered = maxArticles > 0 ? lru(maxArticles) : null;
    this.rememberedLexical = maxArticles > 0 ? lru(maxArticles) : null;
  }

  /** A map that forgets its least recently used entry beyond {@code max} entries; thread-safe. */
  private static Map<String, Remembered> lru(int max) {
    return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
        return size() > max;
      }
    });
  }

  /**
   * A corroborator with the same settings and annotator that remembers the statements it split each
   * article into (sentences, clauses and their annotations), by article id: corroborating an event again
   * after an article joined it splits and annotates only the newcomer. An article whose content differs
   * from the one remembered under its id is split again and replaces it. Results are those of this
   * corroborator (statements depend only on the article and the annotator). For an incremental analysis,
   * which re-corroborates an event whenever it changes.
   *
   * @param maxArticles how many articles' statements to keep at most (the least recently used are
   *     forgotten and split again when needed): bounds the memory, ~30 KB per article on news text
   * @throws IllegalArgumentException when {@code maxArticles} is not positive
   */
  public Corroborator remembering(int maxArticles) {
    if (maxArticles <= 0) {
      throw new IllegalArgumentException("maxArticles must be positive: " + maxArticles);
    }
    return new Corroborator(settings, annotator, maxArticles);
  }

  /**
   * {@link Lineage#bySentenceOverlap}: the same estimate, computed from the statements this corroborator
   * remembers when it {@link #remembering(int) remembers} them.
   */
  public Lineage bySentenceOverlap(List<Article> articles, ClaimSettings settings) {
    if (rememberedLexical == null) {
      return Lineage.bySentenceOverlap(articles, settings);
    }
    return SentenceOverlapLineage.compute(articles, settings, a -> remembered(rememberedLexical, a, LEXICAL));
  }

  /** {@code a}'s statements (article order 0) from {@code memo}, split and remembered when absent or stale. */
  private static List<Statement> remembered(Map<String, Remembered> memo, Article a, Annotator annotator) {
    Remembered r = memo.get(a.id());
    if (r == null || (r.article() != a && !r.article().equals(a))) {
      r = new Remembered(a, Statements.of(a, 0, annotator));
      memo.put(a.id(), r);
    }
    return r.statements();
  }

  /** Number of articles whose statements are remembered (0 when not {@link #remembering(int)}). */
  public int remembered() {
    return remembered == null ? 0 : remembered.size();
  }

  private List<Statement> statements(Article a, int order) {
    if (remembered == null) {
      return Statements.of(a, order, annotator);
    }
    List<Statement> found = remembered(remembered, a, annotator);
    if (order == 0) {
      return found;
    }
    List<Statement> out = new ArrayList<>(found.size());
    for (Statement st : found) {
      out.add(st.inOrder(order));
    }
    return out;
  }

  /** Default settings, dates from the temporal tagger and names from the entity extractor. */
  public static Corroborator withDefaults() {
    return new Corroborator(ClaimSettings.DEFAULTS, Annotator.ofStages(
        org.triangulate.time.TemporalTagger.withDefaults(), org.triangulate.entity.EntityExtractor.withDefaults()));
  }

  /** Default settings with the dictionary-free {@link Annotator#lexical()} annotator. */
  public static Corroborator lexical() {
    return new Corroborator(ClaimSettings.DEFAULTS, Annotator.lexical());
  }

  /**
   * What the claim stage found for one event.
   *
   * @param claims figure slots first, then claims in order of first appearance
   * @param summary extractive sentences of the best-supported claims, then templated sentences for
   *     updates and conflicts; every sentence cites its sources
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
  public Result corroborate(List<Article> articles, Lineage lineage) {
    return corroborate(articles, lineage, Optional.empty());
  }

  /**
   * Claims of one event.
   *
   * @param articles the event's articles, any order
   * @param eventDate first day of the event; statements dated well before it are background
   */
  public Result corroborate(List<Article> articles, Lineage lineage, Optional<LocalDate> eventDate) {
    Objects.requireNonNull(lineage, "lineage");
    List<Article> ordered = chronological(articles);
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      statements.addAll(statements(ordered.get(i), i));
    }
    List<String> ids = ordered.stream().map(Article::id).toList();
    CopyGroups groups = new CopyGroups(ids, lineage, settings.copiedStatement());
    Optional<LocalDate> anchor = eventDate.or(() -> ordered.stream().flatMap(a -> a.published().stream())
        .min(Comparator.naturalOrder()));

    List<List<Statement>> clusters = cluster(statements);
    support(clusters, statements);

    List<Draft> drafts = new ArrayList<>();
    for (List<Statement> c : clusters) {
      drafts.add(draft(c, groups, anchor));
    }
    List<Draft> slotDrafts = figureSlots(drafts, groups);

    List<Claim> claims = new ArrayList<>();
    slotDrafts.forEach(d -> claims.add(d.toClaim()));
    List<TimelineEntry> background = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.background.isPresent()) {
        background.add(new TimelineEntry(d.background.get().iso(), d.text, d.sources, TimelineEntry.Kind.BACKGROUND,
            Optional.empty()));
      }
      claims.add(d.toClaim());
    }
    background.sort(Comparator.comparing(TimelineEntry::date));
    return new Result(claims, summary(drafts, slotDrafts), background);
  }

  private static List<Article> chronological(List<Article> articles) {
    List<Article> out = new ArrayList<>(articles);
    out.sort(Comparator.comparing((Article a) -> a.published().orElse(LocalDate.MAX)));
    return out;
  }

  /** Greedy single pass: each statement joins the claim it best matches, or starts a new one. */
  private List<List<Statement>> cluster(List<Statement> statements) {
    List<List<Statement>> clusters = new ArrayList<>();
    for (Statement s : statements) {
      List<Statement> best = null;
      double bestScore = 0;
      for (List<Statement> c : clusters) {
        for (Statement m : c) {
          if (m.article().equals(s.article())) {
            continue;
          }
          Similarity.Overlap o = Similarity.overlap(s, m);
          if (o.shared() >= settings.minSharedWords() && o.score() > bestScore) {
            bestScore = o.score();
            best = c;
          }
        }
      }
      if (best != null && bestScore >= settings.matchSimilarity()) {
        best.add(s);
      } else {
        List<Statement> c = new ArrayList<>();
        c.add(s);
        clusters.add(c);
      }
    }
    return clusters;
  }

  /** Adds, as supporting spans, sentences of other articles that contain a claim's content. */
  private void support(List<List<Statement>> clusters, List<Statement> statements) {
    Map<Statement, Set<String>> sentenceContent = new HashMap<>();
    for (Statement s : statements) {
      sentenceContent.put(s, Text.content(s.sentence()));
    }
    for (List<Statement> c : clusters) {
      Statement rep = c.get(0);
      if (rep.content().size() < settings.minSharedWords() + 1) {
        continue;
      }
      Set<String> present = new HashSet<>();
      c.forEach(m -> present.add(m.article()));
      List<Statement> added = new ArrayList<>();
      for (Statement t : statements) {
        if (present.contains(t.article())) {
          continue;
        }
        Similarity.Overlap o = Similarity.overlap(rep.content(), sentenceContent.get(t), rep.nameWords(), Set.of());
        if (o.shared() >= settings.minSharedWords() + 1 && o.containmentOfA() >= settings.supportContainment()) {
          added.add(t);
          present.add(t.article());
        }
      }
      c.addAll(added);
    }
  }

  /** A claim under construction. */
  private final class Draft {
    final List<Statement> members;
    String text;
    final List<String> sources;
    final List<String> independent;
    final List<Claim.Conflict> conflicts = new ArrayList<>();
    final List<Claim.Conflict> updates = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    Optional<String> unsupported = Optional.empty();
    Optional<Annotator.Timex> background = Optional.empty();

    Draft(List<Statement> members, String text, List<String> sources, List<String> independent) {
      this.members = members;
      this.text = text;
      this.sources = sources;
      this.independent = independent;
    }

    Claim.Status status() {
      if (!conflicts.isEmpty()) {
        return Claim.Status.CONTRADICTED;
      }
      return independent.size() >= 2 ? Claim.Status.CORROBORATED : Claim.Status.SINGLE_SOURCE;
    }

    Claim toClaim() {
      List<Claim.Span> spans = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Statement m : members) {
        if (seen.add(m.article() + ":" + m.start())) {
          spans.add(new Claim.Span(m.article(), m.start(), m.end(), m.text()));
        }
      }
      return new Claim(text, sources, independent, status(), conflicts, spans, updates, unsupported, notes);
    }
  }

  private Draft draft(List<Statement> members, CopyGroups groups, Optional<LocalDate> anchor) {
    List<String> sources = new ArrayList<>(new LinkedHashSet<>(members.stream()
        .sorted(Comparator.comparingInt(Statement::articleOrder)).map(Statement::article).toList()));
    Statement rep = members.stream().filter(m -> !groups.isDerivative(m.article()))
        .min(Comparator.comparingInt(Statement::articleOrder)).orElse(members.get(0));
    Draft d = new Draft(members, display(rep.text()), sources, groups.independent(sources, closeness(members)));
    for (Slots.Slot slot : Slots.disagreements(members, settings)) {
      Optional<List<Slots.Value>> updates = Slots.asUpdates(slot);
      List<Slots.Value> values = updates.orElse(slot.values());
      List<Claim.Conflict> target = updates.isPresent() ? d.updates : d.conflicts;
      for (Slots.Value v : values) {
        target.add(new Claim.Conflict(v.text(), v.articles()));
      }
    }
    if (sources.stream().allMatch(groups::isDerivative)) {
      Set<String> roots = new LinkedHashSet<>();
      sources.forEach(s -> roots.add(groups.rootOf(s)));
      d.unsupported = Optional.of("appears only in a derivative of " + String.join(", ", roots));
    }
    quoteNote(d, groups);
    if (anchor.isPresent()) {
      d.background = backgroundDate(members, anchor.get());
    }
    return d;
  }

  /** How closely article a's statement of a claim matches article b's (best pair of their members). */
  private static java.util.function.ToDoubleBiFunction<String, String> closeness(List<Statement> members) {
    Map<String, List<Statement>> byArticle = new HashMap<>();
    members.forEach(m -> byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
    return (a, b) -> {
      double best = 0;
      for (Statement x : byArticle.getOrDefault(a, List.of())) {
        for (Statement y : byArticle.getOrDefault(b, List.of())) {
          best = Math.max(best, Similarity.overlap(x, y).score());
        }
      }
      return best;
    };
  }

  /** Notes when two or more independent sources quote the same statement. */
  private void quoteNote(Draft d, CopyGroups groups) {
    List<Statement> quoted = d.members.stream().filter(Statement::quoted).toList();
    Set<String> quoting = new LinkedHashSet<>();
    for (int i = 0; i < quoted.size(); i++) {
      for (int j = i + 1; j < quoted.size(); j++) {
        Statement a = quoted.get(i);
        Statement b = quoted.get(j);
        if (!groups.rootOf(a.article()).equals(groups.rootOf(b.article()))
            && Similarity.jaccard(a.content(), b.content()) >= settings.quoteOverlap()) {
          quoting.add(a.article());
          quoting.add(b.article());
        }
      }
    }
    if (quoting.size() >= 2) {
      Optional<String> speaker = quoted.stream().filter(s -> quoting.contains(s.article()))
          .flatMap(s -> s.speaker().stream()).findFirst();
      d.notes.add(join(new ArrayList<>(quoting)) + " quote the same statement" + speaker.map(s -> " by the " + s)
          .orElse("") + ": independent reports of one primary source");
    }
  }

  private Optional<Annotator.Timex> backgroundDate(List<Statement> members, LocalDate anchor) {
    Annotator.Timex found = null;
    for (Statement m : members) {
      if (m.timexes().isEmpty()) {
        return Optional.empty(); // a member without a date: not clearly background
      }
      Annotator.Timex t = m.timexes().get(0);
      LocalDate end = switch (t.precision()) {
        case DAY -> t.value();
        case MONTH -> t.value().plusMonths(1).minusDays(1);
        case YEAR -> t.value().plusYears(1).minusDays(1);
      };
      if (!end.plusDays(settings.backgroundDays()).isBefore(anchor)) {
        return Optional.empty();
      }
      if (found == null) {
        found = t;
      }
    }
    return Optional.ofNullable(found);
  }

  /** One mention of a casualty-type figure. */
  private record Mention(Measures measure, Annotator.Figure figure, Statement statement, Draft claim,
      Set<String> context) {}

  /**
   * Casualty-type figures compared across claims: "killing 12 people" and "14 people have died" in two
   * differently worded sentences about the same flood are one slot with two values.
   */
  private List<Draft> figureSlots(List<Draft> drafts, CopyGroups groups) {
    List<Mention> mentions = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.background.isPresent()) {
        continue;
      }
      for (Statement s : d.members) {
        for (Annotator.Figure f : s.figures()) {
          Optional<Measures> m = Measures.of(s.text(), f);
          if (m.isPresent()) {
            mentions.add(new Mention(m.get(), f, s, d, Text.content(Measures.withoutMeasureWords(s.sentence()))));
          }
        }
      }
    }
    // connected components of mentions of one measure with similar context
    int n = mentions.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Mention a = mentions.get(i);
        Mention b = mentions.get(j);
        if (a.measure == b.measure && (a.claim == b.claim
            || Similarity.jaccard(a.context, b.context) >= settings.figureContext())) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Mention>> components = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(mentions.get(i));
    }
    List<Draft> out = new ArrayList<>();
    for (List<Mention> comp : components.values()) {
      Set<Draft> claimsOf = new LinkedHashSet<>();
      comp.forEach(m -> claimsOf.add(m.claim));
      if (claimsOf.size() < 2) {
        continue; // within one claim the claim's own slot comparison covers it
      }
      Draft slot = figureSlot(comp, groups);
      if (slot != null) {
        out.add(slot);
      }
    }
    return out;
  }

  private Draft figureSlot(List<Mention> comp, CopyGroups groups) {
    Measures measure = comp.get(0).measure;
    // one value per article: its first mention
    Map<String, Mention> perArticle = new LinkedHashMap<>();
    comp.stream().sorted(Comparator.comparingInt(m -> m.statement.articleOrder()))
        .forEach(m -> perArticle.putIfAbsent(m.statement.article(), m));
    List<Slots.Value> values = new ArrayList<>();
    List<Annotator.Figure> heads = new ArrayList<>();
    for (Mention m : perArticle.values()) {
      int found = -1;
      for (int i = 0; i < heads.size(); i++) {
        if (Slots.agree(heads.get(i), m.figure, settings)) {
          found = i;
        }
      }
      if (found < 0) {
        heads.add(m.figure);
        values.add(new Slots.Value(number(m.figure.value()), m.figure.value(), List.of(m.statement.article()),
            List.of(m.statement)));
      } else {
        Slots.Value v = values.get(found);
        List<String> arts = new ArrayList<>(v.articles());
        arts.add(m.statement.article());
        List<Statement> st = new ArrayList<>(v.statements());
        st.add(m.statement);
        values.set(found, new Slots.Value(v.text(), v.number(), arts, st));
      }
    }
    if (values.size() < 2) {
      return null;
    }
    Slots.Slot slot = new Slots.Slot(Slots.Kind.NUMBER, measure.label, measure.cumulative, values);
    Optional<List<Slots.Value>> updates = Slots.asUpdates(slot);
    List<String> sources = new ArrayList<>(perArticle.keySet());
    List<Statement> members = comp.stream().map(Mention::statement).toList();
    String label = measure.label.substring(0, 1).toUpperCase(Locale.ROOT) + measure.label.substring(1);
    Draft d;
    if (updates.isPresent()) {
      List<Slots.Value> u = updates.get();
      Slots.Value latest = u.get(u.size() - 1);
      d = new Draft(members, label + ": " + latest.text() + " (revised from " + u.get(0).text() + ")",
          sources, groups.independent(latest.articles(), closeness(members)));
      for (Slots.Value v : u) {
        d.updates.add(new Claim.Conflict(v.text(), v.articles()));
      }
      for (Mention m : comp) {
        if (!latest.articles().contains(m.statement.article()) && m.claim.conflicts.isEmpty()) {
          String note = "superseded: later reports give " + latest.text() + " for the " + measure.label + " ("
              + join(latest.articles()) + ")";
          if (!m.claim.notes.contains(note)) {
            m.claim.notes.add(note);
          }
        }
      }
    } else {
      StringBuilder t = new StringBuilder(label + ": reports disagree (");
      for (int i = 0; i < values.size(); i++) {
        t.append(i > 0 ? " vs " : "").append(values.get(i).text());
      }
      d = new Draft(members, t.append(')').toString(), sources, groups.independent(sources, closeness(members)));
      for (Slots.Value v : values) {
        Claim.Conflict c = new Claim.Conflict(v.text(), v.articles());
        d.conflicts.add(c);
      }
      for (Mention m : comp) {
        if (m.claim.conflicts.isEmpty()) {
          m.claim.conflicts.addAll(d.conflicts);
        }
      }
    }
    return d;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private List<SummarySentence> summary(List<Draft> drafts, List<Draft> slotDrafts) {
    List<Draft> candidates = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.unsupported.isEmpty() && d.conflicts.isEmpty() && d.background.isEmpty()) {
        candidates.add(d);
      }
    }
    candidates.sort(Comparator.comparingDouble(this::summaryScore).reversed());
    List<Draft> chosen = new ArrayList<>(candidates.subList(0, Math.min(settings.summarySentences(),
        candidates.size())));
    chosen.sort(Comparator.comparingInt((Draft d) -> d.members.get(0).articleOrder())
        .thenComparingInt(d -> d.members.get(0).sentenceIndex()));
    List<SummarySentence> out = new ArrayList<>();
    for (Draft d : chosen) {
      out.add(new SummarySentence(sentence(d.text), d.sources));
    }
    for (Draft s : slotDrafts) {
      if (!s.updates.isEmpty()) {
        List<Claim.Conflict> u = s.updates;
        StringBuilder t = new StringBuilder("Later reports revised the ")
            .append(s.text.substring(0, s.text.indexOf(':')).toLowerCase(Locale.ROOT)).append(": ");
        for (int i = 0; i < u.size(); i++) {
          t.append(i > 0 ? ", then " : "").append(u.get(i).value()).append(" (").append(join(u.get(i).sources()))
              .append(')');
        }
        out.add(new SummarySentence(t.append('.').toString(), s.sources));
      } else {
        out.add(new SummarySentence(conflictSentence(s.text.substring(0, s.text.indexOf(':')), s.conflicts),
            s.sources));
      }
    }
    for (Draft d : drafts) {
      if (!d.conflicts.isEmpty() && d.background.isEmpty() && d.independent.size() + d.sources.size() > 1
          && slotDrafts.stream().noneMatch(s -> s.conflicts.equals(d.conflicts))) {
        out.add(new SummarySentence(conflictSentence("Reports differ on \"" + shorten(d.text) + "\"", d.conflicts),
            d.sources));
      }
    }
    return out;
  }

  private double summaryScore(Draft d) {
    int first = d.members.stream().mapToInt(Statement::sentenceIndex).min().orElse(0);
    return d.independent.size() * 2.0 + d.sources.size() * 0.5 + 1.0 / (1 + first)
        + Math.min(d.members.get(0).content().size(), 20) / 40.0;
  }

  private static String conflictSentence(String what, List<Claim.Conflict> conflicts) {
    StringBuilder t = new StringBuilder(what.startsWith("Reports") ? what : "Reports disagree on the "
        + what.toLowerCase(Locale.ROOT));
    t.append(": ");
    for (int i = 0; i < conflicts.size(); i++) {
      t.append(i > 0 ? " against " : "").append(conflicts.get(i).value()).append(" (")
          .append(join(conflicts.get(i).sources())).append(')');
    }
    return t.append('.').toString();
  }

  private static String shorten(String s) {
    String t = s.replaceAll("[.!?]+$", "");
    return t.length() <= 80 ? t : t.substring(0, t.lastIndexOf(' ', 77)) + "…";
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
  }

  /** A clause shown on its own: opening quote and leading connector dropped, first letter capitalised. */
  static String display(String clause) {
    String t = clause.strip();
    String inner = t.length() > 1 ? t.substring(1) : "";
    boolean balanced = inner.indexOf('”') >= 0 || inner.indexOf('"') >= 0;
    if (!balanced) {
      t = t.replaceAll("^[\"“‘']+", "").replaceAll("[\"”’]+$", "").strip();
    }
    t = t.replaceAll("(?i)^(and|but|while|whereas|with)\\s+", "");
    t = t.replaceAll("^\\p{Lu}[\\p{Lu} .'’-]{1,40}:\\s+", ""); // dateline "ISLAMABAD: "
    t = t.replaceAll("[,;:]+$", "");
    if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
      t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
    return t;
  }

  private static String sentence(String text) {
    return text.matches("(?s).*[.!?…]$") ? text : text + ".";
  }

  private static String join(List<String> ids) {
    if (ids.size() <= 1) {
      return String.join("", ids);
    }
    return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
  }
}
