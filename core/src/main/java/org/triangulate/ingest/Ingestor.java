package org.triangulate.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Front door of ingestion: turns files, directories and standard input into {@link RawDocument}s.
 *
 * <p>The format of each file is recognised by its content (gzip and WARC magic, JSON lines, feed
 * roots, HTML tags); the extension only breaks ties. A file that cannot be read — binary junk, a
 * wrong encoding, too large, a truncated WARC — is reported to {@link IngestListener#onProblem} with
 * the file name and the reason, and reading continues with the next input. Records read from a WARC
 * before it turns out truncated are kept.
 *
 * <p>Directories are walked recursively in name order, skipping hidden files, so ids and output
 * order are reproducible. The path {@code -} reads standard input.
 */
public final class Ingestor {

  private final IngestSettings settings;
  private final InputStreamSupplier stdin;

  public Ingestor(IngestSettings settings) {
    this(settings, () -> System.in);
  }

  Ingestor(IngestSettings settings, InputStreamSupplier stdin) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.stdin = stdin;
  }

  public static Ingestor withDefaults() {
    return new Ingestor(IngestSettings.DEFAULTS);
  }

  /** Reads every input in order; never throws for bad content, only reports it. */
  public void ingest(List<Path> inputs, IngestListener listener) {
    Objects.requireNonNull(listener, "listener");
    for (Path input : inputs) {
      if (input.toString().equals("-")) {
        readStdin(listener);
      } else if (Files.isDirectory(input)) {
        for (Path file : listFiles(input, listener)) {
          readFile(file, listener);
        }
      } else {
        readFile(input, listener);
      }
    }
  }

  /** Convenience for tests and small batches: collects documents and problems. */
  public Batch ingest(List<Path> inputs) {
    Collecting collected = new Collecting();
    ingest(inputs, collected);
    return collected.batch();
  }

  /** What one {@link #ingest(List)} or {@link #ingestPage} call read. */
  public record Batch(List<RawDocument> documents, List<IngestProblem> problems) {
    public Batch {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }
  }

  /** A listener that keeps everything it is told. */
  private static final class Collecting implements IngestListener {
    private final List<RawDocument> documents = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();

    @Override
    public void onDocument(RawDocument document) {
      documents.add(document);
    }

    @Override
    public void onProblem(IngestProblem problem) {
      problems.add(problem);
    }

    Batch batch() {
      return new Batch(documents, problems);
    }
  }

  /**
   * Reads one input from a stream, for files that {@link Path} cannot reach (a distributed file
   * system, an upload). The result is the same as reading a file of that name: {@code name} (a path or
   * URI) is the origin in messages, and its last segment without extension is the document id.
   * A WARC, plain or gzip-compressed, is streamed record by record, so it may exceed the file size
   * limit; anything else is read up to {@link IngestSettings#maxFileBytes()}. Never throws for bad
   * content, only reports it; the stream is read but not closed.
   */
  public void ingest(String name, InputStream in, IngestListener listener) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(listener, "listener");
    int slash = name.lastIndexOf('/');
    String stem = Ids.stem(Path.of(name.substring(slash + 1).isEmpty() ? name : name.substring(slash + 1)));
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, STREAM_PEEK_BYTES);
      ContentReader reader = new ContentReader(settings);
      if (Sniffer.isWarc(buffered, STREAM_PEEK_BYTES)) {
        reader.readWarc(buffered, stem, name, listener);
        return;
      }
      reader.read(stem, name, readCapped(buffered, settings.maxFileBytes(), name), listener);
    } catch (IngestException e) {
      listener.onProblem(new IngestProblem(name, e.getMessage()));
    } catch (IOException | RuntimeException e) {
      listener.onProblem(new IngestProblem(name, "cannot read: " + message(e)));
    }
  }

  /**
   * Reads one web page fetched over HTTP (a crawler's response body). Its id is the hash of {@code url},
   * as for a WARC record or a feed entry of that URL, so the same page reached either way is the same
   * article. The charset comes from {@code contentType}, else the page itself; a body that is not HTML
   * or text (by its declared type, or by content when none is declared), is binary, empty or larger
   * than {@link IngestSettings#maxRecordBytes()} is reported, not read. Never throws for bad content.
   *
   * @param hints metadata known from elsewhere, e.g. the feed entry that linked the page
   * @return the page's document, or the problem that kept it out
   */
  public Batch ingestPage(String url, Optional<String> contentType, byte[] body, RawDocument.Hints hints) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(hints, "hints");
    Collecting listener = new Collecting();
    try {
      Optional<String> type = contentType.map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
          .filter(t -> !t.isEmpty());
      if (type.isPresent() && !PAGE_TYPES.contains(type.get())) {
        throw new IngestException("not an HTML or text page (" + type.get() + ")");
      }
      if (body.length == 0) {
        throw new IngestException("empty HTTP body");
      }
      if (body.length > settings.maxRecordBytes()) {
        throw new IngestException("page too large (" + body.length + " bytes; limit " + settings.maxRecordBytes() + ")");
      }
      String text = TextDecoding.decode(body, contentType.flatMap(TextDecoding::charsetParameter),
          settings.maxControlCharRatio());
      if (text.isBlank()) {
        throw new IngestException("no text (only whitespace)");
      }
      boolean html = type.map(t -> !t.equals("text/plain")).orElse(Sniffer.sniffText(text, url) != SourceFormat.TEXT);
      listener.onDocument(new RawDocument(pageId(url), url, html ? SourceFormat.HTML : SourceFormat.TEXT, html, text,
          Optional.of(url), hints));
    } catch (IngestException e) {
      listener.onProblem(new IngestProblem(url, e.getMessage()));
    } catch (RuntimeException e) {
      listener.onProblem(new IngestProblem(url, "cannot read: " + message(e)));
    }
    return listener.batch();
  }

  /** The id {@link #ingestPage} gives the page at {@code url}, as a WARC record or feed entry of that URL gets. */
  public static String pageId(String url) {
    return Ids.hash(Objects.requireNonNull(url, "url"));
  }

  private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

  /** Bytes a stream is buffered by so its head can be sniffed and re-read (one gzip block suffices). */
  private static final int STREAM_PEEK_BYTES = 1 << 16;

  private List<Path> listFiles(Path dir, IngestListener listener) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(dir.relativize(p)))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      listener.onProblem(new IngestProblem(dir.toString(), "cannot list directory: " + message(e)));
      return List.of();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readStdin(IngestListener listener) {
    try {
      byte[] bytes = readCapped(stdin.get(), settings.maxFileBytes(), "-");
      new ContentReader(settings).read("stdin", "-", bytes, listener);
    } catch (IngestException e) {
      listener.onProblem(new IngestProblem("-", e.getMessage()));
    } catch (IOException e) {
      listener.onProblem(new IngestProblem("-", "cannot read standard input: " + message(e)));
    }
  }

  private void readFile(Path file, IngestListener listener) {
    String origin = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(origin);
      }
      ContentReader reader = new ContentReader(settings);
      if (Sniffer.isWarc(file)) {
        reader.readWarc(file, listener);
        return;
      }
      long size = Files.size(file);
      if (size > settings.maxFileBytes() && !Sniffer.isGzip(file)) {
        throw new IngestException(
            "file too large (" + size + " bytes; limit " + settings.maxFileBytes() + ")");
      }
      byte[] bytes;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        bytes = readCapped(in, settings.maxFileBytes(), origin);
      }
      reader.read(Ids.stem(file), origin, bytes, listener);
    } catch (IngestException e) {
      listener.onProblem(new IngestProblem(origin, e.getMessage()));
    } catch (NoSuchFileException e) {
      listener.onProblem(new IngestProblem(origin, "no such file"));
    } catch (IOException | RuntimeException e) {
      listener.onProblem(new IngestProblem(origin, "cannot read: " + message(e)));
    }
  }

  static byte[] readCapped(InputStream in, long limit, String origin) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
    if (bytes.length > limit) {
      throw new IngestException("input too large (more than " + limit + " bytes)");
    }
    return bytes;
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip());
  }

  @FunctionalInterface
  interface InputStreamSupplier {
    InputStream get() throws IOException;
  }
}
