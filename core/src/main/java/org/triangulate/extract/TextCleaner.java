package org.triangulate.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level cleaning shared by plain text and the blocks of extracted HTML: finds the headline,
 * cuts comment sections and sidebars of other headlines, drops page furniture and captions, and
 * reads the metadata lines (publication date, byline, source) before removing them from the body.
 *
 * <p>Regions are found first and metadata is read only outside them, so a comment timestamp or a
 * sidebar date never becomes the publication date.
 */
final class TextCleaner {
  private static final Pattern PUBLISHED = Pattern.compile(
      "^(?:first\\s+)?(published|posted|updated|last updated|modified)(?:\\s+on)?\\s*[:\\-–]?\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final String NAME = "[A-Z][\\p{L}'’.-]+(?:\\s+(?:[A-Z][\\p{L}'’.-]+|bin|van|von|de|al|ul|ud))*";
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eported by)\\s+(" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)"
          + "\\s*(?:[,|–—-][^.]{0,60})?$");
  private static final Pattern NAME_THEN_DATE = Pattern.compile("^(?:by\\s+)?(" + NAME + ")\\s*[,|·•–—-]?\\s*$");
  private static final Pattern SOURCE = Pattern.compile(
      "^(?:source|courtesy|via|originally published (?:by|in|on)|this (?:article|story) (?:first|originally) appeared (?:in|on))"
          + "\\s*[:\\-–]?\\s*(.{2,60}?)\\.?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DATELINE_ALONE = Pattern.compile("^([A-Z][A-Z .'’-]{2,40})\\s*[:—–-]$");
  private static final Pattern DATELINE_LEAD = Pattern.compile(
      "^([A-Z][A-Z'’-]{2,}(?:[ ][A-Z][A-Z'’-]{2,}){0,3})(?:,\\s*[A-Z][a-z]+\\.?\\s+\\d{1,2})?(?:\\s*\\([A-Za-z ]+\\))?\\s*[:—–]\\s+\\S");
  private static final Pattern CITATION_MARK = Pattern.compile("\\s?\\[\\d{1,3}\\]");
  private static final Set<String> PLACEHOLDER_BYLINES = Set.of(
      "editor", "admin", "administrator", "staff", "web desk", "news desk", "desk", "newsdesk", "webdesk",
      "our correspondent", "correspondent", "staff reporter", "staff writer", "reporter", "guest", "team",
      "editorial", "editorial team", "editorial staff", "news service", "agencies", "agency", "online desk");

  private final ExtractionSettings settings;

  TextCleaner(ExtractionSettings settings) {
    this.settings = settings;
  }

  /** What the cleaner found. */
  record Result(
      Optional<String> title,
      List<String> body,
      List<String> removed,
      Optional<LocalDate> published,
      Optional<String> byline,
      Optional<String> outlet,
      Optional<String> dateline) {}

  /**
   * Cleans {@code blocks} (lines of text, or the text blocks of extracted HTML).
   *
   * @param knownTitle a title already known (HTML metadata); when absent the first line may be one
   */
  Result clean(List<String> blocks, Optional<String> knownTitle) {
    List<String> lines = new ArrayList<>();
    for (String b : blocks) {
      String l = normalize(b);
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    int n = lines.size();
    Kind[] kind = new Kind[n];
    java.util.Arrays.fill(kind, Kind.BODY);

    Optional<String> title = knownTitle;
    int first = 0;
    if (title.isEmpty() && n > 0 && looksLikeTitle(lines.get(0))) {
      title = Optional.of(lines.get(0));
      kind[0] = Kind.TITLE;
      first = 1;
    }
    if (title.isPresent()) {
      String t = title.get().toLowerCase(Locale.ROOT);
      for (int i = first; i < Math.min(n, first + 3); i++) {
        String l = lines.get(i).toLowerCase(Locale.ROOT);
        if (l.equals(t) || (l.startsWith(t) && l.length() < 2 * t.length() + 40 && !l.endsWith("."))) {
          kind[i] = Kind.TITLE;
        }
      }
    }

    markCommentSection(lines, kind);
    markSidebars(lines, kind);

    Optional<LocalDate> published = Optional.empty();
    int publishedRank = Integer.MAX_VALUE;
    Optional<String> byline = Optional.empty();
    Optional<String> outlet = Optional.empty();
    Optional<String> dateline = Optional.empty();
    String previous = null;
    for (int i = 0; i < n; i++) {
      if (kind[i] != Kind.BODY) {
        continue;
      }
      String l = lines.get(i);
      Matcher m;
      Optional<LocalDate> dateOnly = HumanDates.dateOnly(l);
      if ((m = PUBLISHED.matcher(l)).matches() && HumanDates.find(m.group(2)).isPresent()
          && l.length() < 80) {
        int rank = m.group(1).toLowerCase(Locale.ROOT).startsWith("p") ? 0 : 3;
        if (rank < publishedRank) {
          published = Optional.of(HumanDates.find(m.group(2)).get().date());
          publishedRank = rank;
        }
        kind[i] = Kind.META;
      } else if (dateOnly.isPresent()) {
        // "May 14, 2024" alone: a header or footer date line
        if (2 < publishedRank) {
          published = dateOnly;
          publishedRank = 2;
        }
        kind[i] = Kind.META;
      } else if (l.length() < 80 && nameThenDate(l).isPresent()) {
        var nd = nameThenDate(l).get();
        if (1 < publishedRank) {
          published = Optional.of(nd.date());
          publishedRank = 1;
        }
        if (byline.isEmpty() && !isPlaceholder(nd.name())) {
          byline = Optional.of(nd.name());
        }
        kind[i] = Kind.META;
      } else if (l.length() < 100 && l.split("\\s+").length <= 10 && (m = BYLINE.matcher(l)).matches()) {
        String name = m.group(1).strip();
        if (byline.isEmpty() && !isPlaceholder(name)) {
          byline = Optional.of(name);
        }
        kind[i] = Kind.META;
      } else if (l.length() < 100 && (m = SOURCE.matcher(l)).matches()) {
        outlet = Optional.of(m.group(1).strip());
        kind[i] = Kind.META;
      } else if ((m = DATELINE_ALONE.matcher(l)).matches() && l.length() < 45) {
        if (dateline.isEmpty()) {
          dateline = Optional.of(titleCase(m.group(1).strip()));
        }
        kind[i] = Kind.META;
      } else if (Boilerplate.isBoilerplateLine(l)) {
        kind[i] = Kind.BOILERPLATE;
      } else if (Boilerplate.mayBeCaption(l) && Boilerplate.CAPTION.matcher(l).find()) {
        kind[i] = Kind.CAPTION;
      } else if (l.equals(previous)) {
        kind[i] = Kind.REPEAT;
      }
      previous = l;
    }

    List<String> body = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (kind[i] == Kind.BODY) {
        String l = CITATION_MARK.matcher(lines.get(i)).replaceAll("");
        body.add(l);
        if (dateline.isEmpty()) {
          Matcher m = DATELINE_LEAD.matcher(l);
          if (m.find() && body.size() <= 3) {
            dateline = Optional.of(titleCase(m.group(1)));
          }
        }
      } else if (kind[i] != Kind.TITLE) {
        removed.add(lines.get(i));
      }
    }
    return new Result(title, body, removed, published, byline, outlet, dateline);
  }

  private enum Kind { BODY, TITLE, META, BOILERPLATE, CAPTION, REPEAT, COMMENTS, SIDEBAR }

  private boolean looksLikeTitle(String line) {
    int words = line.split("\\s+").length;
    if (words > settings.maxTitleWords() || DATELINE_LEAD.matcher(line).find()) {
      return false;
    }
    return !line.endsWith(".") || words <= 12;
  }

  private void markCommentSection(List<String> lines, Kind[] kind) {
    int n = lines.size();
    int bodySeen = 0;
    for (int i = 0; i < n; i++) {
      if (kind[i] != Kind.BODY) {
        continue;
      }
      String l = lines.get(i);
      if (Boilerplate.COMMENT_SECTION.matcher(l).matches()) {
        if (bodySeen >= 2 && i >= settings.commentSectionMinPosition() * n) {
          for (int j = i; j < n; j++) {
            kind[j] = Kind.COMMENTS;
          }
          return;
        }
        kind[i] = Kind.BOILERPLATE;
      } else if (l.length() > 40) {
        bodySeen++;
      }
    }
  }

  /**
   * A list of other headlines with their dates ("Upholding rights / 27 Jul, 2024 / …"): two or more
   * date-only lines close together, with the headline above each. Labels above the list ("Opinion",
   * "Editorial") go with it; a list in the second half of the page runs to its end.
   */
  private void markSidebars(List<String> lines, Kind[] kind) {
    int n = lines.size();
    List<Integer> dateLines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (kind[i] == Kind.BODY && HumanDates.dateOnly(lines.get(i)).isPresent()) {
        dateLines.add(i);
      }
    }
    int k = 0;
    while (k < dateLines.size()) {
      int j = k;
      while (j + 1 < dateLines.size() && dateLines.get(j + 1) - dateLines.get(j) <= settings.sidebarMaxDateGap()) {
        j++;
      }
      if (j > k && !nearMetadata(lines, dateLines.get(k))) {
        int start = Math.max(0, dateLines.get(k) - 1);
        while (start > 0 && isLabel(lines.get(start - 1)) && kind[start - 1] == Kind.BODY) {
          start--;
        }
        int end = start > n / 2 ? n - 1 : Math.min(n - 1, dateLines.get(j) + 2);
        for (int i = start; i <= end; i++) {
          if (kind[i] == Kind.BODY) {
            kind[i] = Kind.SIDEBAR;
          }
        }
      }
      k = j + 1;
    }
  }

  /** A date line next to "Source:" or "By" lines is the article's own footer, not a headline list. */
  private static boolean nearMetadata(List<String> lines, int i) {
    for (int d = -2; d <= 2; d++) {
      int j = i + d;
      if (d != 0 && j >= 0 && j < lines.size()) {
        String l = lines.get(j);
        if (SOURCE.matcher(l).matches() || BYLINE.matcher(l).matches() || PUBLISHED.matcher(l).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLabel(String line) {
    return line.split("\\s+").length <= 3 && !line.matches(".*[.!?:;,\"”]$");
  }

  private record NameDate(String name, LocalDate date) {}

  /** "Kamran Yousaf March 06, 2023": a person's name followed by nothing but a date. */
  private static Optional<NameDate> nameThenDate(String line) {
    Optional<HumanDates.Found> f = HumanDates.find(line);
    if (f.isEmpty() || f.get().start() == 0) {
      return Optional.empty();
    }
    String before = line.substring(0, f.get().start()).strip();
    String after = line.substring(f.get().end()).strip();
    if (!after.isEmpty() && HumanDates.dateOnly("1 January 2000 " + after).isEmpty()) {
      return Optional.empty();
    }
    Matcher m = NAME_THEN_DATE.matcher(before);
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1).strip();
    int words = name.split("\\s+").length;
    if (words < 2 || words > 5 || name.matches("(?i).*\\b(updated|published|posted)\\b.*")) {
      return Optional.empty();
    }
    return Optional.of(new NameDate(name, f.get().date()));
  }

  static boolean isPlaceholder(String byline) {
    String b = byline.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
    return b.isEmpty() || PLACEHOLDER_BYLINES.contains(b) || b.endsWith(" desk") || b.startsWith("staff ");
  }

  /** Collapses whitespace (including no-break spaces) to single spaces, drops zero-width characters, trims. */
  static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff') {
        continue;
      }
      if (c == '\u00a0' || Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String titleCase(String upper) {
    StringBuilder sb = new StringBuilder();
    for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
      if (!w.isEmpty()) {
        sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return sb.toString();
  }
}
