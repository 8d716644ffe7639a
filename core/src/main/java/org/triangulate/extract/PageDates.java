package org.triangulate.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Publication dates printed in the page rather than declared in markup: date-classed elements near
 * the headline ("entry-date", "post-meta", "byline", "datum") and, as a last resort, the page text.
 * Comments, sidebars, footers and related-story lists never count.
 */
final class PageDates {
  /** Earliest plausible publication year; older "dates" are history mentioned in the text. */
  private static final int MIN_YEAR = 1995;
  private static final int MAX_ELEMENT_CHARS = 160;
  private static final Pattern DATE_HINT = Pattern.compile(
      "date|time|publish|posted|datum|byline|dateline|meta|info|submitted|stamp|veroeffentlicht|erschienen");
  private static final Pattern FURNITURE = Pattern.compile(
      "comment|sidebar|related|widget|teaser|recommend|footer|popular|archive|calendar|reply|most-|trending|more-");
  private static final Pattern COMMENT_OR_SIDEBAR = Pattern.compile("comment|sidebar|related|reply|recommend|teaser");
  private static final Pattern URL_YEAR_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})(?:/|$)");
  private static final Pattern URL_YEAR = Pattern.compile("[/_-]((?:19|20)\\d{2})[/_-]");

  private PageDates() {}

  /** Whether {@code e} sits in comments, a sidebar, a footer, navigation or a list of other stories. */
  static boolean inFurniture(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (isFurniture(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Narrower than {@link #inFurniture}: page footers stay in the text guess, because sites without
   * date markup often print the date there ("Stand: 19.07.2014", "last modified").
   */
  private static boolean isCommentOrSidebar(Element e) {
    if (e.normalName().equals("aside")) {
      return true;
    }
    String hint = e.className() + " " + e.id();
    return !hint.isBlank() && COMMENT_OR_SIDEBAR.matcher(hint.toLowerCase(Locale.ROOT)).find();
  }

  private static boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) {
      return true;
    }
    String hint = e.className() + " " + e.id();
    return !hint.isBlank() && FURNITURE.matcher(hint.toLowerCase(Locale.ROOT)).find();
  }

  /** The first date printed in a short element whose class, id or itemprop names a date or byline. */
  static Optional<LocalDate> fromDateElements(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return Optional.empty();
    }
    boolean dayFirst = dayFirst(doc);
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      String hint = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
      boolean dateTag = tag.equals("time") || (tag.equals("abbr") && e.hasAttr("title"));
      if (!dateTag && (hint.isBlank() || !DATE_HINT.matcher(hint).find())) {
        continue;
      }
      String text = tag.equals("abbr") ? e.attr("title") + " " + e.text() : e.text();
      if (text.length() > MAX_ELEMENT_CHARS || inFurniture(e)) {
        continue;
      }
      Optional<LocalDate> d = plausible(LooseDates.all(text, dayFirst));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * A last-resort guess from the whole page text: the first plausible date, preferring one in the
   * year and month the URL names ("/2016/12/").
   */
  static Optional<LocalDate> guess(Document doc, Optional<String> url) {
    Element body = doc.body();
    if (body == null) {
      return Optional.empty();
    }
    List<LocalDate> dates = LooseDates.all(textOutsideFurniture(body), dayFirst(doc));
    if (url.isPresent()) {
      Matcher ym = URL_YEAR_MONTH.matcher(url.get());
      if (ym.find()) {
        int y = Integer.parseInt(ym.group(1));
        int m = Integer.parseInt(ym.group(2));
        for (LocalDate d : dates) {
          if (d.getYear() == y && d.getMonthValue() == m) {
            return Optional.of(d);
          }
        }
      }
      Matcher yy = URL_YEAR.matcher(url.get());
      if (yy.find()) {
        int y = Integer.parseInt(yy.group(1));
        for (LocalDate d : dates) {
          if (d.getYear() == y) {
            return Optional.of(d);
          }
        }
      }
    }
    return plausible(dates);
  }

  /** The page text without comments, sidebars and related-story lists. */
  static String textOutsideFurniture(Element body) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.getWholeText()).append(' ');
        } else if (node instanceof Element e && isCommentOrSidebar(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    return sb.toString();
  }

  private static Optional<LocalDate> plausible(List<LocalDate> dates) {
    LocalDate latest = LocalDate.now().plusDays(1);
    for (LocalDate d : dates) {
      if (d.getYear() >= MIN_YEAR && !d.isAfter(latest)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Pages outside US English write the day first ("03/04/2019" is 3 April). */
  private static boolean dayFirst(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT);
    return !lang.isEmpty() && !lang.equals("en") && !lang.startsWith("en-us");
  }
}
