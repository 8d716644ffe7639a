package org.triangulate.time;

import static org.triangulate.time.Lexicon.COUNT;
import static org.triangulate.time.Lexicon.DAY;
import static org.triangulate.time.Lexicon.MONTH;
import static org.triangulate.time.Lexicon.MONTH_FULL;
import static org.triangulate.time.Lexicon.PRE;
import static org.triangulate.time.Lexicon.UNIT;
import static org.triangulate.time.Lexicon.WEEKDAY;
import static org.triangulate.time.Lexicon.YEAR;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rule set: each rule is one regular expression plus a normaliser. All rules run over the text;
 * overlapping candidates are resolved longest-first (ties: earlier rule), so "6-7 March 2023" wins over
 * "7 March 2023" and "the past two years" over "two years".
 */
final class Rules {
  private static final String TZ = "(?-i:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|IST|PKT|ET|PT)"
      + "|local\\s+time";
  private static final String DAYREF = "(?:" + WEEKDAY + "|today|tonight|yesterday|tomorrow)";
  private static final Set<String> COUNT_NOUNS = Set.of(
      "people", "persons", "troops", "soldiers", "police", "policemen", "men", "women", "children",
      "workers", "employees", "jobs", "units", "cars", "vehicles", "homes", "houses", "residents",
      "members", "votes", "dollars", "rupees", "euros", "pounds", "tons", "tonnes", "kilometres",
      "kilometers", "km", "miles", "metres", "meters", "feet", "barrels", "shares", "points", "students",
      "patients", "cases", "deaths", "fatalities", "injuries", "attacks", "incidents", "militants",
      "terrorists", "civilians", "families", "times", "refugees", "villages", "acres", "hectares",
      "mm", "tweets", "calories", "rounds", "seats", "delegates", "candidates", "rooms", "beds");
  private static final Pattern MONTH_GUARD = Pattern.compile(
      "(?i)(?:\\b(?:in|since|until|till|by|from|during|of|through|before|after|throughout|to|and|or|"
          + "between|last|next|this|early|late|around|for|on|that|mid|each|every)[\\s-]+)$");

  /** Normalises one match; null rejects it. */
  interface Normaliser {
    @Nullable Norm apply(Matcher m, Ctx c);
  }

  /**
   * A rule; {@code anchor}, when set, is a cheap pattern every match must contain (a month name, a
   * unit word): the rule then runs only in windows around anchor hits, which keeps tagging fast.
   */
  record Rule(String name, Pattern pattern, Normaliser normaliser, @Nullable Pattern anchor) {}

  /** Characters searched before and after an anchor hit. */
  private static final int WINDOW_BEFORE = 80;
  private static final int WINDOW_AFTER = 50;
  private static final Pattern UNIT_ANCHOR = Pattern.compile(
      "(?i)second|minute|hour|day|week|fortnight|month|year|decade|centur|quarter|annum");
  private static final Pattern MONTH_ANCHOR = Pattern.compile(
      "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec");
  private static final Pattern WEEKDAY_ANCHOR = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");
  private static final Pattern YEAR_ANCHOR = Pattern.compile("(?:1[6-9]|20)\\d\\d");
  private static final Pattern CLOCK_ANCHOR = Pattern.compile("(?i)\\d[:.]\\d|\\d\\s*[ap]\\.?m|\\d\\d\\d\\d\\s*[GUh]");

  /** Per-call state: the text, its creation date (may be null) and the tense oracle. */
  static final class Ctx {
    final String text;
    final @Nullable LocalDate dct;
    final Tense tense;
    final TemporalSettings settings;
    int start;
    int end;

    Ctx(String text, @Nullable LocalDate dct, TemporalSettings settings) {
      this.text = text;
      this.dct = dct;
      this.settings = settings;
      this.tense = new Tense(text, settings.tenseWindow());
    }

