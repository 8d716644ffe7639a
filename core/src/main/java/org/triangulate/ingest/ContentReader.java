package org.triangulate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.triangulate.article.MachineDates;
import org.triangulate.ingest.RawDocument.Hints;

/** Reads one input's bytes as whichever container they turn out to be. */
final class ContentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] BODY_FIELDS = {"text", "body", "content", "maintext", "article", "articleBody"};
  private static final String[] HTML_FIELDS = {"html", "raw_html", "rawHtml"};
  private static final String[] TITLE_FIELDS = {"title", "headline"};
  private static final String[] DATE_FIELDS = {
    "published", "date", "date_publish", "publish_date", "published_at", "pubDate", "datePublished"
  };
  private static final String[] OUTLET_FIELDS = {"outlet", "source", "site_name", "sitename", "source_domain", "publisher"};
  private static final String[] BYLINE_FIELDS = {"byline", "author", "authors"};

  private final IngestSettings settings;

  ContentReader(IngestSettings settings) {
    this.settings = settings;
  }

  void read(String stem, String origin, byte[] bytes, IngestListener out) {
    if (Sniffer.isGzip(bytes)) {
      bytes = gunzip(bytes);
      if (Sniffer.startsWith(bytes, "WARC/")) {
        readWarc(new ByteArrayInputStream(bytes), stem, origin, out);
        return;
      }
    } else if (Sniffer.startsWith(bytes, "WARC/")) {
      readWarc(new ByteArrayInputStream(bytes), stem, origin, out);
      return;
    }
    if (bytes.length == 0) {
      throw new IngestException("empty file");
    }
    String text = TextDecoding.decode(bytes, Optional.empty(), settings.maxControlCharRatio());
    if (text.isBlank()) {
      throw new IngestException("no text (only whitespace)");
    }
    switch (Sniffer.sniffText(text, origin)) {
      case JSONL -> readJsonl(stem, origin, text, out);
      case FEED -> readFeed(origin, text, out);
      case HTML -> out.onDocument(
          new RawDocument(stem, origin, SourceFormat.HTML, true, text, Optional.empty(), Hints.NONE));
      default -> out.onDocument(
          new RawDocument(stem, origin, SourceFormat.TEXT, false, text, Optional.empty(), Hints.NONE));
    }
  }

  private byte[] gunzip(byte[] bytes) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return Ingestor.readCapped(in, settings.maxFileBytes(), "");
    } catch (IngestException e) {
      throw e;
    } catch (IOException e) {
      throw new IngestException("corrupt gzip data (" + Ingestor.message(e) + ")", e);
    }
  }

  // ---------------------------------------------------------------- JSONL

  private void readJsonl(String stem, String origin, String text, IngestListener out) {
    int lineNo = 0;
    int read = 0;
    Set<String> seen = new HashSet<>();
    for (String line : (Iterable<String>) text.lines()::iterator) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String where = origin + ":" + lineNo;
      final int currentLine = lineNo;
      try {
        if (line.length() > settings.maxRecordBytes()) {
          throw new IngestException("line too long (" + line.length() + " chars)");
        }
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) {
          throw new IngestException("not a JSON object");
        }
        Optional<String> url = field(node, "url", "link", "uri");
        Optional<String> html = field(node, HTML_FIELDS);
        Optional<String> body = field(node, BODY_FIELDS);
        if (html.isEmpty() && body.isEmpty()) {
          throw new IngestException("no article text (expected one of text, body, content, html)");
        }
        String id = field(node, "id", "_id", "doc_id")
            .map(Ids::sanitize)
            .orElse(url.map(Ids::hash).orElse(stem + "-" + currentLine));
        if (!seen.add(id)) {
          id = id + "-" + lineNo;
        }
        Hints hints = new Hints(
            field(node, TITLE_FIELDS),
            field(node, OUTLET_FIELDS),
            field(node, DATE_FIELDS).flatMap(MachineDates::parse),
            field(node, BYLINE_FIELDS));
        boolean isHtml = html.isPresent() && body.isEmpty();
        out.onDocument(new RawDocument(id, where, SourceFormat.JSONL, isHtml,
            isHtml ? html.get() : body.get(), url, hints));
        read++;
      } catch (JsonProcessingException e) {
        out.onProblem(new IngestProblem(where, "invalid JSON: " + e.getOriginalMessage()));
      } catch (IngestException e) {
        out.onProblem(new IngestProblem(where, e.getMessage()));
      }
    }
    if (read == 0 && lineNo == 0) {
      throw new IngestException("empty JSONL file");
    }
  }

  private static Optional<String> field(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isArray()) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode item : v) {
          String s = item.isTextual() ? item.asText() : item.path("name").asText("");
          if (!s.isBlank()) {
            sb.append(sb.length() > 0 ? "; " : "").append(s.strip());
          }
        }
        if (sb.length() > 0) {
          return Optional.of(sb.toString());
        }
      } else if (v.isObject()) {
        String s = v.path("name").asText("");
        if (!s.isBlank()) {
          return Optional.of(s.strip());
        }
      } else {
        String s = v.asText();
        if (!s.isBlank()) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- RSS / Atom

  private void readFeed(String origin, String text, IngestListener out) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(text));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IngestException("invalid RSS/Atom feed: " + Ingestor.message(e), e);
    }
    Optional<String> outlet = Optional.ofNullable(feed.getTitle()).map(String::strip).filter(s -> !s.isEmpty());
    int n = 0;
    Set<String> seen = new HashSet<>();
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      Optional<String> link = Optional.ofNullable(entry.getLink()).or(() -> Optional.ofNullable(entry.getUri()))
          .map(String::strip).filter(s -> !s.isEmpty());
      String where = origin + "#" + link.orElse("entry-" + n);
      StringBuilder html = new StringBuilder();
      for (SyndContent c : entry.getContents()) {
        if (c.getValue() != null) {
          html.append(c.getValue()).append('\n');
        }
      }
      if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
        html.append(entry.getDescription().getValue());
      }
      if (html.toString().isBlank()) {
        out.onProblem(new IngestProblem(where, "feed entry has no content or description"));
        continue;
      }
      String id = link.map(Ids::hash).orElse(Ids.hash(origin + "#" + n));
      if (!seen.add(id)) {
        id = id + "-" + n;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      Optional<LocalDate> published = Optional.ofNullable(date)
          .map(d -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
      String title = entry.getTitle() == null ? null : entry.getTitle().strip();
      // RSS writes authors as "email (Name)"; keep the name
      Optional<String> author = Optional.ofNullable(entry.getAuthor()).map(String::strip)
          .map(s -> s.replaceFirst("^\\S+@\\S+\\s*\\((.+)\\)$", "$1").strip())
          .filter(s -> !s.isEmpty() && !s.contains("@"));
      out.onDocument(new RawDocument(id, where, SourceFormat.FEED, true, html.toString(), link,
          new Hints(Optional.ofNullable(title).filter(s -> !s.isEmpty()), outlet, published, author)));
    }
    if (n == 0) {
      throw new IngestException("feed has no entries");
    }
  }

  // ---------------------------------------------------------------- WARC

  void readWarc(Path file, IngestListener out) throws IOException {
    try (WarcReader reader = new WarcReader(file)) {
      readWarc(reader, Ids.stem(file), file.toString(), out);
    }
  }

  void readWarc(InputStream in, String stem, String origin, IngestListener out) {
    try (WarcReader reader = new WarcReader(in)) {
      readWarc(reader, stem, origin, out);
    } catch (IOException e) {
      throw new IngestException("cannot read WARC: " + Ingestor.message(e), e);
    }
  }

  private void readWarc(WarcReader reader, String stem, String origin, IngestListener out) {
    int records = 0;
    int documents = 0;
    int problems = 0;
    Set<String> seen = new HashSet<>();
    while (true) {
      WarcRecord record;
      try {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        record = next.get();
      } catch (IOException | RuntimeException e) {
        out.onProblem(new IngestProblem(origin, "truncated or corrupt WARC after " + records
            + " records (" + documents + " documents kept): " + Ingestor.message(e)));
        return;
      }
      records++;
      if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
        continue;
      }
      WarcTargetRecord target = (WarcTargetRecord) record;
      String url = target.target();
      String where = origin + "#" + url;
      try {
        Optional<String> declared;
        byte[] body;
        if (record instanceof WarcResponse response) {
          HttpResponse http = response.http();
          if (http.status() < 200 || http.status() >= 300) {
            continue;
          }
          MediaType type = http.contentType();
          if (!isHtmlOrText(type)) {
            continue;
          }
          declared = TextDecoding.charsetParameter(type.toString());
          body = Ingestor.readCapped(http.bodyDecoded().stream(), settings.maxRecordBytes(), where);
        } else {
          MediaType type = record.contentType();
          if (!isHtmlOrText(type)) {
            continue;
          }
          declared = TextDecoding.charsetParameter(type.toString());
          body = Ingestor.readCapped(record.body().stream(), settings.maxRecordBytes(), where);
        }
        if (body.length == 0) {
          out.onProblem(new IngestProblem(where, "empty HTTP body"));
          problems++;
          continue;
        }
        String text = TextDecoding.decode(body, declared, settings.maxControlCharRatio());
        String id = Ids.hash(url);
        if (!seen.add(id)) {
          continue; // a revisit or a second capture of one URL: the first capture wins
        }
        boolean html = Sniffer.sniffText(text, url) != SourceFormat.TEXT;
        out.onDocument(new RawDocument(id, where, SourceFormat.WARC, html, text, Optional.of(url), Hints.NONE));
        documents++;
      } catch (IngestException e) {
        out.onProblem(new IngestProblem(where, e.getMessage()));
        problems++;
      } catch (IOException | RuntimeException e) {
        out.onProblem(new IngestProblem(where, "truncated or corrupt record: " + Ingestor.message(e)));
        return;
      }
    }
    if (records == 0) {
      out.onProblem(new IngestProblem(origin, "WARC file has no records"));
    } else if (documents == 0 && problems == 0) {
      out.onProblem(new IngestProblem(origin, "WARC file has " + records
          + " records but no successful HTML or text response"));
    }
  }

  private static boolean isHtmlOrText(MediaType type) {
    String t = type.base().toString();
    return t.equals("text/html") || t.equals("application/xhtml+xml") || t.equals("text/plain");
  }
}
