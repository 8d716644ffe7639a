package org.triangulate.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in {@link Annotator}: capitalised spans as names, the common English date forms
 * ("6-7 March 2023", "March 7, 2023", "November 2022", "in November", "on Sunday", "today") resolved
 * against the publication date, and numbers with the noun they count.
 *
 * <p>Traps: a month or weekday without a year is resolved to the nearest past occurrence (the next
 * one when the sentence uses "will"), which is right for news and wrong for schedules far ahead.
 */
final class LexicalAnnotator implements Annotator {
  private static final Map<String, Month> MONTHS = new HashMap<>();
  private static final Map<String, DayOfWeek> DAYS = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
      MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
    }
    MONTHS.put("sept", Month.SEPTEMBER);
    for (DayOfWeek d : DayOfWeek.values()) {
      DAYS.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
    }
  }

  private static final String MON = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+" + MON + ",?(?:\\s+(\\d{4}))?\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MON + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MON + ",?\\s+(\\d{4})\\b");
  private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|since|until|by|from|early|late|mid-?)\\s+" + MON + "\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:on|last|next|this|since|from|until|by)?\\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern RELATIVE = Pattern.compile("\\b(today|yesterday|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|of|during|by|until)\\s+((?:19|20)\\d{2})\\b");

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d.,-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(\\s*(?:%|per\\s?cent|percent))?"
          + "(?:\\s+(million|billion|thousand|hundred))?(?![\\d])"
          + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozens?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("dozens", 24));
  private static final Pattern HEDGE = Pattern.compile(
      "(?i)(about|around|roughly|nearly|almost|over|more than|at least|some|up to|approximately|less than"
          + "|fewer than|under|close to|an estimated|estimated)\\s*$");
  private static final Set<String> UNIT_SKIP = Set.of("missing", "injured", "dead", "more", "other", "additional",
      "wounded", "new", "of", "the", "people's", "local", "armed", "young", "foreign");

  private static final Pattern NAME = Pattern.compile(
      "\\b\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:of|for|de|al|bin|van|von|and|the)\\s+)?\\p{Lu}[\\p{L}'’.-]*)*");

  @Override
  public Annotations annotate(String s, Optional<LocalDate> published) {
    List<Timex> timexes = timexes(s, published);
    List<Figure> figures = figures(s, timexes);
    List<Name> names = names(s, timexes);
    return new Annotations(names, timexes, figures);
  }

  static List<Timex> timexes(String s, Optional<LocalDate> published) {
    List<Timex> out = new ArrayList<>();
    boolean future = s.matches("(?is).*\\b(will|would|is to|are to|scheduled|expected to)\\b.*");
    Matcher m = ISO.matcher(s);
    while (m.find()) {
      try {
        add(out, new Timex(m.group(), m.start(), m.end(), LocalDate.of(Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), Precision.DAY));
      } catch (java.time.DateTimeException e) {
        // not a date
      }
    }
    m = DAY_MONTH_YEAR.matcher(s);
    while (m.find()) {
      dayMonth(out, m, Integer.parseInt(m.group(1)), m.group(2), m.group(3), published, future);
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      dayMonth(out, m, Integer.parseInt(m.group(2)), m.group(1), m.group(3), published, future);
    }
    m = MONTH_YEAR.matcher(s);
    while (m.find()) {
      Month mo = month(m.group(1));
      add(out, new Timex(m.group(), m.start(), m.end(), LocalDate.of(Integer.parseInt(m.group(2)), mo, 1),
          Precision.MONTH));
    }
    if (published.isPresent()) {
      LocalDate p = published.get();
      m = IN_MONTH.matcher(s);
      while (m.find()) {
        Month mo = month(m.group(1));
        int year = p.getYear();
        if (future ? mo.getValue() < p.getMonthValue() : mo.getValue() > p.getMonthValue()) {
          year += future ? 1 : -1;
        }
        int start = m.start(1);
        add(out, new Timex(s.substring(start, m.end()), start, m.end(), LocalDate.of(year, mo, 1), Precision.MONTH));
      }
      m = WEEKDAY.matcher(s);
      while (m.find()) {
        DayOfWeek d = DAYS.get(m.group(1).toLowerCase(Locale.ROOT));
        String lead = m.group().strip().toLowerCase(Locale.ROOT);
        boolean next = future || lead.startsWith("next");
        int delta = d.getValue() - p.getDayOfWeek().getValue();
        if (next) {
          delta = delta < 0 ? delta + 7 : delta;
        } else {
          delta = delta > 0 ? delta - 7 : delta;
        }
        add(out, new Timex(m.group(1), m.start(1), m.end(1), p.plusDays(delta), Precision.DAY));
      }
      m = RELATIVE.matcher(s);
      while (m.find()) {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        LocalDate v = w.equals("today") ? p : w.equals("yesterday") ? p.minusDays(1) : p.plusDays(1);
        add(out, new Timex(m.group(1), m.start(1), m.end(1), v, Precision.DAY));
      }
    }
    m = YEAR.matcher(s);
    while (m.find()) {
      add(out, new Timex(m.group(1), m.start(1), m.end(1), LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
          Precision.YEAR));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void dayMonth(List<Timex> out, Matcher m, int day, String monthText, String yearText,
      Optional<LocalDate> published, boolean future) {
    Month mo = month(monthText);
    int year;
    if (yearText != null) {
      year = Integer.parseInt(yearText);
    } else if (published.isPresent()) {
      LocalDate p = published.get();
      year = p.getYear();
      LocalDate guess = safeDate(year, mo, day);
      if (guess != null && !future && guess.isAfter(p.plusDays(31))) {
        year--;
      } else if (guess != null && future && guess.isBefore(p.minusDays(31))) {
        year++;
      }
    } else {
      return;
    }
    LocalDate v = safeDate(year, mo, day);
    if (v != null) {
      add(out, new Timex(m.group(), m.start(), m.end(), v, Precision.DAY));
    }
  }

  private static LocalDate safeDate(int y, Month m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static Month month(String text) {
    String k = text.toLowerCase(Locale.ROOT).replace(".", "");
    Month m = MONTHS.get(k);
    return m != null ? m : MONTHS.get(k.substring(0, 3));
  }

  /** Adds {@code t} unless it overlaps a timex already found (earlier patterns are more specific). */
  private static void add(List<Timex> out, Timex t) {
    for (Timex o : out) {
      if (t.start() < o.end() && o.start() < t.end()) {
        return;
      }
    }
    out.add(t);
  }

  static List<Figure> figures(String s, List<Timex> timexes) {
    List<Figure> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (inside(start, end, timexes) || followedByOrdinalOrId(s, end)) {
        continue;
      }
      double value;
      String unit;
      if (m.group(4) != null) {
        value = NUMBER_WORDS.get(m.group(4).toLowerCase(Locale.ROOT));
        if (start > 0 && Character.isUpperCase(s.charAt(start)) && start > 2) {
          continue; // "Ten Downing", part of a name
        }
        unit = unitAfter(s, end);
      } else {
        value = Double.parseDouble(m.group(1).replace(",", ""));
        if (m.group(3) != null) {
          value *= switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "million" -> 1e6;
            case "billion" -> 1e9;
            case "thousand" -> 1e3;
            default -> 1e2;
          };
        }
        unit = m.group(2) != null ? "percent" : unitAfter(s, end);
      }
      boolean hedged = HEDGE.matcher(s.substring(Math.max(0, start - 16), start)).find();
      out.add(new Figure(s.substring(start, end), start, end, value, unit, hedged));
    }
    return out;
  }

  private static boolean followedByOrdinalOrId(String s, int end) {
    return end < s.length() && s.charAt(end) == '/';
  }

  private static boolean inside(int start, int end, List<Timex> timexes) {
    for (Timex t : timexes) {
      if (start < t.end() && t.start() < end) {
        return true;
      }
    }
    return false;
  }

  private static String unitAfter(String s, int end) {
    List<String> next = Text.words(s.substring(end, Math.min(s.length(), end + 60)));
    if (next.isEmpty()) {
      return "";
    }
    String w = next.get(0);
    if (UNIT_SKIP.contains(w) && next.size() > 1 && !Text.STOPWORDS.contains(next.get(1))) {
      return next.get(1); // "four missing residents"
    }
    return Text.STOPWORDS.contains(w) ? "" : w; // "24 dead and …" counts the dead
  }

  static List<Name> names(String s, List<Timex> timexes) {
    List<Name> out = new ArrayList<>();
    Matcher m = NAME.matcher(s);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String text = m.group();
      // trim trailing connector words and dots
      while (text.endsWith(".") || text.endsWith("-")) {
        text = text.substring(0, text.length() - 1);
        end--;
      }
      List<String> words = Text.words(text);
      if (words.isEmpty() || inside(start, end, timexes)) {
        continue;
      }
      if (words.size() == 1) {
        String w = words.get(0);
        if (Text.STOPWORDS.contains(w) || MONTHS.containsKey(w) || DAYS.containsKey(w)) {
          continue;
        }
        if (start == 0 || s.substring(0, start).isBlank()) {
          continue; // a sentence-initial single capitalised word is usually not a name
        }
      } else if (Text.STOPWORDS.contains(words.get(0)) && start == firstLetter(s)) {
        int cut = text.indexOf(' ');
        start += cut + 1;
        text = text.substring(cut + 1);
      }
      out.add(new Name(text, start, start + text.length()));
    }
    return out;
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return i;
      }
    }
    return 0;
  }
}
