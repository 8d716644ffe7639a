package org.triangulate.claim;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures news reports disagree about or revise: how many died, were injured, are missing, were
 * displaced, arrested or rescued. A figure belongs to a measure when a measure word sits next to it in
 * its clause and it counts people (or the measure word itself).
 */
enum Measures {
  DEAD("number of dead", "\\b(kill(?:ed|ing|s)?|died|dead|deaths?|death toll|toll|lives|fatalities|bodies)\\b", true),
  INJURED("number of injured", "\\b(injur(?:ed|ies|y|ing)|wounded|hurt)\\b", true),
  MISSING("number of missing", "\\b(missing|unaccounted)\\b", false),
  DISPLACED("number displaced", "\\b(displac(?:ed|ing)|evacuated|homeless|from their homes|fled)\\b", true),
  ARRESTED("number arrested", "\\b(arrest(?:ed|s)?|detained|detentions?)\\b", true),
  RESCUED("number rescued", "\\b(rescued|saved|pulled)\\b", true);

  private static final Set<String> PEOPLE_WORDS = Set.of("people", "person", "civilian", "soldier", "police", "policemen",
      "child", "children", "student", "worker", "passenger", "villager", "officer", "militant", "member", "men",
      "women", "suspect", "tourist", "migrant", "miner", "resident", "patient", "victim", "protester", "troop",
      "personnel", "citizen", "pilgrim", "fighter", "");
  /** Units are stems ({@link Text#stem}), so the people words are compared as stems too. */
  private static final Set<String> PEOPLE = PEOPLE_WORDS.stream().map(w -> w.isEmpty() ? w : Text.stem(w))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  final String label;
  final Pattern words;
  /** A count that only grows as reports come in (a later, larger number is an update, not a conflict). */
  final boolean cumulative;

  Measures(String label, String regex, boolean cumulative) {
    this.label = label;
    this.words = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    this.cumulative = cumulative;
  }

  private static final int WINDOW = 60;

  /** The measure {@code f} counts in clause {@code text}, from the nearest measure word. */
  static Optional<Measures> of(String text, Annotator.Figure f) {
    String u = Text.stem(f.unit().toLowerCase(Locale.ROOT));
    if (!PEOPLE.contains(u) && !u.isEmpty()) {
      boolean measureUnit = false;
      for (Measures m : values()) {
        if (m.words.matcher(u).find() || u.equals("die") || u.equals("injure")) {
          measureUnit = true;
        }
      }
      if (!measureUnit) {
        return Optional.empty();
      }
    }
    if (u.isEmpty() && isAge(text, f)) {
      return Optional.empty();
    }
    Measures best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Measures m : values()) {
      Matcher x = m.words.matcher(text);
      while (x.find()) {
        int d = x.start() >= f.end() ? x.start() - f.end() : f.start() - x.end();
        if (d >= 0 && d <= WINDOW && d < bestDistance) {
          best = m;
          bestDistance = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** "Anthony LaCalamita III, 38, had been arrested": an age in apposition to a name counts nobody. */
  private static final Pattern AGE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*,\\s*$");

  private static boolean isAge(String text, Annotator.Figure f) {
    if (f.start() < 0 || f.end() > text.length()) {
      return false;
    }
    String after = text.substring(f.end());
    return AGE.matcher(text.substring(0, f.start())).find() && (after.startsWith(",") || after.isEmpty());
  }

  /** {@code text} without this measure's words, for comparing the context of two figures. */
  static String withoutMeasureWords(String text) {
    String t = text;
    for (Measures m : values()) {
      t = m.words.matcher(t).replaceAll(" ");
    }
    return t;
  }
}
