package org.triangulate.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.entity.EntityType;
import org.triangulate.figure.Figure;
import org.triangulate.figure.FigureKind;
import org.triangulate.text.Name;
import org.triangulate.text.Sentence;
import org.triangulate.text.Token;
import org.triangulate.text.Tokens;
import org.triangulate.time.Timex;
import org.triangulate.time.TimexType;

/**
 * Finds the typed values of a sentence: what each figure the text layer found counts or measures, the
 * words around it that say what happened to it, who it belongs to, how exact it is, and whether the
 * sentence presents it as a revision; plus counts stated as a value ("the toll rose to nine"),
 * durations ("a four-day outage"), magnitudes and the names of people.
 *
 * <p>A count of people next to a casualty word is that casualty class ("killing two people", "37 were
 * injured"); anything else is the thing it counts or its unit, with the stems of the predicates next to
 * it as its context ("160 homes destroyed": {@code home} / {destroi}; "a ransom of $12 million":
 * {@code USD} / {ransom}). A value in a clause dated before the event (the previous quake "of Oct. 10,
 * which killed nine people") is background, not a value of this event; so is a number that adds to
 * another ("two more bodies") or only says "many" ("hundreds of homes").
 */
final class Values {
  private Values() {}

  /** Casualty classes, the counts news reports revise and disagree about. */
  enum Casualty {
    KILLED("\\b(kill(?:ed|ing|s)?|died|dies|dead|deaths?|death toll|toll|lives|fatalities|fatally|bodies)\\b", true),
    INJURED("\\b(injur(?:ed|ies|y|ing)|wounded|wounding|hurt)\\b", true),
    MISSING("\\b(missing|unaccounted)\\b", false),
    DISPLACED("\\b(displac(?:ed|ing)|evacuated|homeless|fled)\\b", true),
    ARRESTED("\\b(arrest(?:ed|s|ing)?|detained|detaining|detentions?|picked up|rounded up|taken into custody|"
        + "apprehended|in custody)\\b", true),
    RESCUED("\\b(rescued|saved)\\b", true);

    final Pattern words;
    /** A count that only grows as reports come in: a later, larger number is an update. */
    final boolean cumulative;

    Casualty(String regex, boolean cumulative) {
      this.words = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
      this.cumulative = cumulative;
    }

