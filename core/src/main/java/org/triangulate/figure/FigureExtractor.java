package org.triangulate.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.entity.Entity;
import org.triangulate.entity.EntityExtractor;
import org.triangulate.entity.EntityType;
import org.triangulate.entity.Mention;
import org.triangulate.time.TemporalTagger;
import org.triangulate.time.Timex;
import org.triangulate.time.TimexType;

/**
 * Finds figures: counts of things ("1,524 violence-related fatalities and 1,463 injuries from 789 terror
 * attacks"), money with currency, percentages and measures, each with what it counts, the place and the
 * period named in its sentence.
 *
 * <p>Numbers inside temporal expressions ("6-7 March 2023", "two-day", "2023") are not figures; a count
 * needs a plural noun after it ("44 militant attacks", "three soldiers"), so bare numbers, ordinals and
 * scores are left out. Thread-safe.
 */
public final class FigureExtractor {
  private static final String WORDNUM = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
      + "seventy|eighty|ninety|hundred|dozens|hundreds|thousands|scores)";
  /** Digits with comma or (thin) space thousands separators ("3,800", "3 800"), decimals, or a number word. */
  private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d.,])"
      + "|\\d+(?:\\.\\d+)?|" + WORDNUM + ")";
  private static final String SCALE = "(?:[ \\t]*(?<scale>million|billion|trillion|thousand|lakh|crore|mn|bn|m|k)\\b)?";
  private static final String QUAL = "(?:(?<qual>at\\s+least|more\\s+than|over|nearly|almost|about|around|"
      + "some|up\\s+to|less\\s+than|fewer\\s+than|roughly|approximately|an\\s+estimated)\\s+)?";
  private static final Pattern MONEY = Pattern.compile("(?i)" + QUAL
      + "(?<cur>US\\$|\\$|USD|Rs\\.?|PKR|€|EUR|£|GBP)\\s*(?<num>" + NUM + ")" + SCALE
      + "|" + "(?<num2>" + NUM + ")" + "(?:[ \\t]*(?<scale2>million|billion|trillion|thousand|lakh|crore))?"
      + "\\s+(?<cur2>dollars|rupees|euros|pounds)\\b");
  private static final Pattern PERCENT = Pattern.compile("(?i)" + QUAL
      + "(?<num>\\d+(?:\\.\\d+)?)\\s*(?:%|per\\s*cent\\b|percent\\b)"
      + "(?:\\s+of\\s+(?:all\\s+|the\\s+)?(?<what>[a-z][a-z-]*))?");
  private static final Pattern MEASURE = Pattern.compile("(?i)" + QUAL
      + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?<unit>mm|millimet(?:re|er)s|cm|centimet(?:re|er)s"
      + "|inches|(?:square|sq\\.?)\\s+(?:km|kilomet(?:re|er)s|miles|metres|meters)|km2|km²|hectares|km|kilomet(?:re|er)s"
      + "|miles|kg|kilograms|tonnes|tons|degrees\\s+Celsius|°C|metres|meters|m)\\b"
      + "(?:\\s+of\\s+(?<what>rain(?:fall)?|snow|water|[a-z]+))?");
  private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\w.,$€£])" + QUAL
      + "(?<num>" + NUM + ")" + "(?:[ \\t]+(?<scale>million|billion|thousand|lakh|crore))?"
      + "(?:\\s+of(?:\\s+(?:the|its|their|his|her|our|these|those))?)?\\s+(?<noun>(?:[a-z][a-z-]*\\s+){0,2}?[a-z][a-z-]*s|people|men|women|children|police|"
      + "personnel|staff|militia|(?:[a-z][a-z-]*\\s+){0,2}?(?:people|men|women|children|police|personnel))\\b");
  private static final Set<String> NOT_COUNTED = Set.of(
      "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "times", "was", "has", "is",
      "its", "his", "this", "thus", "as", "us", "yes", "does", "goes", "always", "perhaps", "besides", "less",
      "unless", "across", "whereas", "various", "previous", "serious", "famous");
  private static final Map<String, String> CURRENCIES = Map.ofEntries(
      Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("dollars", "USD"),
      Map.entry("rs", "PKR"), Map.entry("rs.", "PKR"), Map.entry("pkr", "PKR"), Map.entry("rupees", "PKR"),
      Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euros", "EUR"), Map.entry("£", "GBP"),
      Map.entry("gbp", "GBP"), Map.entry("pounds", "GBP"));
  private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozens", 24), Map.entry("hundreds", 200),
      Map.entry("thousands", 2000), Map.entry("scores", 40));
  private static final Set<String> VAGUE = Set.of("dozens", "hundreds", "thousands", "scores");
  private static final Pattern COUNTRY = Pattern.compile("(?i)\\b(?:across|in|throughout)\\s+the\\s+(country|province|region|city)\\b");

  private final TemporalTagger tagger;
  private final EntityExtractor entities;

  public FigureExtractor(TemporalTagger tagger, EntityExtractor entities) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.entities = Objects.requireNonNull(entities, "entities");
  }

  /** Default temporal tagger and the rule-based entity extractor. */
  public static FigureExtractor withDefaults() {
    return new FigureExtractor(TemporalTagger.withDefaults(), EntityExtractor.rulesOnly());
  }

  /**
   * Figures of {@code text} in text order. {@code publicationDate} anchors relative periods ("last
   * year"); without it periods stay underspecified.
   */
  public List<Figure> extract(String text, @Nullable LocalDate publicationDate) {
    Objects.requireNonNull(text, "text");
    List<Timex> timexes = publicationDate == null ? tagger.tag(text) : tagger.tag(text, publicationDate);
    List<Mention> places = new ArrayList<>();
    for (Entity e : entities.extract(text)) {
      if (e.type() == EntityType.LOCATION) {
        places.addAll(e.mentions());
      }
    }
    return extract(text, timexes, places);
  }

  /**
   * Figures of {@code text} in text order, with its time expressions and place mentions already found
   * (the text layer's, so nothing is tagged twice).
   *
   * @param timexes the time expressions of {@code text} (offsets into it); their numbers are not figures
   * @param places mentions of places in {@code text}, for each figure's location
   */
  public static List<Figure> extract(String text, List<Timex> timexes, List<Mention> places) {
    Objects.requireNonNull(text, "text");
    boolean[] taken = new boolean[text.length() + 1];
    for (Timex t : timexes) {
      for (int i = t.start(); i < t.end(); i++) {
        taken[i] = true;
      }
    }
    List<Figure> out = new ArrayList<>();
    scan(MONEY, FigureKind.MONEY, text, taken, timexes, places, out);
    scan(PERCENT, FigureKind.PERCENT, text, taken, timexes, places, out);
    scan(MEASURE, FigureKind.MEASURE, text, taken, timexes, places, out);
    scan(COUNT, FigureKind.COUNT, text, taken, timexes, places, out);
    out.sort(java.util.Comparator.comparingInt(Figure::start));
    return List.copyOf(out);
  }

  private static void scan(Pattern p, FigureKind kind, String text, boolean[] taken, List<Timex> timexes,
      List<Mention> places, List<Figure> out) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      String numGroup = group(m, "num") != null ? "num" : "num2";
      int numStart = m.start(numGroup);
      if (taken[numStart]) {
        continue; // part of a date or of a figure already found
      }
      Double value = value(m.group(numGroup));
      if (value == null) {
        continue;
      }
      String scale = group(m, "scale") != null ? group(m, "scale") : group(m, "scale2");
      value *= scale(scale);
      String unit = null;
      String counts = null;
      switch (kind) {
        case MONEY -> {
          String cur = group(m, "cur") != null ? group(m, "cur") : group(m, "cur2");
          unit = CURRENCIES.get(cur.toLowerCase(Locale.ROOT));
        }
        case PERCENT -> {
          unit = "%";
          counts = group(m, "what");
        }
        case MEASURE -> {
          unit = normalUnit(m.group("unit").toLowerCase(Locale.ROOT));
          counts = group(m, "what");
        }
        case COUNT -> {
          counts = m.group("noun").toLowerCase(Locale.ROOT);
          String head = counts.substring(counts.lastIndexOf(' ') + 1);
          String first = counts.split("\\s+")[0];
          if (NOT_COUNTED.contains(head) || first.endsWith("ed") && !first.contains("-") // "254 received injuries"
              || Character.isDigit(text.charAt(Math.max(0, m.start() - 1)))) {
            continue;
          }
        }
        default -> { }
      }
      String qual = qualifier(group(m, "qual"), group(m, numGroup));
      int start = m.start();
      int end = m.end();
      for (int i = start; i < end && i < taken.length; i++) {
        taken[i] = true;
      }
      int[] sentence = sentence(text, start);
      out.add(new Figure(start, end, text.substring(start, end), value, kind, Optional.ofNullable(unit),
          Optional.ofNullable(counts), Optional.ofNullable(qual), location(text, places, sentence, end),
          period(timexes, sentence, start)));
    }
  }

  /** One spelling per unit: "kilometres" and "km" are {@code km}, "square kilometres" {@code km2}. */
  static String normalUnit(String unit) {
    String u = unit.replaceAll("\\s+", " ");
    if (u.startsWith("square") || u.startsWith("sq")) {
      return u.contains("mile") ? "sq mi" : u.contains("k") ? "km2" : "m2";
    }
    return switch (u) {
      case "km²" -> "km2";
      case "kilometres", "kilometers" -> "km";
      case "millimetres", "millimeters" -> "mm";
      case "centimetres", "centimeters" -> "cm";
      case "metres", "meters" -> "m";
      case "kilograms" -> "kg";
      case "tons" -> "tonnes";
      case "°c", "degrees celsius" -> "°C";
      default -> u;
    };
  }

  private static @Nullable String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null; // the pattern has no such group
    }
  }

  private static @Nullable Double value(String num) {
    String n = num.toLowerCase(Locale.ROOT);
    Integer w = WORD_VALUES.get(n);
    if (w != null) {
      return w.doubleValue();
    }
    try {
      return Double.parseDouble(n.replaceAll("[, \\u00a0\\u202f]", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static double scale(@Nullable String s) {
    if (s == null) {
      return 1;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "thousand", "k" -> 1e3;
      case "lakh" -> 1e5;
      case "million", "mn", "m" -> 1e6;
      case "crore" -> 1e7;
      case "billion", "bn" -> 1e9;
      case "trillion" -> 1e12;
      default -> 1;
    };
  }

  private static @Nullable String qualifier(@Nullable String q, String num) {
    if (q == null) {
      return VAGUE.contains(num.toLowerCase(Locale.ROOT)) ? "APPROX" : null;
    }
    return switch (q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
      case "at least" -> "AT_LEAST";
      case "more than", "over" -> "MORE_THAN";
      case "nearly", "almost", "less than", "fewer than" -> "LESS_THAN";
      case "up to" -> "UP_TO";
      default -> "APPROX";
    };
  }

  private static int[] sentence(String text, int pos) {
    int s = pos;
    while (s > 0 && !boundary(text, s - 1)) {
      s--;
    }
    int e = pos;
    while (e < text.length() && !boundary(text, e)) {
      e++;
    }
    return new int[] {s, e};
  }

  private static boolean boundary(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length()
        || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static Optional<String> location(String text, List<Mention> places, int[] sentence, int after) {
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : places) {
      if (m.start() >= sentence[0] && m.end() <= sentence[1]) {
        int d = m.start() >= after ? m.start() - after : (after - m.end()) + 1000; // prefer places after
        if (d < bestDistance) {
          bestDistance = d;
          best = m;
        }
      }
    }
    if (best != null) {
      return Optional.of(best.text());
    }
    Matcher c = COUNTRY.matcher(text).region(sentence[0], sentence[1]);
    return c.find() ? Optional.of("the " + c.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  private static Optional<String> period(List<Timex> timexes, int[] sentence, int at) {
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex t : timexes) {
      if (t.type() == TimexType.DATE && t.start() >= sentence[0] && t.end() <= sentence[1]
          && !t.value().endsWith("_REF")) {
        int d = Math.abs(t.start() - at);
        if (d < bestDistance) {
          bestDistance = d;
          best = t;
        }
      }
    }
    return Optional.ofNullable(best).map(Timex::value);
  }
}
