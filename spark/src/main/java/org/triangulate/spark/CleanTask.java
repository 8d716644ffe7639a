package org.triangulate.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.triangulate.article.Article;
import org.triangulate.extract.ArticleExtractor;
import org.triangulate.extract.ExtractionException;
import org.triangulate.ingest.IngestListener;
import org.triangulate.ingest.IngestProblem;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.RawDocument;

/**
 * The parallel read-and-clean stage: for each input file of a partition, the core {@link Ingestor}
 * streams it (a WARC record by record) and the core {@link ArticleExtractor} cleans each document.
 * Emits {@link Rows#CLEANED} rows; a file or document that cannot be read or cleaned becomes a
 * problem row with the same message the single-machine pipeline gives, and the task goes on.
 */
final class CleanTask implements FlatMapFunction<Iterator<InputFile>, Row> {
  private static final long serialVersionUID = 1L;
  private final HadoopConf conf;

  CleanTask(HadoopConf conf) {
    this.conf = conf;
  }

  @Override
  public Iterator<Row> call(Iterator<InputFile> files) {
    Configuration hadoop = conf.get();
    Ingestor ingestor = Ingestor.withDefaults();
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    // lazily, one file at a time: a partition never holds more than one file's records
    return new Iterator<>() {
      private Iterator<Row> current = List.<Row>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          current = readFile(files.next(), hadoop, ingestor, extractor).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  static List<Row> readFile(InputFile file, Configuration hadoop, Ingestor ingestor, ArticleExtractor extractor) {
    List<Row> out = new ArrayList<>();
    IngestListener listener = new IngestListener() {
      @Override
      public void onDocument(RawDocument doc) {
        int seq = out.size();
        String hash = doc.contentDigest();
        try {
          Article a = extractor.extract(doc);
          out.add(Rows.article(file.index(), seq, hash, a));
        } catch (ExtractionException e) {
          out.add(Rows.documentProblem(file.index(), seq, doc.id(), hash,
              new IngestProblem(doc.origin(), "no article text found after cleaning")));
        } catch (RuntimeException e) {
          out.add(Rows.documentProblem(file.index(), seq, doc.id(), hash,
              new IngestProblem(doc.origin(), "cannot clean: " + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
        }
      }

      @Override
      public void onProblem(IngestProblem problem) {
        out.add(Rows.fileProblem(file.index(), out.size(), problem));
      }
    };
    Path path = new Path(file.uri());
    try (InputStream in = path.getFileSystem(hadoop).open(path)) {
      ingestor.ingest(file.name(), in, listener);
    } catch (java.io.FileNotFoundException e) {
      listener.onProblem(new IngestProblem(file.name(), "no such file"));
    } catch (IOException | RuntimeException e) {
      listener.onProblem(new IngestProblem(file.name(), "cannot read: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }
    return out;
  }
}
