package org.triangulate.spark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A reproducible synthetic news corpus for tests and benchmarks: articles about invented events
 * (place, actors, topic, date, figures), a share of them near-duplicate rewrites and verbatim
 * republications of earlier articles, written as JSON lines and gzip WARC files of HTML pages.
 *
 * <p>The same {@code seed} and sizes always give the same bytes. Bodies are about 300 words of
 * prose-like sentences whose filler comes from a pseudo-word vocabulary, so independent articles share
 * few shingles while rewrites share most. Nothing here claims to look like real news beyond that.
 *
 * @param documents total articles
 * @param perFile articles per file
 * @param warcEvery every {@code warcEvery}-th file is a WARC.gz of HTML responses (0: none)
 * @param seed random seed
 * @param followUpShare share of the original reports that are follow-ups: published 4 to
 *     {@code followUpDays} days after their event, naming its date ("on March 5") instead of its weekday;
 *     0 writes none and leaves the bytes exactly those of a corpus without follow-ups
 * @param followUpDays the latest day after the event a follow-up appears (at least 4 when
 *     {@code followUpShare > 0})
 */
public record SyntheticCorpus(int documents, int perFile, int warcEvery, long seed, double followUpShare,
    int followUpDays) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] TOPICS = {"flood", "trade talks", "election", "strike", "earthquake",
    "security dialogue", "budget vote", "port fire", "court ruling", "wildfire", "bridge collapse", "summit"};
  private static final String[] OUTLETS = {"Daily Ledger", "Harbor Times", "Northern Post", "Capital Wire",
    "Evening Courier", "Valley Herald", "Coastal Tribune", "Metro Dispatch"};
  private static final String[] VERBS = {"said", "warned", "announced", "confirmed", "denied", "told reporters"};

  public SyntheticCorpus {
    if (documents < 0 || perFile < 1 || warcEvery < 0) {
      throw new IllegalArgumentException("documents=" + documents + ", perFile=" + perFile + ", warcEvery=" + warcEvery);
    }
    if (!(followUpShare >= 0 && followUpShare <= 1) || (followUpShare > 0 && followUpDays < 4)) {
      throw new IllegalArgumentException("followUpShare=" + followUpShare + " must be in [0, 1] and followUpDays="
          + followUpDays + " at least 4 when it is positive");
    }
  }

  /** Without follow-ups: originals appear 0 to 2 days after their event. */
  public SyntheticCorpus(int documents, int perFile, int warcEvery, long seed) {
    this(documents, perFile, warcEvery, seed, 0, 0);
  }

  /** This corpus with {@code share} of its originals published as late follow-ups (see the class parameters). */
  public SyntheticCorpus withFollowUps(double share, int maxDays) {
    return new SyntheticCorpus(documents, perFile, warcEvery, seed, share, maxDays);
  }

  /**
   * What was written. {@code events}: each article's invented event ({@code t0}, {@code t1}, …; rewrites
   * and republications have their source's), the ground truth for event clustering; {@code followUps}: the
   * ids of the late follow-up originals (empty without follow-ups).
   */
  public record Written(List<Path> files, int documents, int rewrites, int republications, long bytes,
      Map<String, String> events, Set<String> followUps) {
    public Written {
      files = List.copyOf(files);
      events = Map.copyOf(events);
      followUps = Set.copyOf(followUps);
    }
  }

  private record EventSpec(String place, String topic, String actorA, String actorB, String org, LocalDate date,
      int figure) {}

  private record Doc(String id, String url, String title, String outlet, LocalDate published, List<String> paragraphs,
      int event) {}

  /** Writes the corpus into {@code dir} (created if needed) as {@code part-NNNNN.jsonl} / {@code .warc.gz}. */
  public Written write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Random rnd = new Random(seed);
    String[] vocab = vocabulary(rnd, 6000);
    List<EventSpec> events = new ArrayList<>();
    int eventCount = Math.max(1, documents / 25);
    for (int i = 0; i < eventCount; i++) {
      events.add(new EventSpec(cap(word(rnd)) + (rnd.nextBoolean() ? "ia" : " City"), TOPICS[rnd.nextInt(TOPICS.length)],
          cap(word(rnd)) + " " + cap(word(rnd)), cap(word(rnd)) + " " + cap(word(rnd)),
          cap(word(rnd)) + " Ministry", LocalDate.of(2024, 3, 1).plusDays(rnd.nextInt(31)), 3 + rnd.nextInt(400)));
    }
    List<Doc> recent = new ArrayList<>();
    Map<String, String> truth = new HashMap<>();
    Set<String> followUps = new HashSet<>();
    List<Path> files = new ArrayList<>();
    int rewrites = 0;
    int copies = 0;
    long bytes = 0;
    int fileNo = 0;
    for (int start = 0; start < documents; start += perFile, fileNo++) {
      int end = Math.min(documents, start + perFile);
      List<Doc> docs = new ArrayList<>();
      for (int i = start; i < end; i++) {
        String id = String.format(Locale.ROOT, "syn-%07d", i);
        String outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
        double roll = rnd.nextDouble();
        Doc doc;
        if (roll < 0.10 && !recent.isEmpty()) {
          Doc src = recent.get(rnd.nextInt(recent.size()));
          doc = new Doc(id, url(outlet, id), src.title(), outlet, src.published().plusDays(rnd.nextInt(2)),
              rewrite(src.paragraphs(), rnd, vocab), src.event());
          rewrites++;
        } else if (roll < 0.15 && !recent.isEmpty()) {
          Doc src = recent.get(rnd.nextInt(recent.size()));
          doc = new Doc(id, url(outlet, id), src.title(), outlet, src.published(), src.paragraphs(), src.event());
          copies++;
        } else {
          int k = rnd.nextInt(events.size());
          int lateBy = followUpShare > 0 && rnd.nextDouble() < followUpShare ? 4 + rnd.nextInt(followUpDays - 3) : 0;
          doc = original(id, outlet, events.get(k), k, lateBy, rnd, vocab);
          if (lateBy > 0) {
            followUps.add(id);
          }
        }
        docs.add(doc);
        truth.put(id, "t" + doc.event());
        recent.add(doc);
        if (recent.size() > 400) {
          recent.remove(rnd.nextInt(recent.size()));
        }
      }
      boolean warc = warcEvery > 0 && fileNo % warcEvery == warcEvery - 1;
      Path file = dir.resolve(String.format(Locale.ROOT, "part-%05d.%s", fileNo, warc ? "warc.gz" : "jsonl"));
      if (warc) {
        writeWarc(file, docs);
      } else {
        writeJsonl(file, docs);
      }
      bytes += Files.size(file);
      files.add(file);
    }
    return new Written(files, documents, rewrites, copies, bytes, truth, followUps);
  }

  /** An original report; {@code lateBy > 0} makes it a follow-up published that many days after the event. */
  private static Doc original(String id, String outlet, EventSpec e, int event, int lateBy, Random rnd,
      String[] vocab) {
    String verb = VERBS[rnd.nextInt(VERBS.length)];
    String title = cap(e.topic()) + " in " + e.place() + ": " + e.actorA() + " " + verb + " " + w(rnd, vocab)
        + " " + w(rnd, vocab);
    List<String> paras = new ArrayList<>();
    int n = 5 + rnd.nextInt(4);
    for (int p = 0; p < n; p++) {
      StringBuilder sb = new StringBuilder();
      int sentences = 2 + rnd.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        sb.append(sb.length() > 0 ? " " : "").append(sentence(e, lateBy > 0, rnd, vocab));
      }
      paras.add(sb.toString());
    }
    LocalDate published = lateBy > 0 ? e.date().plusDays(lateBy) : e.date().plusDays(rnd.nextInt(3));
    return new Doc(id, url(outlet, id), title, outlet, published, paras, event);
  }

  /** @param dated names the event's date ("on March 5") instead of its weekday, as a later report would */
  private static String sentence(EventSpec e, boolean dated, Random rnd, String[] vocab) {
    return switch (rnd.nextInt(6)) {
      case 0 -> e.actorA() + " " + VERBS[rnd.nextInt(VERBS.length)] + " that the " + e.topic() + " in " + e.place()
          + " would " + w(rnd, vocab) + " the " + w(rnd, vocab) + " " + w(rnd, vocab) + " by " + (1 + rnd.nextInt(90))
          + " percent.";
      case 1 -> "Officials of the " + e.org() + " said " + e.figure() + " people were " + w(rnd, vocab) + " after the "
          + w(rnd, vocab) + " " + w(rnd, vocab) + " on " + (dated ? monthDay(e.date()) : weekday(e.date())) + ".";
      case 2 -> "According to " + e.actorB() + ", the " + w(rnd, vocab) + " of " + w(rnd, vocab) + " and "
          + w(rnd, vocab) + " remained " + w(rnd, vocab) + " across " + e.place() + ".";
      case 3 -> "The " + w(rnd, vocab) + " " + w(rnd, vocab) + " had " + w(rnd, vocab) + " the " + w(rnd, vocab)
          + " since " + month(e.date()) + ", residents said.";
      case 4 -> "\"We " + w(rnd, vocab) + " the " + w(rnd, vocab) + " and will " + w(rnd, vocab) + " every "
          + w(rnd, vocab) + ",\" " + e.actorA() + " said in a statement.";
      default -> "Analysts expect the " + w(rnd, vocab) + " " + w(rnd, vocab) + " to " + w(rnd, vocab) + " the "
          + w(rnd, vocab) + " of " + w(rnd, vocab) + " " + w(rnd, vocab) + " in coming weeks.";
    };
  }

  private static String weekday(LocalDate d) {
    return cap(d.getDayOfWeek().toString().toLowerCase(Locale.ROOT));
  }

  private static String month(LocalDate d) {
    return cap(d.getMonth().toString().toLowerCase(Locale.ROOT));
  }

  private static String monthDay(LocalDate d) {
    return month(d) + " " + d.getDayOfMonth();
  }

  /** A light rewrite: most paragraphs kept, one replaced word per paragraph, sometimes one dropped. */
  private static List<String> rewrite(List<String> paras, Random rnd, String[] vocab) {
    List<String> out = new ArrayList<>();
    int drop = paras.size() > 4 && rnd.nextBoolean() ? rnd.nextInt(paras.size()) : -1;
    for (int i = 0; i < paras.size(); i++) {
      if (i == drop) {
        continue;
      }
      String[] words = paras.get(i).split(" ");
      int k = rnd.nextInt(words.length);
      words[k] = w(rnd, vocab);
      out.add(String.join(" ", words));
    }
    return out;
  }

  private static void writeJsonl(Path file, List<Doc> docs) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Doc d : docs) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.id());
        o.put("url", d.url());
        o.put("title", d.title());
        o.put("outlet", d.outlet());
        o.put("published", d.published().toString());
        o.put("text", String.join("\n\n", d.paragraphs()));
        w.write(JSON.writeValueAsString(o));
        w.write('\n');
      }
    }
  }

  private static void writeWarc(Path file, List<Doc> docs) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (Doc d : docs) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>").append(d.title())
            .append("</title><meta property=\"og:site_name\" content=\"").append(d.outlet())
            .append("\"><meta property=\"article:published_time\" content=\"").append(d.published())
            .append("\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
            .append(d.title()).append("</h1>");
        for (String p : d.paragraphs()) {
          html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        html.append("</article><footer>Copyright ").append(d.outlet()).append("</footer></body></html>");
        out.write(warcResponse(d.url(), html.toString()));
      }
    }
  }

  private static byte[] warcResponse(String url, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n";
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(http.getBytes(StandardCharsets.ISO_8859_1));
    block.writeBytes(body);
    String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
        + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "WARC-Date: 2024-03-31T10:00:00Z\r\nWARC-Target-URI: " + url + "\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + block.size() + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(block.toByteArray());
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static String url(String outlet, String id) {
    return "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/news/" + id;
  }

  private static String w(Random rnd, String[] vocab) {
    return vocab[rnd.nextInt(vocab.length)];
  }

  private static String[] vocabulary(Random rnd, int size) {
    String[] v = new String[size];
    for (int i = 0; i < size; i++) {
      v[i] = word(rnd);
    }
    return v;
  }

  private static final String CONS = "bcdfghklmnprstvz";
  private static final String VOW = "aeiou";

  private static String word(Random rnd) {
    int syllables = 2 + rnd.nextInt(2);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(CONS.charAt(rnd.nextInt(CONS.length()))).append(VOW.charAt(rnd.nextInt(VOW.length())));
    }
    if (rnd.nextBoolean()) {
      sb.append(CONS.charAt(rnd.nextInt(CONS.length())));
    }
    return sb.toString();
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
