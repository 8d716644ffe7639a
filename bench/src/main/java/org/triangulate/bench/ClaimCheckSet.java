package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.article.Article;

/**
 * The labelled check set of {@code bench claims}, generated with a fixed seed from real news texts
 * (ECB+ and MEANTIME): each scenario is a small event (an original report D, maybe a verbatim copy C
 * and a programmatic rewrite R of it, maybe an independent report E of the same ECB+ subtopic or
 * MEANTIME topic) built around one fact sentence F of D, with a known status for F:
 *
 * <ul>
 *   <li>{@code SINGLE}: F is only in D (and its copy and rewrite) - single-source;
 *   <li>{@code CORROBORATED}: E restates F (a different rewrite inserted into E) - corroborated;
 *   <li>{@code CONFLICT_NUMBER}, {@code CONFLICT_DATE}, {@code CONFLICT_NAME}: E restates F with one
 *       number changed by 15-60 %, one date moved by 1-3 days, or one name misspelt - contradicted;
 *   <li>{@code UPDATE}: E, published a day later, restates F with the number raised and says it revises
 *       an earlier count - not a conflict, corroborated;
 *   <li>{@code UNSUPPORTED}: R adds a sentence U from a text about another topic - U is flagged
 *       "appears only in a derivative" and is single-source.
 * </ul>
 */
final class ClaimCheckSet {
  enum Kind { SINGLE, CORROBORATED, CONFLICT_NUMBER, CONFLICT_DATE, CONFLICT_NAME, UPDATE, UNSUPPORTED }

  /** A source text. */
  record Doc(String id, String group, String title, List<String> sentences, Optional<LocalDate> date) {}

