package org.triangulate.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triangulate.article.MachineDates;

/** Title, outlet, byline and publication date from a page's markup (meta tags, JSON-LD, {@code <time>}, URL). */
final class HtmlMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] DATE_META = {
    "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "date", "dc.date.issued",
    "dc.date", "dcterms.date", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
    "article.published", "article_date_original", "cxenseparse:recs:publishtime", "originalpublicationdate",
    "published-date", "release_date", "og:pubdate", "citation_publication_date", "live_date", "displaydate",
    "article:published", "datecreated", "date.created", "dc.date.created", "dcterms.date.created", "created",
    "timestamp", "parsely-pub-date", "dc.date.published", "pub_date", "creation_date"
  };
  /** Last updates: a same-day stand-in when nothing names the original date. */
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified", "dc.date.modified"
  };
  private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\b)");

  /**
   * What the markup says.
   *
   * @param published the date from markup meant to carry it (JSON-LD, meta tags, {@code <time>}, URL,
   *     date-classed elements), never from comments or sidebars
   * @param guessedDate the first plausible date in the page text, a last resort after the cleaned
   *     text's own date lines
   */
  record Meta(Optional<String> title, Optional<String> outlet, Optional<String> byline, Optional<LocalDate> published,
      Optional<LocalDate> guessedDate) {
    static final Meta NONE = new Meta(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  private HtmlMetadata() {}

  static Meta read(Document doc, Optional<String> url) {
    List<JsonNode> ld = jsonLd(doc);
    Map<String, List<String>> metas = metas(doc);
    Optional<String> title = meta(metas, "og:title", "twitter:title")
        .or(() -> ldString(ld, "headline"))
        .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text))
        .or(() -> Optional.of(doc.title()))
        .map(TextCleaner::normalize)
        .filter(s -> !s.isEmpty())
        .map(t -> stripSiteSuffix(t, doc));
    Optional<String> outlet = meta(metas, "og:site_name", "application-name", "publisher")
        .or(() -> ldPublisher(ld));
    Optional<String> byline = ldAuthor(ld)
        .or(() -> meta(metas, "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"))
        .or(() -> Optional.ofNullable(doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], .byline a, .author-name"))
            .map(Element::text))
        .map(TextCleaner::normalize)
        .map(b -> b.replaceFirst("(?i)^by\\s+", ""))
        .filter(b -> !b.isEmpty() && !b.startsWith("http") && !TextCleaner.isPlaceholder(b));
    Optional<LocalDate> published = date(doc, ld, metas, url);
    return new Meta(title, outlet, byline, published,
        published.isPresent() ? Optional.empty() : PageDates.guess(doc, url));
  }

  static Optional<LocalDate> date(Document doc, List<JsonNode> ld, Map<String, List<String>> metas,
      Optional<String> url) {
    for (JsonNode node : ld) {
      JsonNode d = node.get("datePublished");
      if (d != null && d.isTextual()) {
        Optional<LocalDate> v = parse(d.asText());
        if (v.isPresent()) {
          return v;
        }
      }
    }
    for (String name : DATE_META) {
      for (String content : metas.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
        Optional<LocalDate> v = parse(content);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      Optional<LocalDate> v = parse(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
      if (v.isPresent()) {
        return v;
      }
    }
    if (url.isPresent()) {
      Matcher m = URL_DATE.matcher(url.get());
      if (m.find()) {
        try {
          return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
        } catch (RuntimeException ignored) {
          // not a calendar day
        }
      }
    }
    for (Element e : doc.select("time[datetime]")) {
      if (PageDates.inFurniture(e)) {
        continue;
      }
      Optional<LocalDate> v = parse(e.attr("datetime"));
      if (v.isPresent()) {
        return v;
      }
    }
    Optional<LocalDate> element = PageDates.fromDateElements(doc);
    if (element.isPresent()) {
      return element;
    }
    for (JsonNode node : ld) {
      for (String field : new String[] {"dateCreated", "dateModified"}) {
        JsonNode d = node.get(field);
        if (d != null && d.isTextual()) {
          Optional<LocalDate> v = parse(d.asText());
          if (v.isPresent()) {
            return v;
          }
        }
      }
    }
    for (String name : MODIFIED_META) {
      for (String content : metas.getOrDefault(name, List.of())) {
        Optional<LocalDate> v = parse(content);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  static Optional<LocalDate> parse(String s) {
    String v = s.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    return MachineDates.parse(v).or(() -> HumanDates.find(v).map(HumanDates.Found::date));
  }

  static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(s.data()), out, 0);
      } catch (Exception e) {
        // malformed JSON-LD is common; the page's other metadata still counts
      }
    }
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
    }
  }

  private static Optional<String> ldString(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      JsonNode v = n.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return Optional.of(v.asText());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> ldPublisher(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode p = n.get("publisher");
      if (p != null && p.path("name").isTextual()) {
        return Optional.of(p.path("name").asText());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> ldAuthor(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode a = n.get("author");
      if (a == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode x : a.isArray() ? a : JSON.createArrayNode().add(a)) {
        String name = x.isTextual() ? x.asText() : x.path("name").asText("");
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
      if (!names.isEmpty()) {
        return Optional.of(String.join("; ", names));
      }
    }
    return Optional.empty();
  }

  /** Contents of the page's meta tags by lower-cased property, name or itemprop, in document order. */
  static Map<String, List<String>> metas(Document doc) {
    Map<String, List<String>> out = new HashMap<>();
    for (Element e : doc.getElementsByTag("meta")) {
      String content = e.attr("content");
      if (content.isBlank()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop"}) {
        String k = e.attr(key);
        if (!k.isEmpty()) {
          out.computeIfAbsent(k.strip().toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(content.strip());
        }
      }
    }
    return out;
  }

  private static Optional<String> meta(Map<String, List<String>> metas, String... names) {
    for (String name : names) {
      List<String> v = metas.get(name.toLowerCase(Locale.ROOT));
      if (v != null && !v.isEmpty()) {
        return Optional.of(v.get(0));
      }
    }
    return Optional.empty();
  }

  /** "Pakistan, US talks | Dawn" gives "Pakistan, US talks" when the page's h1 agrees. */
  private static String stripSiteSuffix(String title, Document doc) {
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) {
      String h = TextCleaner.normalize(h1.text());
      if (!h.isEmpty() && title.startsWith(h) && title.length() > h.length()) {
        return h;
      }
    }
    String[] parts = title.split("\\s+[|–—]\\s+|\\s+-\\s+");
    return parts.length > 1 && parts[0].length() >= 15 ? parts[0].strip() : title;
  }
}
