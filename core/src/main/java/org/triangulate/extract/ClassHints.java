package org.triangulate.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what a page's class, id and role attributes say about an element: furniture ("sidebar",
 * "share", "advert") or content ("article", "entry"). Substring keywords plus a few whole-token ones
 * ("ad", "foot", "nav…"). Results are memoised per instance, because pages repeat the same class
 * lists hundreds of times; use one instance per document.
 */
final class ClassHints {
  static final int NEGATIVE = 1;
  static final int POSITIVE = 2;

  private static final List<String> NEGATIVE_WORDS = List.of(
      "comment", "sidebar", "side-bar", "related", "share", "sharing", "social", "footer", "menu", "promo",
      "advert", "newsletter", "subscri", "cookie", "consent", "breadcrumb", "widget", "popup", "modal",
      "masthead", "sponsor", "outbrain", "taboola", "recommend", "more-stories", "most-popular", "trending",
      "signup", "login", "disqus", "banner", "toolbar", "pagination", "pager", "caption", "credit", "byline",
      "author-bio", "tags", "skip", "hidden", "print-only", "jump", "read-more", "readmore");
  private static final List<String> POSITIVE_WORDS = List.of(
      "article", "content", "entry", "post", "story", "main", "text", "body", "blog", "prose", "paragraph", "page");
  private static final List<String> LANDMARK_ROLES = List.of("navigation", "complementary", "contentinfo", "banner");

  private final Map<String, Integer> memo = new HashMap<>();

  /** Bit set of {@link #NEGATIVE} and {@link #POSITIVE} for a class/id string. */
  int of(String hint) {
    if (hint.isBlank()) {
      return 0;
    }
    return memo.computeIfAbsent(hint, ClassHints::compute);
  }

  private static int compute(String hint) {
    String h = hint.toLowerCase(Locale.ROOT);
    int bits = 0;
    for (String w : NEGATIVE_WORDS) {
      if (h.contains(w)) {
        bits |= NEGATIVE;
        break;
      }
    }
    if ((bits & NEGATIVE) == 0) {
      for (String token : h.split("[^a-z0-9]+")) {
        if (token.equals("ad") || token.equals("ads") || token.equals("foot") || token.startsWith("nav")) {
          bits |= NEGATIVE;
          break;
        }
      }
    }
    for (String w : POSITIVE_WORDS) {
      if (h.contains(w)) {
        bits |= POSITIVE;
        break;
      }
    }
    return bits;
  }

  /** Whether an ARIA role marks page furniture (navigation, complementary, contentinfo, banner). */
  static boolean landmarkRole(String role) {
    return !role.isEmpty() && LANDMARK_ROLES.contains(role.strip().toLowerCase(Locale.ROOT));
  }
}
