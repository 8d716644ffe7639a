package org.triangulate.claim;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.dossier.Claim;
import org.triangulate.text.Token;
import org.triangulate.time.Timex;
import org.triangulate.time.TimexType;

/**
 * Disagreements inside one claim's wording, between statements of independent sources that are
 * likely one fact ({@link ClaimSettings#dateContext}): two explicit days, a name spelt two ways, or one
 * number changed in the same frame. Also the folding and closeness of name spellings that
 * {@link Slots} uses for person names.
 */
final class Wording {
  private final ClaimSettings settings;
  private final CopyGroups groups;
  private final Matching matching;

  Wording(ClaimSettings settings, CopyGroups groups, Matching matching) {
    this.settings = settings;
    this.groups = groups;
    this.matching = matching;
  }

  /** Marks a claim (not a typed one) whose statements disagree on a day, a spelling or a number. */
  void check(Draft d) {
    if (d.typed) {
      return;
    }
    if (d.conflicts.isEmpty()) {
      dates(d);
    }
    if (d.conflicts.isEmpty()) {
      spellings(d);
    }
    if (d.conflicts.isEmpty() && d.updates.isEmpty()) {
      changedNumber(d);
    }
  }

  /** Whether two statements are of independent sources and likely one fact. */
  private boolean comparable(Statement a, Statement b) {
    return !groups.rootOf(a.article()).equals(groups.rootOf(b.article()))
        && matching.probability(a, b) >= settings.dateContext();
  }

  /**
   * Names spelt two ways inside one claim: when statements of independent sources that are likely one
   * fact ({@link ClaimSettings#dateContext}) write a capitalised word that the other does not, and the
   * two words are close (one name, two spellings: "Dumitrescu" and "Dumitrașcu", "Cisco" and "Cicso")
   * but not the same once folded ("Gdańsk" and "Gdansk" are one spelling), the claim is contradicted.
   */
  private void spellings(Draft d) {
    for (int i = 0; i < d.members.size(); i++) {
      for (int j = i + 1; j < d.members.size(); j++) {
        Statement a = d.members.get(i);
        Statement b = d.members.get(j);
        if (!comparable(a, b)) {
          continue;
        }
        Optional<String[]> pair = spellingPair(a.text(), b.text());
        if (pair.isPresent()) {
          d.conflicts.add(new Claim.Conflict(pair.get()[0], List.of(a.article())));
          d.conflicts.add(new Claim.Conflict(pair.get()[1], List.of(b.article())));
          d.slot = Optional.of("spelling");
          return;
        }
      }
    }
  }

  /**
   * One number changed inside one claim: two statements of independent sources that are likely one
   * fact ({@link ClaimSettings#dateContext}) give the same numbers but one ("75 kilometers" and "117
   * kilometers" west of the city). The later one revises the earlier when it is published no earlier
   * and says so ("according to updated figures"): an update; else a conflict. Numbers inside dates and
   * times are the date check's.
   */
  private void changedNumber(Draft d) {
    for (int i = 0; i < d.members.size(); i++) {
      for (int j = i + 1; j < d.members.size(); j++) {
        Statement a = d.members.get(i);
        Statement b = d.members.get(j);
        if (!comparable(a, b)) {
          continue;
        }
        List<Token> na = plainNumbers(a);
        List<Token> nb = plainNumbers(b);
        if (na.size() != nb.size() || na.isEmpty()) {
          continue;
        }
        int diff = -1;
        for (int k = 0; k < na.size(); k++) {
          if (!na.get(k).norm().equals(nb.get(k).norm())) {
            if (diff >= 0) {
              diff = -2;
              break;
            }
            diff = k;
          }
        }
        if (diff < 0 || !sameFrame(a, na.get(diff), b, nb.get(diff))) {
          continue;
        }
        Statement older = order(a, b) <= 0 ? a : b;
        Statement newer = older == a ? b : a;
        String oldValue = phrase(older, (older == a ? na : nb).get(diff));
        String newValue = phrase(newer, (newer == a ? na : nb).get(diff));
        boolean later = older.published().isPresent() && newer.published().isPresent()
            && !newer.published().get().isBefore(older.published().get());
        if (later && Values.revises(newer.text()) && !Values.revises(older.text())) {
          d.updates.add(new Claim.Conflict(oldValue, holders(d, older, (older == a ? na : nb).get(diff).norm())));
          d.updates.add(new Claim.Conflict(newValue, holders(d, newer, (newer == a ? na : nb).get(diff).norm())));
        } else {
          d.conflicts.add(new Claim.Conflict(oldValue, holders(d, older, (older == a ? na : nb).get(diff).norm())));
          d.conflicts.add(new Claim.Conflict(newValue, holders(d, newer, (newer == a ? na : nb).get(diff).norm())));
        }
        return;
      }
    }
  }

