package org.triangulate.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slot values of one claim compared across its articles (numbers by the noun they count, dates,
 * name spellings), and the rule that tells an update from a conflict.
 *
 * <p>The update rule: the values are ordered by the earliest publication date of the articles giving
 * them; each later value is an update of the one before when its article is published no earlier and
 * either its sentence, or for a number a headline giving that number, signals a revision ("rises to",
 * "revising an earlier count", "postponed to"; a "Last updated at" timestamp is none) that the earlier
 * one does not, or the figure is a count that only grows (dead, injured, …), it grew, and it was
 * published on a later day. Anything else, including an unknown publication date, is a conflict; two
 * spellings of a name always are.
 */
final class Slots {
  private Slots() {}

  static final Pattern REVISION = Pattern.compile("(?i)\\b(rose|risen|rises|rising|climbed|climbs|climbing|"
      + "increased|increases|jumped|grew|raised|revised|revising|revises|revision|updated|updating|corrected|"
      + "correcting|now stands|earlier (?:count|figure|toll|report|tally|estimate)s?|new (?:toll|figure|tally)|"
      + "postponed|rescheduled|moved to|brought forward|pushed back|later said|has since)\\b");

  enum Kind { NUMBER, DATE, NAME }

  /** One value of a slot with the articles (and their statements) that give it. */
  record Value(String text, double number, List<String> articles, List<Statement> statements) {
    Value {
      articles = List.copyOf(articles);
      statements = List.copyOf(statements);
    }
  }

  /** A slot with two or more competing values. */
  record Slot(Kind kind, String label, boolean cumulative, List<Value> values) {
    Slot {
      values = List.copyOf(values);
    }
  }

  /** The slots on which the statements of one claim disagree. */
  static List<Slot> disagreements(List<Statement> members, ClaimSettings settings) {
    List<Slot> out = new ArrayList<>();
    numbers(members, settings, out);
    dates(members, out);
    names(members, out);
    return out;
  }