    String slot() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Casualty> ofSlot(String slot) {
      for (Casualty c : values()) {
        if (c.slot().equals(slot)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  private static final Set<String> PEOPLE = Set.of("people", "person", "persons", "civilians", "soldiers",
      "police", "policemen", "officers", "children", "students", "workers", "passengers", "villagers",
      "militants", "men", "women", "suspects", "tourists", "migrants", "miners", "residents", "patients",
      "victims", "protesters", "troops", "personnel", "citizens", "pilgrims", "fighters", "others", "voters",
      "supporters", "staff", "");
  /** Nouns that are themselves a casualty count ("7 deaths", "112 injured"). */
  private static final Set<String> CASUALTY_NOUNS = Set.of("deaths", "dead", "fatalities", "bodies", "lives",
      "casualties", "injuries", "injured", "wounded", "victims");
  /** Words never taken as context: scale and quantity words, attribution verbs. */
  private static final Set<String> NOT_CONTEXT = Set.of("million", "billion", "thousand", "lakh", "crore",
      "about", "around", "some", "least", "more", "than", "nearly", "almost", "over", "under", "total",
      "estimated", "roughly", "approximately", "also", "another", "other", "further", "according", "said",
      "says", "told", "reported", "reporting", "adding", "added", "citing", "saying", "announced", "confirmed",
      "including", "following", "per", "cent", "percent");
  private static final Pattern REVISION = Pattern.compile("(?i)\\b(rose|risen|rises|rising|climbed|climbs|"
      + "climbing|increased|increases|jumped|grew|raised|raising|revised|revising|revises|revision|updated|updating|"
      + "corrected|correcting|correction|now stands|earlier (?:count|figure|toll|report|tally|estimate)s?|"
      + "new (?:toll|figure|tally)|postponed|rescheduled|pushed back|has since|lowered|amended|now says)\\b");
  private static final Pattern TIMESTAMP = Pattern.compile("(?i)\\b(?:last\\s+)?updated\\b(?=\\s*(?::|at\\b|on\\b)?\\s*"
      + "(?:\\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))");
  private static final Pattern MAGNITUDE = Pattern.compile(
      "(?i)\\bmagnitude(?:[- ]of)?[- ](\\d{1,2}(?:\\.\\d)?)\\b|\\b(\\d{1,2}\\.\\d)[- ](?:magnitude|on the Richter)");
  private static final Pattern SPEECH = Pattern.compile("(?i)\\b(said|says|told|according|reported|announced)\\b");
  private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?:dozens|hundreds|thousands|scores|millions)\\b");
  /** A number that adds to another ("two more bodies", "another 30"): not the slot's value. */
  private static final Pattern INCREMENT_BEFORE = Pattern.compile("(?i)\\b(?:another|additional|further|extra)\\s*$");
  private static final Pattern INCREMENT_AFTER = Pattern.compile("(?i)^\\S+\\s+(?:more|additional|further|extra|other)\\b");
  /** Words that end a value's old form in a revision: "six days rather than the four", "up from 31,500". */
  private static final Pattern OLD_VALUE = Pattern.compile("(?i)\\b(?:from|rather than(?: the)?|instead of(?: the)?|"
      + "up from|down from|not)\\s+(?:the\\s+)?$");
  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|"
      + "eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
  /** A count stated as a noun phrase's value: "the death toll rose to nine", "the number of destroyed homes at 1,240". */
  private static final Pattern STATED = Pattern.compile("(?i)\\b(?:(death toll|toll|tally)|number of ((?:[\\p{L}-]+\\s+){0,3}?"
      + "[\\p{L}-]+))(?:\\s+(?:from|of|in|for|after|by)\\s+(?:[^,.;]|(?<=\\d)\\.(?=\\d)){1,60}?)?\\s+(?:(?:has|had|have)\\s+)?(?:(?:risen|rose|rises|climbed|climbs|increased|jumped|stood|stands|"
      + "was|is|reached|fell|dropped)\\s+)?(?:to|at)\\s+" + NUMBER + "\\b");
  private static final Pattern MEMBERS = Pattern.compile("(?i)\\b" + NUMBER + "-(?:member|strong)\\s+([\\p{L}-]+)");
  /** What makes a duration a distance in time, not a length: "eight days after", "a day later". */
  private static final Pattern RELATIVE_AFTER = Pattern.compile("(?i)\\s*(?:later|earlier|after|before|ago|since|on)\\b");
  private static final Pattern DURATION = Pattern.compile("P(T?)(\\d+(?:\\.\\d+)?)([DWMYHS])");
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20));

  /** Whether the text presents its figures as revised ("rose to", "corrected"); a page timestamp is not. */
  static boolean revises(String text) {
    return REVISION.matcher(TIMESTAMP.matcher(text).replaceAll(" ")).find();
  }

  /** The values {@code s} states about the event that started on {@code eventDay} (see the class comment). */
  static List<Value> of(Sentence s, Optional<LocalDate> eventDay) {
    List<Value> out = new ArrayList<>();
    String text = s.text();
    int base = s.start();
    for (Figure f : s.figures()) {
      int local = f.start() - base;
      if (local < 0 || background(s, f.start(), eventDay) || VAGUE.matcher(f.text()).find()
          || INCREMENT_BEFORE.matcher(text.substring(Math.max(0, local - 12), local)).find()
          || INCREMENT_AFTER.matcher(f.text()).find()) {
        continue;
      }
      Optional<String> slot = slot(s, f);
      if (slot.isEmpty()) {
        continue;
      }
      boolean casualty = Casualty.ofSlot(slot.get()).isPresent();
      add(out, s, slot.get(), casualty ? Context.NONE : context(s, f.start(), f.end()),
          casualty ? Optional.empty() : owner(s, f.start()), f.value(), f.text(), f.qualifier(), f.start());
    }
    stated(s, eventDay, out);
    singles(s, eventDay, out);
    boolean contrasted = s.timexes().stream().anyMatch(t -> t.type() == TimexType.DURATION
        && OLD_VALUE.matcher(text.substring(Math.max(0, t.start() - base - 24), Math.max(0, t.start() - base))).find());
    for (Timex t : s.timexes()) {
      Matcher d = DURATION.matcher(t.value());
      String rest = text.substring(Math.min(text.length(), Math.max(0, t.end() - base)));
      // "six days after the attack rather than the four days it had cited": a contrast makes both lengths
      if (t.type() == TimexType.DURATION && d.matches() && !background(s, t.start(), eventDay)
          && (contrasted || !RELATIVE_AFTER.matcher(rest).lookingAt())) {
        boolean clock = !d.group(1).isEmpty();
        String unit = switch (d.group(3)) {
          case "D" -> "day";
          case "W" -> "week";
          case "M" -> clock ? "minute" : "month";
          case "Y" -> "year";
          case "S" -> "second";
          default -> "hour";
        };
        add(out, s, unit, context(s, t.start(), t.end()), Optional.empty(), Double.parseDouble(d.group(2)), t.text(),
            Optional.empty(), t.start());
      }
    }
    Matcher m = MAGNITUDE.matcher(text);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      if (!background(s, base + m.start(g), eventDay)) {
        add(out, s, "magnitude", Context.NONE, Optional.empty(), Double.parseDouble(m.group(g)), m.group().strip(),
            Optional.empty(), base + m.start());
      }
    }
    for (Name n : s.names()) {
      if (n.type() == EntityType.PERSON && n.text().strip().contains(" ")) {
        out.add(new Value("person", Set.of(), Set.of(), Optional.empty(), Double.NaN, Optional.of(n.text().strip()), n.text(),
            Optional.empty(), false));
      }
    }
    return out;
  }