    Direction dir() {
      return tense.at(start, end);
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  Rules() {
    // --- explicit calendar dates ---
    add("range-dmy", "(?<d1>" + DAY + ")\\s*(?:-|–|—|to|and|through)\\s*(?<d2>" + DAY + ")\\s+(?:of\\s+)?(?<mon>"
        + MONTH + ")(?:\\s*,?\\s*(?<year>" + YEAR + "))?", Rules::rangeSameMonth);
    add("range-mdy", "(?<mon>" + MONTH + ")\\s+(?<d1>" + DAY + ")\\s*(?:-|–|—|to|through)\\s*(?<d2>" + DAY
        + ")(?:\\s*,\\s*(?<year>" + YEAR + "))?", Rules::rangeSameMonth);
    add("range-dmdm", "(?<d1>" + DAY + ")\\s+(?<m1>" + MONTH + ")\\s*(?:-|–|—|to|through)\\s*(?<d2>" + DAY
        + ")\\s+(?<m2>" + MONTH + ")(?:\\s*,?\\s*(?<year>" + YEAR + "))?", Rules::rangeTwoMonths);
    add("range-mdmd", "(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")\\s*(?:-|–|—|to|through)\\s*(?<m2>" + MONTH
        + ")\\s+(?<d2>" + DAY + ")(?:\\s*,\\s*(?<year>" + YEAR + "))?", Rules::rangeTwoMonths);
    add("dmy", "(?:(?<wd>" + WEEKDAY + ")\\s*,?\\s*(?:the\\s+)?)?(?<d>" + DAY + ")\\s+(?:of\\s+)?(?<mon>" + MONTH
        + ")(?:\\s*,?\\s*(?<year>" + YEAR + "))?", Rules::dayMonth);
    add("mdy", "(?:(?<wd>" + WEEKDAY + ")\\s*,?\\s*)?(?<mon>" + MONTH + ")\\s+(?<d>" + DAY
        + ")(?:\\s*,\\s*(?<year>" + YEAR + "))?", Rules::dayMonth);
    add("iso", "(?<year>" + YEAR + ")-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])", Rules::iso);
    add("numeric", "(?<a>[01]?\\d)/(?<b>[0-3]?\\d)/(?<y>\\d{4}|\\d{2})", Rules::numeric);
    add("month-year", "(?:(?<pre>" + PRE + ")[\\s-]+)?(?<mon>" + MONTH + ")\\s*,?\\s*(?:of\\s+)?(?<year>" + YEAR
        + ")", Rules::monthYear);
    add("month-relative-year", "(?:(?<pre>" + PRE + ")[\\s-]+)?(?<mon>" + MONTH_FULL + ")\\s+(?:of\\s+)?(?:the\\s+)?"
        + "(?<rely>last|previous|this|next|coming)\\s+year", Rules::monthOfRelativeYear);
    add("month", "(?:(?<pre>" + PRE + ")[\\s-]+)?(?:(?<rel>last|this|next|past|coming|previous)\\s+)?(?<mon>"
        + MONTH_FULL + ")", Rules::month);
    add("year", "(?:(?<pre>" + PRE + ")[\\s-]+)?(?:(?<fy>fiscal(?:\\s+year)?|financial\\s+year|(?-i:FY))\\s*)?"
        + "(?<year>" + YEAR + ")", Rules::year);
    add("year-2digit", "'(?<yy>\\d\\d)(?!s)", Rules::twoDigitYear);
    add("decade", "(?:the\\s+)?(?:(?<pre>early|mid|late)[\\s-]+)?(?:(?<dec>(?:1[6-9]|20)\\d0)|'(?<dd>\\d0))'?s",
        Rules::decade);
    add("century", "(?:the\\s+)?(?:(?<pre>early|mid|late)[\\s-]+)?(?<ord>\\d{1,2}(?:st|nd|rd|th)|first|second|"
        + "third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
        + "sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\\s-]+century", Rules::century);
    add("holiday", "(?<h>Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year's(?:\\s+(?:Day|Eve))?|Halloween|"
        + "Valentine's\\s+Day|Thanksgiving(?:\\s+Day)?)(?:\\s*,?\\s*(?<year>" + YEAR + "))?", Rules::holiday);

    // --- relative to the creation time ---
    add("weekday", "(?:(?<rel>last|this|next|coming|past|previous)\\s+)?(?<wd>" + WEEKDAY
        + ")(?:\\s*,?\\s*(?<pod>morning|afternoon|evening|night))?", Rules::weekday);
    add("deictic", "(?<w>today|tonight|yesterday|tomorrow|now|currently|nowadays|presently|at\\s+present|"
        + "at\\s+the\\s+moment|these\\s+days|recently|the\\s+past|the\\s+future|the\\s+near\\s+future|"
        + "the\\s+time\\s+being|at\\s+the\\s+time|soon|earlier\\s+today|later\\s+today|earlier\\s+in\\s+the\\s+day|"
        + "(?:this|yesterday|tomorrow|last)\\s+(?:morning|afternoon|evening|night))", Rules::deictic);
    add("relative-unit", "(?:(?<pre>" + PRE + ")[\\s-]+)?(?:the\\s+)?(?<rel>last|this|next|past|previous|coming|"
        + "current|upcoming|present)\\s+(?<unit>week|weekend|month|year|quarter|decade|century|fiscal\\s+year|"
        + "financial\\s+year)", Rules::relativeUnit);
    add("part-of-unit", "(?<pre>the\\s+(?:end|beginning|start|middle|close)\\s+of)\\s+(?:the\\s+)?(?<unit>year|"
        + "month|week|decade)|(?<ye>year[\\s-]end)", Rules::partOfUnit);
    add("season", "(?:(?<pre>early|mid|late)[\\s-]+)?(?:(?<rel>last|this|next|past|coming|previous)\\s+|"
        + "(?<the>the\\s+))?(?<s>spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(?<year>" + YEAR + "))?",
        Rules::season);
    add("quarter", "(?<the>the\\s+)?(?<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+quarter"
        + "(?:\\s+of\\s+(?:(?<year>" + YEAR + ")|(?<rely>this|last|next)\\s+year))?", Rules::quarter);
    add("quarter-code", "(?-i:Q)(?<qn>[1-4])(?:\\s*(?<year>" + YEAR + "))?", Rules::quarter);
    add("half", "the\\s+(?<h>first|second)\\s+half\\s+of\\s+(?:(?<year>" + YEAR + ")|(?<rely>this|last|next)"
        + "\\s+year)", Rules::half);
    add("ago", "(?:(?<mod>about|around|nearly|almost|some|roughly|approximately|more\\s+than|less\\s+than|over|"
        + "just|only)\\s+)?(?<c>" + COUNT + ")[\\s-]+(?<unit>" + UNIT + ")\\s+(?<dir>ago|from\\s+now|hence)",
        Rules::ago);

    // --- durations, times of day, sets ---
    add("duration", "(?:(?<mod>about|around|almost|nearly|more\\s+than|less\\s+than|at\\s+least|roughly|"
        + "approximately|up\\s+to|over(?!\\s+the)|under|just|only|a\\s+mere|some)\\s+)?(?:the\\s+)?(?:(?<adj>past|last|"
        + "next|first|previous|coming|following|recent|final|initial|subsequent|latest|preceding|ensuing|"
        + "remaining)\\s+)?(?<c>" + COUNT + ")(?:\\s+(?:more|additional|long|straight|consecutive|full|whole|"
        + "short))?[\\s-]+(?<unit>" + UNIT + ")(?:-long)?(?![\\s-]+old)", Rules::duration);
    add("bare-duration", "(?:(?<adj>recent|the\\s+coming|coming|the\\s+past|past|the\\s+last|the\\s+next|"
        + "the\\s+previous|the\\s+following|the\\s+ensuing)\\s+)?(?<unit>seconds|minutes|hours|days|weeks|"
        + "months|years|decades|centuries)(?:-long)?", Rules::bareDuration);
    add("clock-ampm", "(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>(?-i:a\\.m\\.?|p\\.m\\.?|am|pm|AM|PM"
        + "|A\\.M\\.|P\\.M\\.))(?:\\s*\\(?\\s*(?:" + TZ + ")\\s*\\)?)?(?:\\s+(?:on\\s+)?(?<ref>" + DAYREF + "))?",
        Rules::clock);
    add("clock-24", "(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?!:\\d)(?:\\s*(?:" + TZ + "))?(?:\\s+(?:on\\s+)?(?<ref>"
        + DAYREF + "))?", Rules::clock);
    add("clock-military", "(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?:" + TZ + "|(?-i:hrs|GMT))(?:\\s+(?:on\\s+)?"
        + "(?<ref>" + DAYREF + "))?", Rules::clock);
    add("clock-word", "(?<w>noon|midday|midnight)(?:\\s+(?:on\\s+)?(?<ref>" + DAYREF + "))?", Rules::clock);
    add("set-every", "(?:every|each)\\s+(?:other\\s+|single\\s+)?(?<u>day|week|month|year|morning|afternoon|"
        + "evening|night|weekend|spring|summer|autumn|winter|quarter|" + WEEKDAY + ")", Rules::set);
    add("set-adverb", "(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|annual)", Rules::set);
    add("set-times", "(?:once|twice|thrice|" + COUNT + "\\s+times)\\s+(?:a|an|per|every|each)\\s+(?<u>day|week|"
        + "month|year|decade)", Rules::set);
    add("set-per", "per\\s+(?<u>day|week|month|year|annum)", Rules::set);
  }

  private void add(String name, String regex, Normaliser n) {
    String bounded = "(?<![\\p{L}\\p{N}_$£€])(?:" + regex + ")(?![\\p{L}\\p{N}_])";
    rules.add(new Rule(name, Pattern.compile(bounded, Pattern.CASE_INSENSITIVE), n, anchorOf(name)));
  }

  private static @Nullable Pattern anchorOf(String name) {
    if (name.startsWith("range") || name.equals("dmy") || name.equals("mdy") || name.startsWith("month")) {
      return MONTH_ANCHOR;
    }
    return switch (name) {
      case "weekday" -> WEEKDAY_ANCHOR;
      case "year", "iso" -> YEAR_ANCHOR;
      case "ago", "duration", "bare-duration", "relative-unit", "part-of-unit", "quarter", "half", "set-times",
          "set-per" -> UNIT_ANCHOR;
      case "clock-ampm", "clock-24", "clock-military" -> CLOCK_ANCHOR;
      default -> null;
    };
  }

  /** Every candidate (overlapping), in rule order. */
  List<Candidate> candidates(Ctx c) {
    List<Candidate> out = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      for (int[] region : regions(rule.anchor, c.text)) {
        scan(rule, r, region, c, out);
      }
    }
    return out;
  }

