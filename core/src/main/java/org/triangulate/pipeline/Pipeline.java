package org.triangulate.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.article.Article;
import org.triangulate.dedup.Provenance;
import org.triangulate.dedup.ProvenanceReport;
import org.triangulate.dossier.Dossier;
import org.triangulate.dossier.DossierArticle;
import org.triangulate.dossier.Event;
import org.triangulate.dossier.Story;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.extract.ExtractionException;
import org.triangulate.ingest.IngestListener;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.RawDocument;

/**
 * Front door of the whole pipeline: inputs in, {@link Dossier} out.
 *
 * <p>Stages: ingest, clean, provenance (who copied whom, {@link Provenance}), then assembly of the
 * dossier. A bad input is reported through the
 * {@link PipelineListener} and skipped; the rest of the batch goes on. Reading the same article twice
 * (same id and same content) keeps it once, so re-running over overlapping inputs is idempotent; two
 * different documents that share a file name keep both, the second with a suffix.
 */
public final class Pipeline {
  private final Ingestor ingestor;
  private final ArticleExtractor extractor;
  private final Provenance provenance;

  public Pipeline(Ingestor ingestor, ArticleExtractor extractor, Provenance provenance) {
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /** With {@link Provenance#withDefaults()} (in-process sentence embeddings). */
  public Pipeline(Ingestor ingestor, ArticleExtractor extractor) {
    this(ingestor, extractor, Provenance.withDefaults());
  }

  public static Pipeline withDefaults() {
    return new Pipeline(Ingestor.withDefaults(), ArticleExtractor.withDefaults(), Provenance.withDefaults());
  }

  /** What one run produced. {@code articles} are the cleaned articles in input order. */
  public record Result(Dossier dossier, List<Article> articles, List<IngestProblem> problems,
      ProvenanceReport provenance) {
    public Result {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
      Objects.requireNonNull(provenance, "provenance");
    }
  }

  /** Reads, cleans and analyses {@code inputs} (files, directories, or {@code -} for stdin). */
  public Result run(List<Path> inputs, PipelineListener listener) {
    Collector collector = new Collector(listener);
    ingestor.ingest(inputs, collector);
    return analyse(collector.articles, collector.problems, listener);
  }

  /** Cleans and analyses documents already read. */
  public Result runDocuments(List<RawDocument> documents, PipelineListener listener) {
    Collector collector = new Collector(listener);
    documents.forEach(collector::onDocument);
    return analyse(collector.articles, collector.problems, listener);
  }

  /** Analyses articles already cleaned: provenance, events, stories, dossier. */
  public Result analyse(List<Article> articles, List<IngestProblem> problems, PipelineListener listener) {
    listener.onStage("provenance", articles.size());
    ProvenanceReport provenance = this.provenance.analyse(articles);
    listener.onStage("dossier", articles.size());
    Dossier dossier = assemble(articles, provenance);
    return new Result(dossier, articles, problems, provenance);
  }

  private Dossier assemble(List<Article> articles, ProvenanceReport provenance) {
    List<DossierArticle> out = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    int n = 0;
    for (Article a : articles) {
      n++;
      out.add(new DossierArticle(a.id(), a.title(), a.outlet(), a.published(), a.byline(), a.body(),
          provenance.derivedFrom(a.id()), a.origin(), a.url(), a.dateline(), a.removed()));
      // One event and one story per article until event clustering lands (issue 4).
      String eventId = "e" + n;
      String storyId = "s" + n;
      Optional<LocalDate> date = a.published();
      events.add(new Event(eventId, a.title(), date, date, a.dateline(), storyId, List.of(a.id()),
          List.of(), List.of(), List.of(), provenance.copyGraph(List.of(a.id()))));
      stories.add(new Story(storyId, a.title(), List.of(eventId)));
    }
    return new Dossier(out, events, stories, provenance.copyGraph());
  }

  /** Cleans documents as they arrive, keeping ids unique and repeats out. */
  private final class Collector implements IngestListener {
    private final PipelineListener listener;
    /** id -> digests of the distinct contents seen under that id, in arrival order. */
    private final Map<String, List<String>> digestsById = new HashMap<>();
    final List<Article> articles = new ArrayList<>();
    final List<IngestProblem> problems = new ArrayList<>();

    Collector(PipelineListener listener) {
      this.listener = listener;
    }

    @Override
    public void onDocument(RawDocument document) {
      String digest = digest(document.content());
      List<String> digests = digestsById.computeIfAbsent(document.id(), k -> new ArrayList<>());
      if (digests.contains(digest)) {
        return; // the same article again: idempotent
      }
      digests.add(digest);
      RawDocument doc = document;
      if (digests.size() > 1) {
        doc = new RawDocument(doc.id() + "~" + digests.size(), doc.origin(), doc.format(), doc.html(),
            doc.content(), doc.url(), doc.hints());
      }
      try {
        Article a = extractor.extract(doc);
        articles.add(a);
        listener.onArticle(a);
      } catch (ExtractionException e) {
        onProblem(new IngestProblem(doc.origin(), "no article text found after cleaning"));
      } catch (RuntimeException e) {
        onProblem(new IngestProblem(doc.origin(), "cannot clean: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      }
    }

    @Override
    public void onProblem(IngestProblem problem) {
      problems.add(problem);
      listener.onProblem(problem);
    }
  }

  private static String digest(String content) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