  /**
   * One scenario.
   *
   * @param target article and char range of the labelled statement (F in D, or U in R)
   * @param changed char offset in the target article of the token changed in E (conflict kinds), else -1
   * @param other id of the article that restates the fact (E), when any
   */
  record Scenario(int n, Kind kind, List<Article> articles, String targetArticle, int targetStart, int targetEnd,
      int changed, Optional<String> other, String expectedStatus, boolean expectConflict, boolean expectUpdate,
      boolean expectUnsupported) {}

  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,$£€#-])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\w.,]\\d|\\d|%)");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\\b"
          + "|\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b");
  private static final Pattern NAME = Pattern.compile("(?<=\\p{Ll},? |\\p{Ll} )(?!(?:Monday|Tuesday|Wednesday|Thursday|"
      + "Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\\b)"
      + "(\\p{Lu}\\p{Ll}{4,})\\b");
  private static final Pattern SPLIT = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“]?\\p{Lu})");

  private static final String[][] SYNONYMS = {
      {"said", "stated"}, {"says", "states"}, {"announced", "said"}, {"began", "started"}, {"started", "began"},
      {"arrested", "detained"}, {"about", "around"}, {"more than", "over"}, {"after", "following"},
      {"company", "firm"}, {"officials", "authorities"}, {"attack", "assault"}, {"reported", "said"},
      {"police", "officers"}, {"announced", "revealed"}, {"big", "large"}, {"also", "additionally"},
      {"help", "assist"}, {"shot", "fired at"}, {"died", "lost their lives"}, {"told", "informed"}};

  private ClaimCheckSet() {}

  static List<Doc> load(Path shared) throws IOException {
    List<Doc> docs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    Path ecb = shared.resolve("bench/news-clustering/ecbplus/ecbplus_documents.jsonl");
    Path mt = shared.resolve("bench/temporal/meantime-en/meantime-en-timex.jsonl");
    for (Path p : List.of(ecb, mt)) {
      if (!Files.isRegularFile(p)) {
        throw new IOException("missing " + p);
      }
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          JsonNode n = json.readTree(line);
          String text = n.path("text").asText("");
          String group = n.has("subtopic") ? "ecb:" + n.path("subtopic").asText() : "mt:" + n.path("topic").asText();
          Optional<LocalDate> date = n.hasNonNull("dct") ? dct(n.get("dct").asText()) : Optional.empty();
          // page metadata ("Published: July 28, 2004 at 1: 24 PM", "Last updated at 22: 46 GMT") is no
          // statement of fact: neither a title nor a candidate fact sentence
          List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !metadataLine(l)).toList();
          if (lines.size() < 3) {
            continue;
          }
          List<String> sentences = new ArrayList<>();
          for (String l : lines.subList(1, lines.size())) {
            for (String s : SPLIT.split(l)) {
              if (s.split("\\s+").length >= 5) {
                sentences.add(s.strip());
              }
            }
          }
          if (sentences.size() >= 4) {
            docs.add(new Doc(n.path("doc_id").asText(), group, lines.get(0), sentences, date));
          }
        }
      }
    }
    return docs;
  }

  private static final java.util.Set<String> METADATA_WORDS = java.util.Set.of("published", "posted", "updated",
      "last", "first", "originally", "on", "at", "by", "am", "pm", "a", "p", "m", "gmt", "bst", "utc", "edt", "est",
      "pdt", "pst", "pt", "et", "cet", "cest", "ist", "aest", "uk", "st", "nd", "rd", "th", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /**
   * A dateline or timestamp line of a crawled page: once numbers and date, time and "posted/updated"
   * words are removed, fewer than three words remain.
   */
  static boolean metadataLine(String line) {
    int words = 0;
    for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty() && !METADATA_WORDS.contains(w)) {
        words++;
      }
    }
    return words < 3 && line.matches("(?s).*\\d.*");
  }

  /** MEANTIME creation times are ISO ({@code 2008-03-01}) or day-first ({@code 03-02-2009}). */
  private static Optional<LocalDate> dct(String s) {
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return Optional.of(LocalDate.parse(s.substring(0, 10)));
      }
      if (s.matches("\\d{2}-\\d{2}-\\d{4}")) {
        return Optional.of(LocalDate.of(Integer.parseInt(s.substring(6)), Integer.parseInt(s.substring(3, 5)),
            Integer.parseInt(s.substring(0, 2))));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  static List<Scenario> generate(List<Doc> docs, long seed, int perKind) {
    Random r = new Random(seed);
    Map<String, List<Doc>> byGroup = new LinkedHashMap<>();
    docs.forEach(d -> byGroup.computeIfAbsent(d.group(), k -> new ArrayList<>()).add(d));
    List<Scenario> out = new ArrayList<>();
    int n = 0;
    for (Kind kind : Kind.values()) {
      int made = 0;
      int attempts = 0;
      while (made < perKind && attempts++ < perKind * 200) {
        Doc d = docs.get(r.nextInt(docs.size()));
        Optional<Scenario> s = scenario(++n, kind, d, docs, byGroup, r);
        if (s.isPresent()) {
          out.add(s.get());
          made++;
        }
      }
    }
    return out;
  }

  /**
   * A sentence the claim stage takes as a claim: it names someone or something, or gives a number or a
   * date (the claim stage leaves out sentences that state nothing checkable, so such an F has no status).
   */
  static boolean checkable(String s) {
    return NAME.matcher(s).find() || numberAt(s).isPresent() || DAY_MONTH.matcher(s).find();
  }

  private static Optional<Scenario> scenario(int n, Kind kind, Doc d, List<Doc> docs, Map<String, List<Doc>> byGroup,
      Random r) {
    // the fact sentence F
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < d.sentences().size(); i++) {
      String s = d.sentences().get(i);
      int words = s.split("\\s+").length;
      if (words < 8 || words > 45) {
        continue;
      }
      boolean ok = switch (kind) {
        case CONFLICT_NUMBER, UPDATE -> numberAt(s).isPresent();
        case CONFLICT_DATE -> DAY_MONTH.matcher(s).find();
        case CONFLICT_NAME -> NAME.matcher(s).find();
        default -> checkable(s);
      };
      if (ok) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int fi = candidates.get(r.nextInt(candidates.size()));
    String f = d.sentences().get(fi);
    LocalDate day = d.date().orElse(LocalDate.of(2015, 1, 1).plusDays(r.nextInt(2000)));
    String p = "s" + n + "-";
    List<Article> arts = new ArrayList<>();
    Article original = article(p + "D", d.title(), d.sentences(), Optional.of(day), "Outlet " + n + "A");
    arts.add(original);
    if (r.nextBoolean() && kind != Kind.UNSUPPORTED) {
      arts.add(article(p + "C", d.title(), d.sentences(), Optional.of(day), "Aggregator " + n));
    }
    Optional<String> unsupported = Optional.empty();
    if (kind == Kind.UNSUPPORTED || r.nextInt(10) < 6) {
      List<String> rs = rewriteAll(d.sentences(), r);
      if (kind == Kind.UNSUPPORTED) {
        Doc far = docs.get(r.nextInt(docs.size()));
        if (far.group().equals(d.group())) {
          return Optional.empty();
        }
        String u = far.sentences().get(r.nextInt(far.sentences().size()));
        if (u.split("\\s+").length < 8 || !checkable(u)) {
          return Optional.empty();
        }
        rs.add(Math.min(rs.size(), 2 + r.nextInt(Math.max(1, rs.size() - 2))), u);
        unsupported = Optional.of(u);
      }
      arts.add(article(p + "R", rewriteTitle(d.title()), rs, Optional.empty(), "Rewrites " + n));
    }
    Optional<String> other = Optional.empty();
    int changed = -1;
    if (kind != Kind.SINGLE && kind != Kind.UNSUPPORTED) {
      // E must be an independent report: not a copy or partial copy of the same wire text as D
      List<Doc> group = byGroup.get(d.group()).stream().filter(x -> !x.id().equals(d.id()) && !sharesText(d, x))
          .toList();
      if (group.isEmpty()) {
        return Optional.empty();
      }
      Doc e = group.get(r.nextInt(group.size()));
      String restated;
      String title = e.title();
      LocalDate eDay = day;
      switch (kind) {
        case CONFLICT_NUMBER -> {
          Matcher m = numberAt(f).orElseThrow();
          long v = Long.parseLong(m.group(1).replace(",", ""));
          long delta = Math.max(2, Math.round(v * (0.15 + 0.45 * r.nextDouble())));
          long nv = r.nextBoolean() || v - delta <= 0 ? v + delta : v - delta;
          restated = f.substring(0, m.start(1)) + nv + f.substring(m.end(1));
          changed = original.body().indexOf(f) + m.start(1);
        }
        case UPDATE -> {
          Matcher m = numberAt(f).orElseThrow();
          long v = Long.parseLong(m.group(1).replace(",", ""));
          long nv = v + Math.max(2, Math.round(v * (0.15 + 0.45 * r.nextDouble())));
          restated = f.substring(0, m.start(1)) + nv + f.substring(m.end(1));
          restated = restated.replaceAll("[.!?\"”]+$", "") + switch (r.nextInt(3)) {
            case 0 -> ", revising an earlier count.";
            case 1 -> ", according to updated figures.";
            default -> ", a figure that has since been revised upwards.";
          };
          eDay = day.plusDays(1);
          changed = original.body().indexOf(f) + m.start(1);
        }
        case CONFLICT_DATE -> {
          Matcher m = DAY_MONTH.matcher(f);
          m.find();
          int g = m.group(1) != null ? 1 : 4;
          int dd = Integer.parseInt(m.group(g));
          int nd = dd <= 3 ? dd + 1 + r.nextInt(3) : dd - 1 - r.nextInt(3);
          restated = f.substring(0, m.start(g)) + nd + f.substring(m.end(g));
          changed = original.body().indexOf(f) + m.start(g);
        }
        case CONFLICT_NAME -> {
          Matcher m = NAME.matcher(f);
          m.find();
          String name = m.group(1);
          restated = f.substring(0, m.start(1)) + misspell(name, r) + f.substring(m.end(1));
          changed = original.body().indexOf(f) + m.start(1);
        }
        default -> restated = f;
      }
      restated = paraphraseForIndependent(restated, r);
      List<String> es = new ArrayList<>(e.sentences());
      es.add(Math.min(es.size(), 1 + r.nextInt(Math.max(1, es.size() - 1))), restated);
      Article ea = article(p + "E", title, es, Optional.of(eDay), "Outlet " + n + "B");
      arts.add(ea);
      other = Optional.of(ea.id());
    }
    String target = original.id();
    int start = original.body().indexOf(f);
    int end = start + f.length();
    if (unsupported.isPresent()) {
      Article ra = arts.stream().filter(a -> a.id().endsWith("R")).findFirst().orElseThrow();
      target = ra.id();
      start = ra.body().indexOf(unsupported.get());
      end = start + unsupported.get().length();
    }
    String status = switch (kind) {
      case SINGLE, UNSUPPORTED -> "single-source";
      case CORROBORATED, UPDATE -> "corroborated";
      default -> "contradicted";
    };
    boolean conflict = kind == Kind.CONFLICT_NUMBER || kind == Kind.CONFLICT_DATE || kind == Kind.CONFLICT_NAME;
    return Optional.of(new Scenario(n, kind, List.copyOf(arts), target, start, end, changed, other, status, conflict,
        kind == Kind.UPDATE, kind == Kind.UNSUPPORTED));
  }

  /** True when two texts share a sentence (word Jaccard >= 0.5): one reuses the other's wording. */
  static boolean sharesText(Doc a, Doc b) {
    for (String x : a.sentences()) {
      java.util.Set<String> wx = words(x);
      for (String y : b.sentences()) {
        java.util.Set<String> wy = words(y);
        int inter = 0;
        for (String w : wx) {
          inter += wy.contains(w) ? 1 : 0;
        }
        int union = wx.size() + wy.size() - inter;
        if (wx.size() >= 6 && union > 0 && (double) inter / union >= 0.5) {
          return true;
        }
      }
    }
    return false;
  }

  private static java.util.Set<String> words(String s) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** A non-year number that counts something (a word follows it). */
  private static Optional<Matcher> numberAt(String s) {
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      long v;
      try {
        v = Long.parseLong(m.group(1).replace(",", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      boolean year = v >= 1900 && v <= 2100 && !m.group(1).contains(",");
      boolean counts = m.end() < s.length() - 2 && Character.isLetter(s.charAt(m.end() + 1)) && s.charAt(m.end()) == ' ';
      if (!year && counts && v >= 2 && countsSomething(s, m.start(1), m.end(1))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}.]+)");
  private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\S+)\\s+$");
  private static final java.util.Set<String> NOT_COUNTED = java.util.Set.of("a.", "p.", "a.m.", "p.m.", "am", "pm",
      "a", "p", "to", "and", "or", "of", "in", "on", "at", "by", "for", "from", "after", "before", "with", "than",
      "till", "until", "into", "as", "is", "was", "the");
  private static final Pattern MONTH = Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
      + "[a-z]*\\.?");

  /**
   * Whether the number at [start, end) counts something ("30 people", "2 million", "39 percent"): not a
   * clock time ("14:58", "11 a. m."), the day of a date ("October 19", "31 December"), the end of a
   * range start ("20 to 30"), the decimals of a split number ("5. 9"), nor a model or house number
   * after a capitalised word ("Curve 8900", "24 Independent Street").
   */
  static boolean countsSomething(String s, int start, int end) {
    if (start > 0 && s.charAt(start - 1) == ':' || end < s.length() && s.charAt(end) == ':'
        || s.substring(0, start).matches("(?s).*\\d[.:] $")) {
      return false;
    }
    Matcher next = NEXT_WORD.matcher(s).region(end, s.length());
    if (!next.lookingAt()) {
      return false;
    }
    String w = next.group(1);
    if (!Character.isLowerCase(w.charAt(0)) || NOT_COUNTED.contains(w.toLowerCase(Locale.ROOT))
        || MONTH.matcher(w).matches() && Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    Matcher prev = PREVIOUS_WORD.matcher(s.substring(0, start));
    if (prev.find()) {
      String p = prev.group(1);
      boolean first = prev.start() == 0;
      if (MONTH.matcher(p).matches() || !first && Character.isUpperCase(p.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static String misspell(String name, Random r) {
    char[] c = name.toCharArray();
    int i = 1 + r.nextInt(c.length - 2);
    if (r.nextBoolean()) {
      char t = c[i];
      c[i] = c[i + 1];
      c[i + 1] = t;
      String s = new String(c);
      if (!s.equals(name)) {
        return s;
      }
    }
    String vowels = "aeiouy";
    for (int k = 1; k < c.length; k++) {
      int j = (i + k - 1) % (c.length - 1) + 1;
      int v = vowels.indexOf(c[j]);
      if (v >= 0) {
        c[j] = vowels.charAt((v + 1 + r.nextInt(4)) % vowels.length());
        return new String(c);
      }
    }
    return name + "e";
  }

  private static Article article(String id, String title, List<String> sentences, Optional<LocalDate> date,
      String outlet) {
    String body = String.join("\n\n", sentences);
    return new Article(id, "generated:" + id, Optional.empty(), title, Optional.of(outlet), date, Optional.empty(),
        Optional.empty(), body, List.of());
  }

  private static String rewriteTitle(String t) {
    return t + ": what we know";
  }

  /** The derivative rewrite: word substitutions, one pair of sentences swapped, one generic sentence added. */
  private static List<String> rewriteAll(List<String> sentences, Random r) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(substitute(s, r, 0.7));
    }
    if (out.size() > 3) {
      int i = 1 + r.nextInt(out.size() - 2);
      String t = out.get(i);
      out.set(i, out.get(i + 1));
      out.set(i + 1, t);
    }
    out.add("The situation continues to develop, and observers say its consequences may be felt for some time.");
    return out;
  }

  /** An independent report's wording: its own substitutions and an attribution frame. */
  private static String paraphraseForIndependent(String s, Random r) {
    String t = substitute(s, r, 0.5);
    Matcher m = Pattern.compile("^(.*), ((?:the |a )?[\\p{L} ]{2,40}) (said|stated|says|reported)\\.$").matcher(t);
    if (m.matches() && r.nextBoolean()) {
      return m.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(2).substring(1) + " " + m.group(3)
          + " that " + lowerFirst(m.group(1)) + ".";
    }
    return switch (r.nextInt(3)) {
      case 0 -> "According to local reports, " + lowerFirst(t);
      case 1 -> "Reports said that " + lowerFirst(t);
      default -> t;
    };
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
        && s.matches("^(The|A|An|This|It|They|He|She|In|On|At|After|Police|Officials)\\b.*")) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  private static String substitute(String s, Random r, double p) {
    String t = s;
    for (String[] pair : SYNONYMS) {
      if (r.nextDouble() < p) {
        t = t.replaceAll("\\b" + Pattern.quote(pair[0]) + "\\b", Matcher.quoteReplacement(pair[1]));
      }
    }
    return t;
  }
}