  private static void add(List<Value> out, Sentence s, String slot, Context context, Optional<String> owner,
      double number, String text, Optional<String> qualifier, int at) {
    for (Value x : out) {
      if (x.slot().equals(slot) && x.number() == number) {
        return;
      }
    }
    int local = at - s.start();
    boolean revised = revises(clauseOf(s, at).text())
        && !OLD_VALUE.matcher(s.text().substring(Math.max(0, local - 24), Math.max(0, local))).find();
    out.add(new Value(slot, context.words(), context.predicates(), owner, number, Optional.empty(), text, qualifier,
        revised));
  }

  private static final String ONE_PERSON = "(?:a|an|one|the)\\s+(?:(?:\\d{1,3}-year-old|young|elderly|teenage|local|"
      + "second|third|male|female|unidentified|unnamed)\\s+){0,2}(?:man|woman|boy|girl|person|child|teenager|teen|"
      + "driver|pedestrian|passenger|motorcyclist|cyclist|officer|resident|worker|student|victim|baby|infant|"
      + "toddler|guard|farmer|shopkeeper|journalist|soldier|policeman|policewoman|civilian|suspect)";
  /**
   * One or two people named by a singular noun phrase and what happened to them: "a 17-year-old boy was
   * killed", "one person died at the scene", "a man and a woman were shot dead", "the driver was
   * pronounced dead". Local incident reports give most of their casualties this way. Such a count is
   * a lower bound: "a police officer was injured" names one of the injured, not all of them.
   */
  private static final Pattern SINGLE = Pattern.compile("(?i)(?<![\\p{L}'’])(" + ONE_PERSON + ")(\\s+and\\s+"
      + ONE_PERSON + ")?(?:\\s+(?:in|from|of|at)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)?"
      + "\\s+(?:(?:was|were|has been|have been|had been|is|are)\\s+)?(?:(?:later|also|fatally|"
      + "critically|seriously|badly|slightly|reportedly|allegedly)\\s+)*(shot dead|shot and killed|stabbed to death|"
      + "killed|pronounced dead|died|dies|dead|injured|wounded|hurt|shot|stabbed|"
      + "(?:suffered|sustained)\\s+(?:[\\w-]+\\s+){0,2}?(?:injuries|wounds))\\b");

  /** Casualties of one or two people named by singular noun phrases (see {@link #SINGLE}). */
  private static void singles(Sentence s, Optional<LocalDate> eventDay, List<Value> out) {
    Matcher m = SINGLE.matcher(s.text());
    while (m.find()) {
      int at = s.start() + m.start();
      if (background(s, at, eventDay)) {
        continue;
      }
      String verb = m.group(3).toLowerCase(Locale.ROOT);
      boolean dead = verb.contains("dead") || verb.contains("kill") || verb.startsWith("die") || verb.contains("death");
      add(out, s, (dead ? Casualty.KILLED : Casualty.INJURED).slot(), Context.NONE, Optional.empty(),
          m.group(2) != null ? 2 : 1, m.group().strip(), Optional.of("AT_LEAST"), at);
    }
  }

