package org.triangulate.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triangulate.ingest.RawDocument;

/**
 * A fetched source as links to article pages: an RSS/Atom feed (Rome) or a sitemap (crawler-commons,
 * with the Google News extension), or a sitemap index as links to further sitemaps. Which one is
 * decided by the document's root element. DOCTYPEs are refused by both parsers (no entity expansion).
 */
final class SourceReader {
  private static final Pattern SITEMAP_ROOT = Pattern.compile("<(?:\\w+:)?(urlset|sitemapindex)\\b");
  private static final Pattern FEED_ROOT = Pattern.compile("<(?:\\w+:)?(rss|feed|RDF)\\b");

  /** A page to fetch, with what the source said about it. */
  record Link(URI uri, RawDocument.Hints hints) {}

  /** What a source lists: article pages, and for a sitemap index the sitemaps it points to. */
  record Listing(List<Link> pages, List<URI> sitemaps) {
    Listing {
      pages = List.copyOf(pages);
      sitemaps = List.copyOf(sitemaps);
    }
  }

  /** A source that could not be read as a feed or sitemap. */
  static final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    SourceException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private SourceReader() {}

  static Listing read(URI uri, byte[] body, Optional<String> contentType) throws SourceException {
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
    var sitemap = SITEMAP_ROOT.matcher(head);
    var feed = FEED_ROOT.matcher(head);
    boolean isSitemap = sitemap.find();
    boolean isFeed = feed.find();
    if (isSitemap && (!isFeed || sitemap.start() < feed.start())) {
      return sitemap(uri, body);
    }
    if (isFeed) {
      return feed(uri, body, contentType);
    }
    throw new SourceException("neither an RSS/Atom feed nor a sitemap", null);
  }

  private static Listing feed(URI uri, byte[] body, Optional<String> contentType) throws SourceException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      // Rome's XmlReader picks the charset from the BOM, the XML prolog and the HTTP Content-Type
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      feed = input.build(contentType.isPresent() ? new XmlReader(in, contentType.get(), true) : new XmlReader(in, true));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new SourceException("invalid RSS/Atom feed: " + Fetcher.message(e), e);
    }
    Optional<String> outlet = text(feed.getTitle());
    Map<URI, Link> links = new LinkedHashMap<>();
    for (SyndEntry entry : feed.getEntries()) {
      Optional<URI> link = text(entry.getLink()).or(() -> text(entry.getUri())).flatMap(l -> resolve(uri, l));
      if (link.isEmpty()) {
        continue;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      // RSS writes authors as "email (Name)"; keep the name
      Optional<String> author = text(entry.getAuthor()).map(s -> s.replaceFirst("^\\S+@\\S+\\s*\\((.+)\\)$", "$1").strip())
          .filter(s -> !s.isEmpty() && !s.contains("@"));
      links.putIfAbsent(link.get(), new Link(link.get(), new RawDocument.Hints(text(entry.getTitle()), outlet,
          Optional.ofNullable(date).map(SourceReader::day), author)));
    }
    return new Listing(new ArrayList<>(links.values()), List.of());
  }

  private static Listing sitemap(URI uri, byte[] body) throws SourceException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      map = parser.parseSiteMap("text/xml", body, uri.toURL());
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      Throwable why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
      throw new SourceException("invalid sitemap: " + why.getMessage(), e);
    }
    if (map instanceof SiteMapIndex index) {
      List<URI> children = new ArrayList<>();
      for (AbstractSiteMap child : index.getSitemaps()) {
        resolve(uri, child.getUrl().toString()).ifPresent(children::add);
      }
      return new Listing(List.of(), children);
    }
    Map<URI, Link> links = new LinkedHashMap<>();
    for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
      Optional<URI> link = resolve(uri, u.getUrl().toString());
      if (link.isEmpty()) {
        continue;
      }
      Optional<String> title = Optional.empty();
      Optional<String> outlet = Optional.empty();
      Optional<LocalDate> published = Optional.ofNullable(u.getLastModified()).map(SourceReader::day);
      ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
      if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
        title = text(n.getTitle());
        outlet = text(n.getName());
        Optional<LocalDate> lastModified = published;
        published = Optional.ofNullable(n.getPublicationDate()).map(SourceReader::day).or(() -> lastModified);
      }
      links.putIfAbsent(link.get(), new Link(link.get(), new RawDocument.Hints(title, outlet, published, Optional.empty())));
    }
    return new Listing(new ArrayList<>(links.values()), List.of());
  }

  /** {@code link} against {@code base}, if it is an http(s) URL with a host. */
  static Optional<URI> resolve(URI base, String link) {
    try {
      URI u = base.resolve(link.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null
          ? Optional.of(u.normalize()) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static LocalDate day(Date d) {
    return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static Optional<String> text(String s) {
    return Optional.ofNullable(s).map(String::strip).filter(x -> !x.isEmpty());
  }
}