  private static final Pattern PLAIN = Pattern.compile("\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

  /** Whether two numbers sit in the same words: the same word before and after each, both plain numbers. */
  private static boolean sameFrame(Statement a, Token x, Statement b, Token y) {
    if (!PLAIN.matcher(x.norm()).matches() || !PLAIN.matcher(y.norm()).matches()) {
      return false;
    }
    return neighbour(a, x, -1).equals(neighbour(b, y, -1)) && neighbour(a, x, 1).equals(neighbour(b, y, 1));
  }

  private static String neighbour(Statement s, Token t, int step) {
    List<Token> tokens = s.sentence().tokens();
    int i = tokens.indexOf(t) + step;
    return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
  }

  private static int order(Statement a, Statement b) {
    return Integer.compare(a.order(), b.order());
  }

  /** The draft's articles whose statement gives the number {@code norm} ({@code s}'s own first). */
  private static List<String> holders(Draft d, Statement s, String norm) {
    Set<String> out = new LinkedHashSet<>();
    out.add(s.article());
    for (Statement m : d.members) {
      if (plainNumbers(m).stream().anyMatch(t -> t.norm().equals(norm))) {
        out.add(m.article());
      }
    }
    return List.copyOf(out);
  }

  /** The numbers a statement writes with digits outside its dates and times, in order. */
  static List<Token> plainNumbers(Statement s) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.sentence().tokens()) {
      if (!t.numeric()) {
        continue;
      }
      boolean inTime = s.sentence().timexes().stream().anyMatch(x -> t.start() >= x.start() && t.end() <= x.end());
      if (!inTime) {
        out.add(t);
      }
    }
    return out;
  }

  /** The number with the word after it ("117 kilometers"), as the statement writes it. */
  private static String phrase(Statement s, Token number) {
    String body = s.source().article().body();
    int end = number.end();
    int next = end;
    while (next < body.length() && body.charAt(next) == ' ') {
      next++;
    }
    int word = next;
    while (word < body.length() && Character.isLetter(body.charAt(word))) {
      word++;
    }
    return body.substring(number.start(), word > next ? word : end).strip();
  }

  private static final Pattern CAPITALISED = Pattern.compile(
      "(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]{3,}");

  /**
   * The capitalised word of each text that the other lacks and that are one name spelt two ways
   * (exactly one such pair: words either text merely adds, "According to reports", do not count).
   */
  static Optional<String[]> spellingPair(String a, String b) {
    Set<String> wordsA = words(a);
    Set<String> wordsB = words(b);
    List<String> onlyA = capitalised(a).stream().filter(w -> !wordsB.contains(fold(w))).toList();
    List<String> onlyB = capitalised(b).stream().filter(w -> !wordsA.contains(fold(w))).toList();
    String[] found = null;
    for (String p : onlyA) {
      for (String q : onlyB) {
        String x = fold(p);
        String y = fold(q);
        int allowed = Math.max(1, Math.min(x.length(), y.length()) / 4);
        boolean inflection = x.startsWith(y) || y.startsWith(x); // "Romanian" and "Romanians"
        if (x.charAt(0) == y.charAt(0) && !inflection && edits(x, y) <= allowed) {
          if (found != null) {
            return Optional.empty();
          }
          found = new String[] {p, q};
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** The folded words of a text, possessives removed. */
  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : fold(text).split("[^\\p{L}'’-]+")) {
      out.add(w.replaceAll("['’]s?$", ""));
    }
    return out;
  }

  private static Set<String> capitalised(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      out.add(m.group().replaceAll("['’]s?$", ""));
    }
    return out;
  }

  /**
   * Day dates inside one claim: when statements of independent sources that are likely one fact
   * ({@link ClaimSettings#dateContext}) each name exactly one day explicitly ("on November 11") and
   * the days differ, the claim is contradicted. Relative days ("on Monday") are left out: each resolves
   * against its own article's publication date, and a wrong one is no disagreement of the reports.
   */
  private void dates(Draft d) {
    Map<LocalDate, List<Statement>> byDay = new LinkedHashMap<>();
    for (Statement m : d.members) {
      List<Timex> days = m.sentence().timexes().stream()
          .filter(t -> t.type() == TimexType.DATE && t.interval().isPresent()
              && t.beginDate().equals(t.endDate()) && explicitDay(t.text()))
          .toList();
      if (days.size() == 1) {
        byDay.computeIfAbsent(days.get(0).beginDate().orElseThrow(), k -> new ArrayList<>()).add(m);
      }
    }
    if (byDay.size() < 2) {
      return;
    }
    List<Map.Entry<LocalDate, List<Statement>>> days = new ArrayList<>(byDay.entrySet());
    for (int i = 0; i < days.size(); i++) {
      for (int j = i + 1; j < days.size(); j++) {
        for (Statement a : days.get(i).getValue()) {
          for (Statement b : days.get(j).getValue()) {
            if (comparable(a, b)) {
              for (Map.Entry<LocalDate, List<Statement>> e : days) {
                d.conflicts.add(new Claim.Conflict(e.getKey().toString(),
                    List.copyOf(new LinkedHashSet<>(e.getValue().stream().map(Statement::article).toList()))));
              }
              d.slot = Optional.of("date");
              return;
            }
          }
        }
      }
    }
  }

  private static final Pattern EXPLICIT_DAY = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+"
          + "(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}");

  private static boolean explicitDay(String text) {
    return EXPLICIT_DAY.matcher(text).find();
  }

  /**
   * Lower case, diacritics and letters that are one Latin letter in transliteration folded: "Rafał"
   * and "Rafal", "Dumitrașcu" and "Dumitrascu" are one spelling.
   */
  static String fold(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      switch (c) {
        case 'ł' -> sb.append('l');
        case 'ø' -> sb.append('o');
        case 'đ', 'ð' -> sb.append('d');
        case 'ß' -> sb.append("ss");
        case 'æ' -> sb.append("ae");
        case 'œ' -> sb.append("oe");
        case 'ı' -> sb.append('i');
        case 'þ' -> sb.append("th");
        default -> sb.append(c);
      }
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  /**
   * Whether two folded names of two or more words are one name spelled two ways: equal but for one
   * word, and that word close (same first three letters, or a small edit distance for its length).
   */
  static boolean variants(String a, String b) {
    String[] x = a.split("[ ]");
    String[] y = b.split("[ ]");
    if (x.length != y.length || x.length < 2) {
      return false;
    }
    int diff = -1;
    for (int i = 0; i < x.length; i++) {
      if (!x[i].equals(y[i])) {
        if (diff >= 0) {
          return false;
        }
        diff = i;
      }
    }
    if (diff < 0) {
      return false;
    }
    String p = x[diff];
    String q = y[diff];
    if (p.length() < 3 || q.length() < 3) {
      return false;
    }
    int prefix = 0;
    while (prefix < Math.min(p.length(), q.length()) && p.charAt(prefix) == q.charAt(prefix)) {
      prefix++;
    }
    return prefix >= 3 || edits(p, q) <= Math.max(1, Math.min(p.length(), q.length()) / 4);
  }

  private static int edits(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

}
