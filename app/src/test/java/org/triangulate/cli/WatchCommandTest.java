package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.watch.FakeSite;

/** {@code triangulate watch --once} against a loopback site. */
class WatchCommandTest {
  @TempDir Path tmp;
  FakeSite site;

  @BeforeEach
  void start() throws Exception {
    site = new FakeSite();
    site.put("/news/a.html", FakeSite.Resource.of("text/html", FakeSite.page("Regatta draws crowds", "a regatta")));
    site.put("/feed.xml", FakeSite.Resource.of("application/rss+xml", FakeSite.rss("Harbour Times",
        List.<String[]>of(new String[] {site.url("/news/a.html"), "Regatta draws crowds"}))).withEtag("\"1\""));
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private IngestCommandTest.Run watch(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("watch", "--store", tmp.resolve("store").toString(), "--once",
        "--no-semantic", "--host-delay", "0s"));
    args.addAll(List.of(more));
    return IngestCommandTest.run(args.toArray(String[]::new));
  }

  @Test
  void oncePrintsStoredArticlesAndLogsWhatItDid() {
    IngestCommandTest.Run r = watch(site.url("/feed.xml"));
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(1, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("added\t") && lines.get(0).endsWith("\t" + site.url("/news/a.html")), r.out());
    assertTrue(r.err().contains("1 pages listed, 1 new"), r.err());
    assertTrue(r.err().contains("pass done: 1 sources"), r.err());

    IngestCommandTest.Run again = watch(site.url("/feed.xml"));
    assertEquals(0, again.exit(), again.err());
    assertEquals("", again.out());
    assertTrue(again.err().contains("not modified"), again.err());
  }

  @Test
  void readsSourcesFromAFileWithComments() throws Exception {
    Path feeds = Files.writeString(tmp.resolve("feeds.txt"), "# our sources\n\n" + site.url("/feed.xml") + "\n");
    IngestCommandTest.Run r = watch("--feeds", feeds.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.out().lines().count(), r.out());
  }

  @Test
  void exitsTwoWhenNoSourceCouldBeRead() {
    IngestCommandTest.Run r = watch(site.url("/missing.xml"));
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("/missing.xml: HTTP 404"), r.err());
  }

  @Test
  void usageErrorsNameTheProblem() {
    IngestCommandTest.Run none = watch();
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("no sources"), none.err());
    IngestCommandTest.Run ftp = watch("ftp://files.example/feed.xml");
    assertEquals(2, ftp.exit());
    assertTrue(ftp.err().contains("not an http(s) URL: 'ftp://files.example/feed.xml'"), ftp.err());
    IngestCommandTest.Run interval = watch("--interval", "soon", site.url("/feed.xml"));
    assertEquals(2, interval.exit());
    assertTrue(interval.err().contains("'soon' is not a duration"), interval.err());
    IngestCommandTest.Run missing = watch("--feeds", tmp.resolve("nofile.txt").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("cannot read the list of sources"), missing.err());
  }
}
