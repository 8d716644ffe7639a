package org.triangulate.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text sizes of every element of a subtree, computed in one walk so that link density
 * is not recomputed per ancestor. Sizes count non-whitespace characters (markup indentation would
 * otherwise dominate). Stale once the tree changes: recompute after removing elements.
 */
final class Stats {
  static final Stats EMPTY = new Stats(new IdentityHashMap<>());

  private static final class Counts {
    int text;
    int link;
    boolean headline;
  }

  private final Map<Element, Counts> counts;

  private Stats(Map<Element, Counts> counts) {
    this.counts = counts;
  }

  static Stats of(Element root) {
    Map<Element, Counts> map = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          Element parent = t.parent() instanceof Element p ? p : null;
          if (parent != null) {
            map.computeIfAbsent(parent, k -> new Counts()).text += nonSpace(t.getWholeText());
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          Counts c = map.computeIfAbsent(e, k -> new Counts());
          if (e.normalName().equals("a")) {
            c.link = c.text;
          } else if (e.normalName().equals("h1")) {
            c.headline = true;
          }
          if (e != root && e.parent() != null) {
            Counts p = map.computeIfAbsent(e.parent(), k -> new Counts());
            p.text += c.text;
            p.link += c.link;
            p.headline |= c.headline;
          }
        }
      }
    }, root);
    return new Stats(map);
  }

  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        n++;
      }
    }
    return n;
  }

  /** Takes {@code e}'s text out of its ancestors' counts; call just before removing {@code e}. */
  void subtract(Element e) {
    Counts c = counts.get(e);
    if (c == null) {
      return;
    }
    for (Element a = e.parent(); a != null; a = a.parent()) {
      Counts ac = counts.get(a);
      if (ac != null) {
        ac.text -= c.text;
        ac.link -= c.link;
      }
    }
  }

  int text(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.text;
  }

  int link(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.link;
  }

  boolean hasHeadline(Element e) {
    Counts c = counts.get(e);
    return c != null && c.headline;
  }

  /** Share of the element's text inside links, in [0,1]; 0 for an element without text. */
  double linkDensity(Element e) {
    Counts c = counts.get(e);
    return c == null || c.text == 0 ? 0 : Math.min(1.0, (double) c.link / c.text);
  }
}