  /** Counts stated as a noun phrase's value ("the toll rose to nine") and "11-member delegations". */
  private static void stated(Sentence s, Optional<LocalDate> eventDay, List<Value> out) {
    Matcher m = STATED.matcher(s.text());
    while (m.find()) {
      int at = s.start() + m.start(3);
      if (background(s, at, eventDay)) {
        continue;
      }
      if (m.group(1) != null) {
        add(out, s, Casualty.KILLED.slot(), Context.NONE, Optional.empty(), number(m.group(3)), m.group().strip(),
            Optional.empty(), at);
        continue;
      }
      String phrase = m.group(2).toLowerCase(Locale.ROOT);
      String head = phrase.substring(phrase.lastIndexOf(' ') + 1);
      Optional<Casualty> c = Optional.empty();
      for (Casualty k : Casualty.values()) {
        if (c.isEmpty() && k.words.matcher(phrase).find()) {
          c = Optional.of(k);
        }
      }
      if (c.isPresent() && (PEOPLE.contains(head) || CASUALTY_NOUNS.contains(head) || phrase.contains(" "))) {
        add(out, s, c.get().slot(), Context.NONE, Optional.empty(), number(m.group(3)), m.group().strip(),
            Optional.empty(), at);
      } else {
        Set<String> context = new LinkedHashSet<>();
        for (String w : phrase.split("\\s+")) {
          if (!w.equals(head) && !Tokens.FUNCTION_WORDS.contains(w)) {
            context.add(Tokens.stem(w));
          }
        }
        add(out, s, Tokens.stem(head), new Context(context, context), Optional.empty(), number(m.group(3)),
            m.group().strip(),
            Optional.empty(), at);
      }
    }
    Matcher members = MEMBERS.matcher(s.text());
    while (members.find()) {
      Set<String> noun = Set.of(Tokens.stem(members.group(2)));
      add(out, s, "member", new Context(noun, noun), Optional.empty(), number(members.group(1)),
          members.group().strip(), Optional.empty(), s.start() + members.start());
    }
  }

  private static double number(String n) {
    Integer w = WORDS.get(n.toLowerCase(Locale.ROOT));
    return w != null ? w : Double.parseDouble(n.replace(",", ""));
  }

