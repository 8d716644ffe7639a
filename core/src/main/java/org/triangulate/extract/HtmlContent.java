package org.triangulate.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main content of a page and returns it as text blocks (paragraphs, headings, list items).
 *
 * <p>Scores containers by the paragraphs they hold (length, commas, link density, class and id
 * hints), takes the best container with its qualifying siblings, and flattens it to blocks. Line
 * cleaning ({@link TextCleaner}) runs on the blocks afterwards.
 */
final class HtmlContent {
  private static final Set<String> STRIP = Set.of(
      "script", "style", "noscript", "iframe", "svg", "canvas", "button", "input", "select", "textarea",
      "template", "object", "embed", "figcaption");
  /** Furniture by tag, unless it wraps the page (ASP.NET pages put everything in one {@code <form>}). */
  private static final Set<String> STRIP_UNLESS_WRAPPER = Set.of("form", "nav", "footer", "aside", "dialog", "menu");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?]$");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "div",
      "section", "article", "main", "ul", "ol", "table", "tr", "header", "figure", "address", "center", "dl");
  private static final Set<String> LEAF_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dd", "dt", "td", "th");

  private final ExtractionSettings settings;

  HtmlContent(ExtractionSettings settings) {
    this.settings = settings;
  }

  /** Text blocks of the main content, in document order. The document is modified. */
  List<String> blocks(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    stats = Stats.of(body);
    stripInvisible(body);
    removeUnlikely(body);

    Map<Element, Double> scores = new HashMap<>();
    Map<Element, Integer> good = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, td, blockquote, li, div, section")) {
      if (!p.tagName().equals("p") && !p.tagName().equals("pre") && hasBlockChild(p)) {
        continue;
      }
      String text = p.text();
      if (text.length() < settings.minParagraphChars()) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3.0);
      if (linkDensity(p) <= settings.maxLinkDensity()) {
        for (Element a = p; a != null && a != body; a = a.parent()) {
          good.merge(a, text.length(), Integer::sum);
        }
      }
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, score + initialScore(parent), (a, b) -> a + score);
      Element grand = parent.parent();
      if (grand != null) {
        scores.merge(grand, score / 2 + initialScore(grand), (a, b) -> a + score / 2);
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      e.setValue(s);
      if (s > best) {
        best = s;
        top = e.getKey();
      }
    }
    if (top == null) {
      top = body;
    }
    top = ascend(top, body, good);
    List<Element> chosen = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null || top == body) {
      chosen.add(top);
    } else {
      double threshold = Math.max(10, best * settings.siblingScoreRatio());
      for (Element sib : parent.children()) {
        if (sib == top) {
          chosen.add(sib);
          continue;
        }
        double s = scores.getOrDefault(sib, 0.0);
        if (s >= threshold || (sib.normalName().equals("p") && isProse(sib))) {
          chosen.add(sib);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Element e : chosen) {
      flatten(e, out);
    }
    return out;
  }

  /** A loose paragraph beside the content: long with few links, or a link-free sentence. */
  private boolean isProse(Element p) {
    double ld = linkDensity(p);
    String text = p.text();
    return (text.length() > 80 && ld < 0.25) || (!text.isEmpty() && ld == 0 && ENDS_SENTENCE.matcher(text).find());
  }

  /**
   * Text split over several containers (one per paragraph group, ads between them) leaves the best
   * container with only part of it: climb to the nearest ancestor that adds paragraph text while the
   * current container holds less than {@code ascendMaxShare} of the ancestor's.
   */
  private Element ascend(Element top, Element body, Map<Element, Integer> good) {
    Element current = top;
    while (true) {
      int own = good.getOrDefault(current, 0);
      Element a = current.parent();
      while (a != null && a != body && good.getOrDefault(a, 0) <= own) {
        a = a.parent();
      }
      if (a == null || a == body || own >= settings.ascendMaxShare() * good.getOrDefault(a, 0)) {
        return current;
      }
      current = a;
    }
  }

  private Stats stats = Stats.EMPTY;
  private final ClassHints hints = new ClassHints();

  /** Scripts, forms, navigation, and whatever the page hides, in one walk. */
  private void stripInvisible(Element body) {
    int total = Math.max(1, stats.text(body));
    List<Element> drop = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || stats.text(e) == 0) {
        continue;  // without text an element cannot change the extracted text
      }
      String tag = e.normalName();
      if (STRIP.contains(tag) || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
          || HIDDEN_STYLE.matcher(e.attr("style")).find()
          || (STRIP_UNLESS_WRAPPER.contains(tag) && !isWrapper(e, total))) {
        drop.add(e);
      }
    }
    remove(body, drop);
  }

  /** Holds the headline or at least {@code unlikelyMaxTextShare} of the page's text. */
  private boolean isWrapper(Element e, int total) {
    return stats.hasHeadline(e) || stats.text(e) >= settings.unlikelyMaxTextShare() * total;
  }

  /** Removes {@code drop} (in document order), keeping the text statistics in step. */
  private void remove(Element body, List<Element> drop) {
    // pre-order: an ancestor is removed (and subtracted) before its descendants, which are then skipped
    for (Element e : drop) {
      if (e.root() == body.root()) {
        stats.subtract(e);
        e.remove();
      }
    }
  }

  /**
   * Drops elements whose class, id or role says sidebar, comments, sharing, advert… unless the element
   * holds the headline or most of the page's text: then the hint names a layout wrapper
   * ("penci_sidebar" around the whole post), not furniture.
   */
  private void removeUnlikely(Element body) {
    int total = Math.max(1, stats.text(body));
    List<Element> drop = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || stats.text(e) == 0 || e.normalName().equals("article") || e.normalName().equals("main")) {
        continue;
      }
      int bits = hints.of(e.className() + " " + e.id());
      if (ClassHints.landmarkRole(e.attr("role")) || bits == ClassHints.NEGATIVE) {
        if (!isWrapper(e, total)) {
          drop.add(e);
        }
      }
    }
    remove(body, drop);
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.tagName())) {
        return true;
      }
    }
    return false;
  }

  private double initialScore(Element e) {
    double s = switch (e.tagName()) {
      case "article" -> 10;
      case "div", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    int bits = hints.of(e.className() + " " + e.id());
    if ((bits & ClassHints.NEGATIVE) != 0) {
      s -= 25;
    }
    if ((bits & ClassHints.POSITIVE) != 0) {
      s += 25;
    }
    return s;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  private double linkDensity(Element e) {
    return stats.linkDensity(e);
  }

  /** Appends the text of {@code e} as blocks: one per leaf block element, inline runs joined. */
  private void flatten(Element e, List<String> out) {
    StringBuilder run = new StringBuilder();
    flatten(e, out, run);
    emit(run, out);
  }

  private void flatten(Node node, List<String> out, StringBuilder run) {
    if (node instanceof TextNode t) {
      run.append(t.getWholeText());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.tagName();
    if (tag.equals("br")) {
      emit(run, out);
      return;
    }
    if (LEAF_BLOCKS.contains(tag)) {
      emit(run, out);
      String text = e.text();
      if (!text.isBlank() && !(linkDensity(e) > settings.maxLinkDensity() && !tag.equals("p"))) {
        if (hasBlockChild(e)) {
          for (Node c : e.childNodes()) {
            flatten(c, out, run);
          }
          emit(run, out);
        } else {
          out.add(text);
        }
      }
      return;
    }
    boolean block = BLOCKS.contains(tag);
    if (block) {
      emit(run, out);
      if (stats.link(e) > 0 && (tag.equals("ul") || tag.equals("ol") || tag.equals("div"))
          && linkDensity(e) > settings.maxLinkDensity() && stats.text(e) < 500) {
        return;
      }
    }
    for (Node c : e.childNodes()) {
      flatten(c, out, run);
    }
    if (block) {
      emit(run, out);
    }
  }

  private static void emit(StringBuilder run, List<String> out) {
    String s = TextCleaner.normalize(run.toString());
    if (!s.isEmpty()) {
      out.add(s);
    }
    run.setLength(0);
  }
}
