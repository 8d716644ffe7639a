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
import java.util.regex.Pattern;

/**
 * Slot values of one claim compared across its articles (numbers by the noun they count, dates,
 * name spellings), and the rule that tells an update from a conflict.
 *
 * <p>The update rule: the values are ordered by the earliest publication date of the articles giving
 * them; each later value is an update of the one before when its article is published no earlier and
 * either its sentence or headline signals a revision ("rises to", "revising an earlier count",
 * "postponed to"), or the figure is a count that only grows (dead, injured, …), it grew, and it was
 * published on a later day. Anything else, including an unknown publication date, is a conflict.
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

  private static void numbers(List<Statement> members, ClaimSettings settings, List<Slot> out) {
    // per unit: the single value each article gives (articles giving several values for a unit are skipped)
    Map<String, Map<String, Annotator.Figure>> byUnit = new LinkedHashMap<>();
    Map<String, Map<String, Statement>> stmt = new LinkedHashMap<>();
    Set<String> ambiguous = new LinkedHashSet<>();
    for (Statement s : members) {
      Map<String, Integer> count = new LinkedHashMap<>();
      s.figures().forEach(f -> count.merge(unit(f), 1, Integer::sum));
      for (Annotator.Figure f : s.figures()) {
        String key = unit(f) + "\u0000" + s.article();
        if (count.get(unit(f)) > 1 || (f.unit().isEmpty() && s.figures().size() > 1)) {
          ambiguous.add(key);
          continue;
        }
        Annotator.Figure prev = byUnit.computeIfAbsent(unit(f), k -> new LinkedHashMap<>()).putIfAbsent(s.article(), f);
        stmt.computeIfAbsent(unit(f), k -> new LinkedHashMap<>()).putIfAbsent(s.article(), s);
        if (prev != null && !agree(prev, f, settings)) {
          ambiguous.add(key);
        }
      }
    }
    for (var e : byUnit.entrySet()) {
      Map<String, Annotator.Figure> perArticle = new LinkedHashMap<>(e.getValue());
      perArticle.keySet().removeIf(a -> ambiguous.contains(e.getKey() + "\u0000" + a));
      List<Value> values = new ArrayList<>();
      List<Annotator.Figure> heads = new ArrayList<>();
      for (var pa : perArticle.entrySet()) {
        int found = -1;
        for (int i = 0; i < heads.size(); i++) {
          if (agree(heads.get(i), pa.getValue(), settings)) {
            found = i;
            break;
          }
        }
        Statement s = stmt.get(e.getKey()).get(pa.getKey());
        if (found < 0) {
          heads.add(pa.getValue());
          values.add(new Value(format(pa.getValue()), pa.getValue().value(), List.of(pa.getKey()), List.of(s)));
        } else {
          Value v = values.get(found);
          values.set(found, new Value(v.text(), v.number(), plus(v.articles(), pa.getKey()), plus(v.statements(), s)));
        }
      }
      if (values.size() > 1) {
        boolean cumulative = false;
        for (Value v : values) {
          for (Statement s : v.statements()) {
            for (Annotator.Figure f : s.figures()) {
              if (unit(f).equals(e.getKey())) {
                cumulative |= Measures.of(s.text(), f).map(m -> m.cumulative).orElse(false);
              }
            }
          }
        }
        out.add(new Slot(Kind.NUMBER, e.getKey().isEmpty() ? "figure" : values.get(0).text(), cumulative, values));
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

  private static void dates(List<Statement> members, List<Slot> out) {
    Map<String, Annotator.Timex> perArticle = new LinkedHashMap<>();
    Map<String, Statement> stmt = new LinkedHashMap<>();
    Set<String> skip = new LinkedHashSet<>();
    for (Statement s : members) {
      List<Annotator.Timex> days = s.timexes().stream().filter(t -> t.precision() == Annotator.Precision.DAY).toList();
      if (days.size() != 1) {
        if (days.size() > 1) {
          skip.add(s.article());
        }
        continue;
      }
      Annotator.Timex prev = perArticle.putIfAbsent(s.article(), days.get(0));
      stmt.putIfAbsent(s.article(), s);
      if (prev != null && !prev.value().equals(days.get(0).value())) {
        skip.add(s.article());
      }
    }
    skip.forEach(perArticle::remove);
    Map<LocalDate, Value> values = new LinkedHashMap<>();
    for (var e : perArticle.entrySet()) {
      Statement s = stmt.get(e.getKey());
      values.merge(e.getValue().value(), new Value(e.getValue().value().toString(), Double.NaN, List.of(e.getKey()),
          List.of(s)), (a, b) -> new Value(a.text(), a.number(), plus(a.articles(), e.getKey()), plus(a.statements(), s)));
    }
    if (values.size() > 1) {
      out.add(new Slot(Kind.DATE, "date", false, new ArrayList<>(values.values())));
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
    List<Value> values = new ArrayList<>(slot.values());
    for (Value v : values) {
      if (earliest(v).isEmpty()) {
        return Optional.empty();
      }
    }
    values.sort(Comparator.comparing((Value v) -> earliest(v).orElseThrow())
        .thenComparing(v -> signalsRevision(v) ? 1 : 0));
    for (int i = 1; i < values.size(); i++) {
      Value older = values.get(i - 1);
      Value newer = values.get(i);
      LocalDate o = earliest(older).orElseThrow();
      LocalDate n = earliest(newer).orElseThrow();
      if (n.isBefore(o)) {
        return Optional.empty();
      }
      boolean grew = !Double.isNaN(newer.number()) && newer.number() > older.number();
      if (signalsRevision(newer)) {
        continue;
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

  private static boolean signalsRevision(Value v) {
    for (Statement s : v.statements()) {
      if (REVISION.matcher(s.sentence()).find() || REVISION.matcher(s.title()).find()) {
        return true;
      }
    }
    return false;
  }
}