  /** Disjoint windows around the anchor's hits, or the whole text when the rule has no anchor. */
  private static List<int[]> regions(@Nullable Pattern anchor, String text) {
    if (anchor == null) {
      return List.of(new int[] {0, text.length()});
    }
    List<int[]> out = new ArrayList<>();
    Matcher a = anchor.matcher(text);
    while (a.find()) {
      int from = Math.max(0, a.start() - WINDOW_BEFORE);
      int to = Math.min(text.length(), a.end() + WINDOW_AFTER);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }

  private static void scan(Rule rule, int r, int[] region, Ctx c, List<Candidate> out) {
    {
      Matcher m = rule.pattern.matcher(c.text).region(region[0], region[1]);
      m.useTransparentBounds(true).useAnchoringBounds(false);
      while (m.find()) {
        c.start = m.start();
        c.end = m.end();
        Norm n;
        try {
          n = rule.normaliser.apply(m, c);
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
          n = null; // an impossible date such as 31 February: not a timex
        }
        if (n != null) {
          out.add(new Candidate(m.start(), m.end(), r, n));
        }
      }
    }
  }

  record Candidate(int start, int end, int rule, Norm norm) {}

  // ---------------------------------------------------------------- explicit dates

  private static @Nullable Norm rangeSameMonth(Matcher m, Ctx c) {
    int mon = Lexicon.month(m.group("mon"));
    int d1 = Lexicon.dayOfMonth(m.group("d1"));
    int d2 = Lexicon.dayOfMonth(m.group("d2"));
    if (d2 <= d1) {
      return null;
    }
    Integer year = yearOrNull(m);
    if (year == null) {
      LocalDate first = monthDay(mon, d1, c);
      if (first == null) {
        return Norm.of(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", mon, d1));
      }
      year = first.getYear();
    }
    return Norm.days(LocalDate.of(year, mon, d1), LocalDate.of(year, mon, d2));
  }

  private static @Nullable Norm rangeTwoMonths(Matcher m, Ctx c) {
    int m1 = Lexicon.month(m.group("m1"));
    int m2 = Lexicon.month(m.group("m2"));
    int d1 = Lexicon.dayOfMonth(m.group("d1"));
    int d2 = Lexicon.dayOfMonth(m.group("d2"));
    Integer year = yearOrNull(m);
    int y1;
    if (year == null) {
      LocalDate first = monthDay(m1, d1, c);
      if (first == null) {
        return Norm.of(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", m1, d1));
      }
      y1 = first.getYear();
    } else {
      y1 = m1 > m2 ? year - 1 : year; // "30 December - 2 January 2024"
    }
    LocalDate b = LocalDate.of(y1, m1, d1);
    LocalDate e = LocalDate.of(m1 > m2 ? y1 + 1 : y1, m2, d2);
    return e.isAfter(b) ? Norm.days(b, e) : null;
  }

  private static @Nullable Norm dayMonth(Matcher m, Ctx c) {
    if (followedByDigitGroup(m, c)) {
      return null; // "June 1,500" is a count
    }
    int mon = Lexicon.month(m.group("mon"));
    int d = Lexicon.dayOfMonth(m.group("d"));
    Integer year = yearOrNull(m);
    if (year != null) {
      return Norm.day(LocalDate.of(year, mon, d));
    }
    LocalDate date = monthDay(mon, d, c);
    if (date == null) {
      LocalDate.of(2000, mon, d); // validates day of month
      return Norm.of(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", mon, d));
    }
    return Norm.day(date);
  }

  private static Norm iso(Matcher m, Ctx c) {
    return Norm.day(LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")),
        Integer.parseInt(m.group("d"))));
  }

  private static @Nullable Norm numeric(Matcher m, Ctx c) {
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    int y = Integer.parseInt(m.group("y"));
    if (m.group("y").length() == 2) {
      y += y <= (c.dct == null ? 30 : c.dct.getYear() % 100 + 10) ? 2000 : 1900;
    }
    // month/day/year (US) unless the first number cannot be a month
    int month = a <= 12 ? a : b;
    int day = a <= 12 ? b : a;
    if (month < 1 || month > 12 || day < 1) {
      return null;
    }
    return Norm.day(LocalDate.of(y, month, day));
  }

  private static Norm monthYear(Matcher m, Ctx c) {
    Norm n = Norm.month(YearMonth.of(Integer.parseInt(m.group("year")), Lexicon.month(m.group("mon"))));
    return n.withMod(mod(m.group("pre")));
  }

  private static @Nullable Norm monthOfRelativeYear(Matcher m, Ctx c) {
    int mon = Lexicon.month(m.group("mon"));
    if (c.dct == null) {
      return Norm.of(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d", mon)).withMod(mod(m.group("pre")));
    }
    int shift = switch (m.group("rely").toLowerCase(Locale.ROOT)) {
      case "last", "previous" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
    return Norm.month(YearMonth.of(c.dct.getYear() + shift, mon)).withMod(mod(m.group("pre")));
  }

  private static @Nullable Norm month(Matcher m, Ctx c) {
    String name = m.group("mon");
    String pre = m.group("pre");
    String rel = m.group("rel");
    if (pre == null && rel == null && (name.equals("May") || name.equals("March"))) {
      String before = c.text.substring(Math.max(0, m.start() - 20), m.start());
      if (!MONTH_GUARD.matcher(before).find()) {
        return null; // "May" the verb, "March" the noun
      }
    }
    int mon = Lexicon.month(name);
    if (c.dct == null) {
      return Norm.of(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d", mon)).withMod(mod(pre));
    }
    YearMonth now = YearMonth.from(c.dct);
    YearMonth ym;
    String r = rel == null ? "" : rel.toLowerCase(Locale.ROOT);
    switch (r) {
      case "last", "past", "previous" -> ym = latestBefore(now, mon, false);
      case "next", "coming" -> ym = earliestAfter(now, mon, false);
      case "this" -> ym = YearMonth.of(now.getYear(), mon);
      default -> {
        Direction d = c.dir();
        YearMonth past = latestBefore(now, mon, true);
        YearMonth future = earliestAfter(now, mon, true);
        if (d == Direction.PAST) {
          ym = past;
        } else if (d == Direction.FUTURE) {
          ym = future;
        } else {
          long dp = ChronoUnit.MONTHS.between(past, now);
          long df = ChronoUnit.MONTHS.between(now, future);
          ym = df < dp ? future : past;
        }
      }
    }
    return Norm.month(ym).withMod(mod(pre));
  }

  private static @Nullable Norm year(Matcher m, Ctx c) {
    int s = m.start("year");
    int e = m.end("year");
    String text = c.text;
    if (m.group("pre") == null && m.group("fy") == null) {
      if (!c.settings.bareYears()) {
        return null;
      }
      if (s > 0 && (text.charAt(s - 1) == ',' || text.charAt(s - 1) == '.' || text.charAt(s - 1) == '#'
          || text.charAt(s - 1) == '-' && s > 1 && Character.isDigit(text.charAt(s - 2)))) {
        return null;
      }
      String after = text.substring(e, Math.min(text.length(), e + 20)).toLowerCase(Locale.ROOT);
      if (after.matches("(?s)^(?:\\s*%|\\s*per\\s*cent|\\s*percent|[.,]\\d|:\\d|\\s*(?:-|to)\\s*\\d{3}).*")) {
        return null;
      }
      Matcher w = Pattern.compile("^\\s+([a-z]+)").matcher(after);
      if (w.find() && COUNT_NOUNS.contains(w.group(1))) {
        return null;
      }
    }
    return Norm.year(Integer.parseInt(m.group("year"))).withMod(mod(m.group("pre")));
  }

  private static @Nullable Norm twoDigitYear(Matcher m, Ctx c) {
    int yy = Integer.parseInt(m.group("yy"));
    int pivot = c.dct == null ? 30 : c.dct.getYear() % 100 + 5;
    return Norm.year(yy <= pivot ? 2000 + yy : 1900 + yy);
  }

  private static Norm decade(Matcher m, Ctx c) {
    int first;
    if (m.group("dec") != null) {
      first = Integer.parseInt(m.group("dec"));
    } else {
      int dd = Integer.parseInt(m.group("dd"));
      int pivot = c.dct == null ? 30 : c.dct.getYear() % 100;
      first = dd <= pivot ? 2000 + dd : 1900 + dd;
    }
    return Norm.decade(first).withMod(mod(m.group("pre")));
  }

  private static @Nullable Norm century(Matcher m, Ctx c) {
    int ord = Lexicon.ordinal(m.group("ord"));
    if (ord < 1 || ord > 22) {
      return null;
    }
    return Norm.century(ord).withMod(mod(m.group("pre")));
  }

  private static @Nullable Norm holiday(Matcher m, Ctx c) {
    String h = m.group("h").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Integer year = yearOrNull(m);
    int mon;
    int day;
    if (h.startsWith("christmas eve")) {
      mon = 12;
      day = 24;
    } else if (h.startsWith("christmas")) {
      mon = 12;
      day = 25;
    } else if (h.startsWith("new year's eve")) {
      mon = 12;
      day = 31;
    } else if (h.startsWith("new year")) {
      mon = 1;
      day = 1;
    } else if (h.startsWith("halloween")) {
      mon = 10;
      day = 31;
    } else if (h.startsWith("valentine")) {
      mon = 2;
      day = 14;
    } else { // Thanksgiving (US): fourth Thursday of November
      int y = year != null ? year : c.dct != null ? c.dct.getYear() : -1;
      if (y < 0) {
        return Norm.of(TimexType.DATE, "XXXX-11");
      }
      return Norm.day(LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
    }
    if (year != null) {
      return Norm.day(LocalDate.of(year, mon, day));
    }
    LocalDate d = monthDay(mon, day, c);
    return d == null ? Norm.of(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", mon, day))
        : Norm.day(d);
  }

  // ---------------------------------------------------------------- relative

  private static Norm weekday(Matcher m, Ctx c) {
    int dow = Lexicon.weekday(m.group("wd"));
    String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
    String pod = m.group("pod");
    LocalDate d = c.dct == null ? null : resolveWeekday(dow, rel, c);
    if (pod != null) {
      return Norm.time(d, partOfDay(pod));
    }
    if (d == null) {
      return Norm.of(TimexType.DATE, "XXXX-WXX-" + dow);
    }
    return Norm.day(d);
  }

  private static LocalDate resolveWeekday(int dow, String rel, Ctx c) {
    LocalDate dct = c.dct;
    DayOfWeek w = DayOfWeek.of(dow);
    switch (rel) {
      case "last", "past", "previous":
        return dct.with(TemporalAdjusters.previous(w));
      case "next", "coming":
        return dct.with(TemporalAdjusters.next(w));
      case "this":
        return dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(dow - 1L);
      default:
        return c.dir() == Direction.FUTURE ? dct.with(TemporalAdjusters.nextOrSame(w))
            : dct.with(TemporalAdjusters.previousOrSame(w));
    }
  }

  private static @Nullable Norm deictic(Matcher m, Ctx c) {
    String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    LocalDate dct = c.dct;
    switch (w) {
      case "now", "currently", "nowadays", "presently", "at present", "at the moment", "these days",
          "the time being":
        return c.settings.presentRefs() ? Norm.of(TimexType.DATE, "PRESENT_REF") : null;
      case "recently", "the past", "at the time":
        return c.settings.presentRefs() ? Norm.of(TimexType.DATE, "PAST_REF") : null;
      case "the future", "the near future", "soon":
        return c.settings.presentRefs() ? Norm.of(TimexType.DATE, "FUTURE_REF") : null;
      default:
        break;
    }
    if (w.equals("today") || w.equals("earlier today") || w.equals("later today")
        || w.equals("earlier in the day")) {
      return dct == null ? Norm.of(TimexType.DATE, "PRESENT_REF") : Norm.day(dct);
    }
    if (w.equals("yesterday")) {
      return dct == null ? Norm.of(TimexType.DATE, "XXXX-XX-XX") : Norm.day(dct.minusDays(1));
    }
    if (w.equals("tomorrow")) {
      return dct == null ? Norm.of(TimexType.DATE, "XXXX-XX-XX") : Norm.day(dct.plusDays(1));
    }
    if (w.equals("tonight")) {
      return Norm.time(dct, "NI");
    }
    String[] parts = w.split(" ");
    LocalDate day = dct;
    if (dct != null && (parts[0].equals("yesterday") || parts[0].equals("last"))) {
      day = dct.minusDays(1);
    } else if (dct != null && parts[0].equals("tomorrow")) {
      day = dct.plusDays(1);
    }
    return Norm.time(day, partOfDay(parts[1]));
  }

  private static @Nullable Norm relativeUnit(Matcher m, Ctx c) {
    String rel = m.group("rel").toLowerCase(Locale.ROOT);
    String unit = m.group("unit").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String pre = m.group("pre");
    if (rel.equals("past")) {
      if (unit.equals("weekend")) {
        return null;
      }
      return Norm.of(TimexType.DURATION, durationValue(1, unit)).withMod(null);
    }
    int shift = switch (rel) {
      case "last", "previous" -> -1;
      case "next", "coming", "upcoming" -> 1;
      default -> 0;
    };
    if (c.dct == null) {
      return Norm.of(TimexType.DATE, shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF");
    }
    return shifted(unit, shift, c.dct).withMod(mod(pre));
  }

  private static @Nullable Norm partOfUnit(Matcher m, Ctx c) {
    if (c.dct == null) {
      return null;
    }
    String unit = m.group("ye") != null ? "year" : m.group("unit").toLowerCase(Locale.ROOT);
    String mod = m.group("ye") != null ? "END" : mod(m.group("pre"));
    int shift = 0;
    Direction d = c.dir();
    // "the end of the year" in a past-tense sentence early in the year is last year's end
    if ("END".equals(mod) && d == Direction.PAST && unit.equals("year") && c.dct.getMonthValue() <= 6) {
      shift = -1;
    } else if ("START".equals(mod) && d == Direction.FUTURE && unit.equals("year") && c.dct.getMonthValue() > 6) {
      shift = 1;
    }
    return shifted(unit, shift, c.dct).withMod(mod);
  }

  private static @Nullable Norm shifted(String unit, int shift, LocalDate dct) {
    return switch (unit) {
      case "week" -> Norm.week(dct.plusWeeks(shift));
      case "weekend" -> Norm.weekend(dct.plusWeeks(shift));
      case "month" -> Norm.month(YearMonth.from(dct).plusMonths(shift));
      case "year", "fiscal year", "financial year" -> Norm.year(dct.getYear() + shift);
      case "quarter" -> {
        LocalDate q = dct.plusMonths(3L * shift);
        yield Norm.quarter(q.getYear(), q.get(IsoFields.QUARTER_OF_YEAR));
      }
      case "decade" -> Norm.decade(dct.getYear() + 10 * shift);
      case "century" -> Norm.century(dct.getYear() / 100 + 1 + shift);
      default -> null;
    };
  }

  private static @Nullable Norm season(Matcher m, Ctx c) {
    Norm.Season s = Norm.Season.of(m.group("s"));
    String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
    Integer year = yearOrNull(m);
    if (s == Norm.Season.AUTUMN && m.group("s").equalsIgnoreCase("fall") && rel.isEmpty() && year == null
        && m.group("the") == null) {
      return null; // the verb
    }
    String pre = m.group("pre");
    if (year != null) {
      return Norm.season(year, s).withMod(mod(pre));
    }
    if (c.dct == null) {
      return Norm.of(TimexType.DATE, "XXXX-" + s.code).withMod(mod(pre));
    }
    int[] cur = Norm.Season.containing(c.dct);
    int curIndex = cur[0] * 4 + cur[1];
    int target;
    switch (rel) {
      case "last", "past", "previous" -> target = seasonIndex(curIndex - 1, s, -1);
      case "next", "coming" -> target = seasonIndex(curIndex + 1, s, +1);
      case "this" -> target = s == Norm.Season.WINTER ? seasonIndex(curIndex, s, +1)
          : c.dct.getYear() * 4 + s.ordinal();
      default -> target = c.dir() == Direction.FUTURE ? seasonIndex(curIndex, s, +1) : seasonIndex(curIndex, s, -1);
    }
    return Norm.season(Math.floorDiv(target, 4), s).withMod(mod(pre));
  }

  private static int seasonIndex(int from, Norm.Season s, int step) {
    int i = from;
    while (Math.floorMod(i, 4) != s.ordinal()) {
      i += step;
    }
    return i;
  }

  private static @Nullable Norm quarter(Matcher m, Ctx c) {
    int q;
    if (m.pattern().pattern().contains("<qn>")) {
      q = Integer.parseInt(m.group("qn"));
    } else {
      String word = m.group("q").toLowerCase(Locale.ROOT);
      if ((word.equals("last") || word.equals("final")) && m.group("the") == null) {
        return null; // "last quarter" is the previous quarter, handled as a relative unit
      }
      q = Lexicon.ordinal(word);
    }
    if (q < 1 || q > 4) {
      return null;
    }
    Integer year = yearOrNull(m);
    if (year == null && c.dct != null) {
      year = relativeYear(m, c);
      if (year == null) {
        int curQ = c.dct.get(IsoFields.QUARTER_OF_YEAR);
        year = c.dct.getYear();
        if (q > curQ && c.dir() != Direction.FUTURE) {
          year--;
        } else if (q < curQ && c.dir() == Direction.FUTURE) {
          year++;
        }
      }
    }
    return year == null ? Norm.of(TimexType.DATE, "XXXX-Q" + q) : Norm.quarter(year, q);
  }

  private static @Nullable Norm half(Matcher m, Ctx c) {
    int h = m.group("h").equalsIgnoreCase("first") ? 1 : 2;
    Integer year = yearOrNull(m);
    if (year == null && c.dct != null) {
      year = relativeYear(m, c);
    }
    return year == null ? Norm.of(TimexType.DATE, "XXXX-H" + h) : Norm.half(year, h);
  }

  private static @Nullable Integer relativeYear(Matcher m, Ctx c) {
    String rely = m.pattern().pattern().contains("<rely>") ? m.group("rely") : null;
    if (rely == null || c.dct == null) {
      return null;
    }
    return switch (rely.toLowerCase(Locale.ROOT)) {
      case "last" -> c.dct.getYear() - 1;
      case "next" -> c.dct.getYear() + 1;
      default -> c.dct.getYear();
    };
  }

  private static @Nullable Norm ago(Matcher m, Ctx c) {
    String unit = singular(m.group("unit"));
    OptionalDouble n = Lexicon.count(m.group("c"));
    boolean future = !m.group("dir").equalsIgnoreCase("ago");
    String mod = m.group("mod") == null ? null : switch (m.group("mod").toLowerCase(Locale.ROOT)) {
      case "about", "around", "some", "roughly", "approximately" -> "APPROX";
      default -> null;
    };
    if (n.isEmpty() || c.dct == null) {
      return Norm.of(TimexType.DATE, future ? "FUTURE_REF" : "PAST_REF");
    }
    long k = Math.round(n.getAsDouble()) * (future ? 1 : -1);
    LocalDate d = c.dct;
    Norm out = switch (unit) {
      case "second", "minute", "hour" -> Norm.day(d);
      case "day" -> Norm.day(d.plusDays(k));
      case "week" -> Norm.day(d.plusWeeks(k));
      case "fortnight" -> Norm.day(d.plusWeeks(2 * k));
      case "month" -> Norm.month(YearMonth.from(d).plusMonths(k));
      case "year" -> Norm.year(d.getYear() + (int) k);
      case "decade" -> Norm.decade(d.getYear() + 10 * (int) k);
      case "century" -> Norm.century(d.getYear() / 100 + 1 + (int) k);
      default -> null;
    };
    return out == null ? null : out.withMod(mod);
  }

  private static @Nullable Norm duration(Matcher m, Ctx c) {
    String unit = singular(m.group("unit"));
    String count = m.group("c").toLowerCase(Locale.ROOT);
    if (unit.equals("second") && (count.equals("a") || count.equals("an") || count.equals("one"))) {
      return null; // "a second term"
    }
    String before = c.text.substring(Math.max(0, m.start() - 8), m.start()).toLowerCase(Locale.ROOT);
    if (before.matches("(?s).*\\b(?:once|twice|times|per)\\s+$")) {
      return null; // a set: "twice a year"
    }
    OptionalDouble n = Lexicon.count(count);
    String mod = m.group("mod") == null ? null : switch (m.group("mod").toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")) {
      case "about", "around", "roughly", "approximately", "some" -> "APPROX";
      case "almost", "nearly", "less than", "under", "just" -> "LESS_THAN";
      case "more than", "over" -> "MORE_THAN";
      case "at least" -> "EQUAL_OR_MORE";
      case "up to" -> "EQUAL_OR_LESS";
      default -> null;
    };
    String value = n.isPresent() ? durationValue(n.getAsDouble(), unit) : durationValue(-1, unit);
    return value == null ? null : Norm.of(TimexType.DURATION, value).withMod(mod);
  }

  private static @Nullable Norm bareDuration(Matcher m, Ctx c) {
    if (m.group("adj") == null && !c.settings.barePluralDurations()) {
      return null;
    }
    String value = durationValue(-1, singular(m.group("unit")));
    return value == null ? null : Norm.of(TimexType.DURATION, value);
  }

  /** {@code P2D}, {@code PT3H}, {@code P10Y} for one decade; {@code n < 0} means an unknown count (X). */
  static @Nullable String durationValue(double n, String unit) {
    String num;
    if (n < 0) {
      num = "X";
    } else {
      double scaled = switch (unit) {
        case "decade" -> n * 10;
        case "century" -> n * 100;
        case "fortnight" -> n * 2;
        case "quarter" -> n * 3;
        default -> n;
      };
      num = scaled == Math.rint(scaled) ? Long.toString((long) scaled)
          : String.format(Locale.ROOT, "%s", scaled);
    }
    return switch (unit) {
      case "second" -> "PT" + num + "S";
      case "minute" -> "PT" + num + "M";
      case "hour" -> "PT" + num + "H";
      case "day" -> "P" + num + "D";
      case "week", "fortnight" -> "P" + num + "W";
      case "month", "quarter" -> "P" + num + "M";
      case "year", "fiscal year", "financial year" -> "P" + num + "Y";
      case "decade" -> n < 0 ? "PXDE" : "P" + num + "Y";
      case "century" -> n < 0 ? "PXCE" : "P" + num + "Y";
      default -> null;
    };
  }

  private static @Nullable Norm clock(Matcher m, Ctx c) {
    String hm;
    if (m.pattern().pattern().contains("<w>")) {
      String w = m.group("w").toLowerCase(Locale.ROOT);
      hm = w.equals("midnight") ? "24:00" : "12:00";
    } else {
      int h = Integer.parseInt(m.group("h"));
      String mi = m.group("mi") == null ? "00" : m.group("mi");
      if (m.pattern().pattern().contains("<ap>")) {
        boolean pm = m.group("ap").toLowerCase(Locale.ROOT).startsWith("p");
        h = h % 12 + (pm ? 12 : 0);
      }
      hm = String.format(Locale.ROOT, "%02d:%s", h, mi);
    }
    LocalDate day = c.dct;
    String ref = m.group("ref");
    if (ref != null && c.dct != null) {
      String r = ref.toLowerCase(Locale.ROOT);
      switch (r) {
        case "today", "tonight" -> day = c.dct;
        case "yesterday" -> day = c.dct.minusDays(1);
        case "tomorrow" -> day = c.dct.plusDays(1);
        default -> day = resolveWeekday(Lexicon.weekday(ref), "", c);
      }
    }
    String zone = m.group(0).matches("(?s).*\\b(?:UTC|GMT)\\b.*") ? "Z" : "";
    return Norm.time(day, hm + zone);
  }

  private static @Nullable Norm set(Matcher m, Ctx c) {
    String adv = m.pattern().pattern().contains("<adv>") ? m.group("adv") : null;
    String u = adv != null ? switch (adv.toLowerCase(Locale.ROOT)) {
      case "daily" -> "day";
      case "weekly" -> "week";
      case "monthly" -> "month";
      case "annually", "yearly", "annual" -> "year";
      case "hourly" -> "hour";
      case "nightly" -> "night";
      default -> "quarter";
    } : m.group("u").toLowerCase(Locale.ROOT);
    if (u.equals("annum")) {
      u = "year";
    }
    String value = switch (u) {
      case "morning", "afternoon", "evening", "night" -> "XXXX-XX-XXT" + partOfDay(u);
      case "weekend" -> "XXXX-WXX-WE";
      case "spring", "summer", "autumn", "winter" -> "XXXX-" + Norm.Season.of(u).code;
      case "day", "week", "month", "year", "decade", "hour", "quarter" -> durationValue(1, u);
      default -> "XXXX-WXX-" + Lexicon.weekday(u);
    };
    return value == null ? null : Norm.of(TimexType.SET, value);
  }

  // ---------------------------------------------------------------- helpers

  private static @Nullable Integer yearOrNull(Matcher m) {
    String y = m.group("year");
    return y == null ? null : Integer.valueOf(y);
  }

  private static boolean followedByDigitGroup(Matcher m, Ctx c) {
    int e = m.end();
    return e + 1 < c.text.length() && c.text.charAt(e) == ',' && Character.isDigit(c.text.charAt(e + 1));
  }

  /** Month-day without a year: before or after the creation date by tense, else the nearest. */
  private static @Nullable LocalDate monthDay(int mon, int day, Ctx c) {
    if (c.dct == null) {
      return null;
    }
    LocalDate dct = c.dct;
    LocalDate same = safeDate(dct.getYear(), mon, day);
    LocalDate prev = safeDate(dct.getYear() - 1, mon, day);
    LocalDate next = safeDate(dct.getYear() + 1, mon, day);
    LocalDate past = same != null && !same.isAfter(dct) ? same : prev;
    LocalDate future = same != null && !same.isBefore(dct) ? same : next;
    if (past == null || future == null) {
      return same;
    }
    Direction d = c.dir();
    if (d == Direction.PAST) {
      return past;
    }
    if (d == Direction.FUTURE) {
      return future;
    }
    return ChronoUnit.DAYS.between(dct, future) < ChronoUnit.DAYS.between(past, dct) ? future : past;
  }

  private static @Nullable LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static YearMonth latestBefore(YearMonth now, int month, boolean inclusive) {
    YearMonth ym = YearMonth.of(now.getYear(), month);
    return ym.isAfter(now) || (!inclusive && ym.equals(now)) ? ym.minusYears(1) : ym;
  }

  private static YearMonth earliestAfter(YearMonth now, int month, boolean inclusive) {
    YearMonth ym = YearMonth.of(now.getYear(), month);
    return ym.isBefore(now) || (!inclusive && ym.equals(now)) ? ym.plusYears(1) : ym;
  }

  private static String singular(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.equals("centuries")) {
      return "century";
    }
    return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
  }

  private static String partOfDay(String pod) {
    return switch (pod.toLowerCase(Locale.ROOT)) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      default -> "NI";
    };
  }

  /** TIMEX3 mod of a premodifier ("early" START, "mid" MID, "late" END); null for none. */
  static @Nullable String mod(@Nullable String pre) {
    if (pre == null) {
      return null;
    }
    String p = pre.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (p.equals("early") || p.startsWith("the beginning") || p.startsWith("the start")
        || p.startsWith("the first half")) {
      return "START";
    }
    if (p.equals("mid") || p.startsWith("the middle")) {
      return "MID";
    }
    if (p.equals("late") || p.startsWith("the end") || p.startsWith("the close")
        || p.startsWith("the second half")) {
      return "END";
    }
    if (p.startsWith("the turn")) {
      return "APPROX";
    }
    return null;
  }

  static Optional<String> modOf(@Nullable String pre) {
    return Optional.ofNullable(mod(pre));
  }
}