  /**
   * Whether the clause around body offset {@code at} is about another time: dated a day or more
   * before the event (a date without a year, in an undated article, is taken in the event's year), or
   * placed relative to it ("eight days later", "a week earlier", "two years ago").
   */
  static boolean background(Sentence s, int at, Optional<LocalDate> eventDay) {
    Sentence.Span clause = clauseOf(s, at);
    if (OTHER_TIME.matcher(clause.text()).find()) {
      return true;
    }
    if (eventDay.isEmpty()) {
      return false;
    }
    for (Timex t : s.timexes()) {
      if (t.start() < clause.start() || t.end() > clause.end() || t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
        continue;
      }
      Optional<LocalDate> end = t.endDate().or(() -> inYearOf(t.value(), eventDay.get()));
      if (end.isPresent() && end.get().isBefore(eventDay.get().minusDays(1))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern OTHER_TIME = Pattern.compile("(?i)\\b(?:a|an|one|two|three|four|five|six|seven|eight|"
      + "nine|ten|eleven|twelve|\\d+|several|few)\\s+(?:days?|weeks?|months?|years?)\\s+(?:later|earlier|before|ago)\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

  /** {@code XXXX-10-10} in the year of {@code day}, or the year before when that would be after it. */
  private static Optional<LocalDate> inYearOf(String value, LocalDate day) {
    Matcher m = MONTH_DAY.matcher(value);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    try {
      LocalDate d = LocalDate.of(day.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      return Optional.of(d.isAfter(day.plusDays(1)) ? d.minusYears(1) : d);
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  static Sentence.Span clauseOf(Sentence s, int at) {
    for (Sentence.Span c : s.clauses()) {
      if (at >= c.start() && at < c.end()) {
        return c;
      }
    }
    return new Sentence.Span(s.start(), s.end(), s.text());
  }

  /** The slot of figure {@code f}: its casualty class, else the thing it counts or its unit; empty for none. */
  static Optional<String> slot(Sentence s, Figure f) {
    String counted = f.counts().orElse("").toLowerCase(Locale.ROOT);
    String head = counted.contains(" ") ? counted.substring(counted.lastIndexOf(' ') + 1) : counted;
    if (f.kind() == FigureKind.COUNT) {
      if (PEOPLE.contains(head) || CASUALTY_NOUNS.contains(head)) {
        Optional<Casualty> c = casualty(s, f);
        if (c.isPresent()) {
          return Optional.of(c.get().slot());
        }
      }
      return head.isEmpty() ? Optional.empty() : Optional.of(Tokens.stem(head));
    }
    String unit = f.unit().orElse("");
    return unit.isEmpty() ? Optional.empty() : Optional.of(unit.equals("%") ? "%" : unit);
  }

  /** The casualty class of a count of people: the nearest casualty word within its clause. */
  private static Optional<Casualty> casualty(Sentence s, Figure f) {
    Sentence.Span clause = clauseOf(s, f.start());
    String c = clause.text();
    int fs = f.start() - clause.start();
    int fe = Math.min(c.length(), f.end() - clause.start());
    Casualty best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Casualty k : Casualty.values()) {
      Matcher x = k.words.matcher(c);
      while (x.find()) {
        int d = x.start() >= fe ? x.start() - fe : x.end() <= fs ? fs - x.end() : 0;
        if (d <= 50 && d < bestDistance) {
          best = k;
          bestDistance = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * What happened to a value's thing: the stems of the verbs (-ed, -ing, -en) among the four content
   * words on either side of it in its clause, of the noun it is the value of ("a margin of", "the
   * margin to"), and of the two nearest content words on each side.
   */
  /** A value's context and, within it, its predicates. */
  record Context(Set<String> words, Set<String> predicates) {
    static final Context NONE = new Context(Set.of(), Set.of());
  }

  private static Context context(Sentence s, int start, int end) {
    Sentence.Span clause = clauseOf(s, start);
    List<Token> after = new ArrayList<>();
    List<Token> before = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.start() < clause.start() || t.end() > clause.end() || !t.content() || NOT_CONTEXT.contains(t.norm())
          || Tokens.FUNCTION_WORDS.contains(t.norm())) {
        continue;
      }
      if (t.start() >= end) {
        after.add(t);
      } else if (t.end() <= start) {
        before.add(0, t);
      }
    }
    Set<String> predicates = new LinkedHashSet<>();
    for (List<Token> side : List.of(after, before)) {
      for (int i = 0; i < Math.min(4, side.size()); i++) {
        String w = side.get(i).norm();
        if (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en")) {
          predicates.add(side.get(i).stem());
        }
      }
    }
    String lead = s.text().substring(Math.max(0, clause.start() - s.start()), Math.max(0, start - s.start()));
    Matcher of = Pattern.compile("(?i)([\\p{L}-]+)\\s+(?:of|to|at)\\s+(?:(?:about|around|some|nearly|almost|over|"
        + "roughly|at least|more than)\\s+)?(?:a\\s+|an\\s+)?$").matcher(lead);
    if (of.find() && !Tokens.FUNCTION_WORDS.contains(of.group(1).toLowerCase(Locale.ROOT))
        && !NOT_CONTEXT.contains(of.group(1).toLowerCase(Locale.ROOT))) {
      predicates.add(Tokens.stem(of.group(1)));
    }
    Set<String> words = new LinkedHashSet<>(predicates);
    for (List<Token> side : List.of(after, before)) {
      for (int i = 0; i < Math.min(2, side.size()); i++) {
        words.add(side.get(i).stem());
      }
    }
    return new Context(words, predicates);
  }

  /** The entity a value belongs to: a name ending right before it, with no speech verb between ("Japan pledged"). */
  private static Optional<String> owner(Sentence s, int at) {
    Name best = null;
    for (Name n : s.names()) {
      if (n.end() <= at) {
        best = n;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String between = s.text().substring(Math.max(0, best.end() - s.start()), Math.max(0, at - s.start()));
    int words = between.strip().isEmpty() ? 0 : between.strip().split("\\s+").length;
    if (words == 0 || words > 3 || SPEECH.matcher(between).find() || between.matches("(?s).*[,(:;\\u2013\\u2014-].*")) {
      return Optional.empty();
    }
    return Optional.of(best.entity());
  }
}
