package org.triangulate.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.dossier.DossierJson;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.pipeline.PipelineListener;
import org.triangulate.spark.bench.SyntheticCorpus;
import org.triangulate.testing.SharedData;
import org.triangulate.testing.WarcFixtures;

/** The Spark job gives exactly what the single-machine pipeline gives on the same inputs. */
class SparkPipelineTest {
  @TempDir Path dir;

  private static void assertSameAsSingleMachine(List<Path> inputs) {
    Pipeline.Result expected = Pipeline.withDefaults().run(inputs, PipelineListener.NONE);
    SparkResult actual = new SparkPipeline(LocalSpark.get(), SparkSettings.DEFAULTS)
        .run(inputs.stream().map(Path::toString).toList());
    try {
      assertEquals(expected.articles(), actual.collectArticles(), "articles");
      assertEquals(expected.problems(), actual.collectProblems(), "problems");
      assertEquals(DossierJson.toJson(expected.dossier()), DossierJson.toJson(actual.dossier()), "dossier JSON");
    } finally {
      actual.release();
    }
  }

  @Test
  void seedsGiveTheSingleMachineResult() {
    Path seeds = SharedData.require("seeds");
    assertSameAsSingleMachine(List.of(seeds));
  }

  @Test
  void generatedCorpusGivesTheSingleMachineResult() throws IOException {
    SyntheticCorpus.Written written = new SyntheticCorpus(600, 100, 3, 42).write(dir.resolve("corpus"));
    assertTrue(written.files().stream().anyMatch(f -> f.toString().endsWith(".warc.gz")), "WARC files generated");
    assertSameAsSingleMachine(List.of(dir.resolve("corpus")));
  }

  @Test
  void messyInputsGiveTheSameArticlesProblemsAndIds() throws IOException {
    String html = "<!doctype html><html><head><title>Flood in Rivertown</title></head><body><article>"
        + "<p>Heavy rain flooded the lower town on Monday, officials said, and roads were closed.</p></article></body></html>";
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Talks resume\n\nThe two delegations met in the capital on Tuesday.");
    Files.createDirectories(in.resolve("sub"));
    // same id "a", other content: becomes a~2 on both sides
    Files.writeString(in.resolve("sub/a.txt"), "Other story\n\nA different report about a harbour fire.");
    Files.writeString(in.resolve(".hidden.txt"), "Never read\n\nHidden files are skipped.");
    Files.write(in.resolve("junk.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 9});
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"j1\",\"title\":\"T\",\"text\":\"Body one is here.\"}\n"
        + "{broken\n{\"id\":\"j2\",\"text\":\"<p></p>\"}\n{\"id\":\"j1\",\"title\":\"T\",\"text\":\"Body one is here.\"}\n");
    byte[] warc = WarcFixtures.warc(WarcFixtures.response("https://example.org/a", html),
        WarcFixtures.response("https://example.org/b", html.replace("Monday", "Tuesday")));
    Files.write(in.resolve("crawl.warc.gz"), gzip(warc));
    Files.write(in.resolve("cut.warc"), java.util.Arrays.copyOf(warc, warc.length - 60));
    // the directory again, a missing path, and a single file: repeats are dropped, order kept
    assertSameAsSingleMachine(List.of(in, dir.resolve("missing.txt"), in.resolve("a.txt"), in));
  }

  @Test
  void parquetOutputHoldsEveryArticleWithItsFields() throws IOException {
    SyntheticCorpus.Written written = new SyntheticCorpus(120, 40, 2, 7).write(dir.resolve("c"));
    SparkResult result = new SparkPipeline(LocalSpark.get(), SparkSettings.DEFAULTS).run(List.of(dir.resolve("c").toString()));
    try {
      String out = dir.resolve("out").toString();
      result.writeParquet(out);
      List<Row> rows = LocalSpark.get().read().parquet(out + "/articles").orderBy("file_index", "seq").collectAsList();
      var expected = result.collectArticles();
      assertEquals(written.documents(), expected.size());
      assertEquals(expected, rows.stream().map(Rows::toArticle).toList());
      assertEquals(0, LocalSpark.get().read().parquet(out + "/problems").count());
    } finally {
      result.release();
    }
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