  /**
   * Numbers compared per unit and position: the k-th figure counting "people" in one article against
   * the k-th in another, when both give the same number of such figures.
   */
  private static void numbers(List<Statement> members, ClaimSettings settings, List<Slot> out) {
    Map<String, Map<String, List<Annotator.Figure>>> byUnit = new LinkedHashMap<>();
    Map<String, Map<String, Statement>> stmt = new LinkedHashMap<>();
    for (Statement s : members) {
      Map<String, List<Annotator.Figure>> mine = new LinkedHashMap<>();
      s.figures().forEach(f -> mine.computeIfAbsent(unit(f), k -> new ArrayList<>()).add(f));
      for (var e : mine.entrySet()) {
        if (byUnit.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).putIfAbsent(s.article(), e.getValue()) == null) {
          stmt.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(s.article(), s);
        }
      }
    }
    for (var e : byUnit.entrySet()) {
      Map<Integer, List<String>> byLength = new LinkedHashMap<>();
      e.getValue().forEach((article, list) -> byLength.computeIfAbsent(list.size(), k -> new ArrayList<>()).add(article));
      for (var l : byLength.entrySet()) {
        if (l.getValue().size() < 2) {
          continue;
        }
        for (int pos = 0; pos < l.getKey(); pos++) {
          List<Value> values = new ArrayList<>();
          List<Annotator.Figure> heads = new ArrayList<>();
          boolean cumulative = false;
          for (String article : l.getValue()) {
            Annotator.Figure f = e.getValue().get(article).get(pos);
            Statement s = stmt.get(e.getKey()).get(article);
            cumulative |= Measures.of(s.text(), f).map(m -> m.cumulative).orElse(false);
            int found = -1;
            for (int i = 0; i < heads.size() && found < 0; i++) {
              if (agree(heads.get(i), f, settings)) {
                found = i;
              }
            }
            if (found < 0) {
              heads.add(f);
              values.add(new Value(format(f), f.value(), List.of(article), List.of(s)));
            } else {
              Value v = values.get(found);
              values.set(found, new Value(v.text(), v.number(), plus(v.articles(), article), plus(v.statements(), s)));
            }
          }
          if (values.size() > 1) {
            out.add(new Slot(Kind.NUMBER, e.getKey().isEmpty() ? "figure" : values.get(0).text(), cumulative, values));
          }
        }
      }
    }
  }

  /** The stem of a figure's unit, so that "residents" and "people" compare equal. */
  static String unit(Annotator.Figure f) {
    return f.unit().isEmpty() ? "" : Text.stem(f.unit().toLowerCase(Locale.ROOT));
  }

  static boolean agree(Annotator.Figure a, Annotator.Figure b, ClaimSettings settings) {
    if (a.value() == b.value()) {
      return true;
    }
    if (a.hedged() || b.hedged()) {
      double max = Math.max(Math.abs(a.value()), Math.abs(b.value()));
      return max > 0 && Math.abs(a.value() - b.value()) / max <= settings.hedgedTolerance();
    }
    return false;
  }

  private static String format(Annotator.Figure f) {
    double v = f.value();
    String n = v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%s", v);
    return f.unit().isEmpty() ? n : n + " " + f.unit();
  }

  /** Day dates compared by position, between articles giving the same number of them. */
  private static void dates(List<Statement> members, List<Slot> out) {
    Map<String, List<LocalDate>> perArticle = new LinkedHashMap<>();
    Map<String, Statement> stmt = new LinkedHashMap<>();
    for (Statement s : members) {
      List<LocalDate> days = s.timexes().stream().filter(t -> t.precision() == Annotator.Precision.DAY)
          .map(Annotator.Timex::value).toList();
      if (!days.isEmpty() && perArticle.putIfAbsent(s.article(), days) == null) {
        stmt.put(s.article(), s);
      }
    }
    Map<Integer, List<String>> byLength = new LinkedHashMap<>();
    perArticle.forEach((article, list) -> byLength.computeIfAbsent(list.size(), k -> new ArrayList<>()).add(article));
    for (var l : byLength.entrySet()) {
      if (l.getValue().size() < 2) {
        continue;
      }
      for (int pos = 0; pos < l.getKey(); pos++) {
        Map<LocalDate, Value> values = new LinkedHashMap<>();
        for (String article : l.getValue()) {
          LocalDate day = perArticle.get(article).get(pos);
          Statement s = stmt.get(article);
          values.merge(day, new Value(day.toString(), Double.NaN, List.of(article), List.of(s)),
              (a, b) -> new Value(a.text(), a.number(), plus(a.articles(), article), plus(a.statements(), s)));
        }
        if (values.size() > 1) {
          out.add(new Slot(Kind.DATE, "date", false, new ArrayList<>(values.values())));
        }
      }
    }
  }

  private static void names(List<Statement> members, List<Slot> out) {
    // spelling variants between statements of different articles: word -> (article -> spelling)
    Map<String, Map<String, Value>> variants = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        Statement a = members.get(i);
        Statement b = members.get(j);
        if (a.article().equals(b.article())) {
          continue;
        }
        Similarity.Overlap o = Similarity.overlap(a, b);
        for (var v : o.spellingVariants().entrySet()) {
          String key = v.getKey().compareTo(v.getValue()) < 0 ? v.getKey() : v.getValue();
          Map<String, Value> m = variants.computeIfAbsent(key, k -> new LinkedHashMap<>());
          addSpelling(m, spelling(a, v.getKey()), a);
          addSpelling(m, spelling(b, v.getValue()), b);
        }
      }
    }
    for (var e : variants.entrySet()) {
      if (e.getValue().size() > 1) {
        out.add(new Slot(Kind.NAME, "name spelling", false, new ArrayList<>(e.getValue().values())));
      }
    }
  }

  private static void addSpelling(Map<String, Value> m, String spelling, Statement s) {
    Value v = m.get(spelling);
    if (v == null) {
      m.put(spelling, new Value(spelling, Double.NaN, List.of(s.article()), List.of(s)));
    } else if (!v.articles().contains(s.article())) {
      m.put(spelling, new Value(spelling, Double.NaN, plus(v.articles(), s.article()), plus(v.statements(), s)));
    }
  }

  /** The name as written in {@code s} that contains the stem {@code word}. */
  private static String spelling(Statement s, String word) {
    for (Annotator.Name n : s.names()) {
      for (String w : Text.words(n.text())) {
        if (Text.stem(w).equals(word)) {
          return n.text();
        }
      }
    }
    Matcher m = Pattern.compile("\\p{L}[\\p{L}'’-]*").matcher(s.text());
    while (m.find()) {
      if (Text.stem(m.group().toLowerCase(Locale.ROOT)).equals(word)) {
        return m.group(); // a name the annotator missed, as written
      }
    }
    return word;
  }

  private static <T> List<T> plus(List<T> list, T x) {
    List<T> l = new ArrayList<>(list);
    l.add(x);
    return l;
  }

  /**
   * Whether the competing values of {@code slot} are successive updates (see the class comment);
   * when true, the values are returned oldest first.
   */
  static Optional<List<Value>> asUpdates(Slot slot) {
    if (slot.kind() == Kind.NAME) {
      return Optional.empty(); // a name is not revised upwards: two spellings are a conflict
    }
    // a date is revised by the sentence giving it ("postponed to"), not by a headline about anything else
    boolean headlines = slot.kind() == Kind.NUMBER;
    List<Value> values = new ArrayList<>(slot.values());
    for (Value v : values) {
      if (earliest(v).isEmpty()) {
        return Optional.empty();
      }
    }
    values.sort(Comparator.comparing((Value v) -> earliest(v).orElseThrow())
        .thenComparing(v -> signalsRevision(v, headlines) ? 1 : 0));
    for (int i = 1; i < values.size(); i++) {
      Value older = values.get(i - 1);
      Value newer = values.get(i);
      LocalDate o = earliest(older).orElseThrow();
      LocalDate n = earliest(newer).orElseThrow();
      if (n.isBefore(o)) {
        return Optional.empty();
      }
      boolean grew = !Double.isNaN(newer.number()) && newer.number() > older.number();
      if (signalsRevision(newer, headlines) && !signalsRevision(older, headlines)) {
        continue; // "updated" in both (e.g. two timestamp lines) signals nothing
      }
      if (slot.cumulative() && grew && n.isAfter(o)) {
        continue;
      }
      return Optional.empty();
    }
    return Optional.of(values);
  }

  private static Optional<LocalDate> earliest(Value v) {
    LocalDate min = null;
    for (Statement s : v.statements()) {
      if (s.published().isPresent() && (min == null || s.published().get().isBefore(min))) {
        min = s.published().get();
      }
    }
    return Optional.ofNullable(min);
  }

  /** "Last updated at 13: 42 GMT", "Updated: May 3": a page timestamp, not a revision of anything. */
  private static final Pattern TIMESTAMP = Pattern.compile("(?i)\\b(?:last\\s+)?updated\\b(?=\\s*(?::|at\\b|on\\b)?\\s*"
      + "(?:\\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))");

  static boolean revises(String text) {
    return REVISION.matcher(TIMESTAMP.matcher(text).replaceAll(" ")).find();
  }

  /** Whether {@code title} states the number {@code n} ("Death toll rises to 14"). */
  private static boolean mentions(String title, double n) {
    if (Double.isNaN(n)) {
      return false;
    }
    Matcher m = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?").matcher(title);
    while (m.find()) {
      try {
        if (Double.parseDouble(m.group().replace(",", "")) == n) {
          return true;
        }
      } catch (NumberFormatException e) {
        // not a number after all
      }
    }
    return false;
  }

  /**
   * Whether a value's sentence signals a revision, or (numbers only) its headline does and gives that
   * value: "Toll rises to 14" revises the 14, not every figure of the article.
   */
  private static boolean signalsRevision(Value v, boolean headlines) {
    for (Statement s : v.statements()) {
      if (revises(s.sentence()) || headlines && revises(s.title()) && mentions(s.title(), v.number())) {
        return true;
      }
    }
    return false;
  }
}
