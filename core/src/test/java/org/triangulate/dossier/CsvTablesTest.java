package org.triangulate.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The incident and claim tables: columns, figures with their status, RFC 4180 quoting. */
class CsvTablesTest {

  private static Claim typed(String text, String slot, String value, Claim.Status status, List<String> sources,
      List<String> independent, List<Claim.Conflict> conflicts, List<Claim.Conflict> updates) {
    return new Claim(text, sources, independent, status, conflicts, List.of(), updates, Optional.empty(), List.of(),
        Optional.of(slot), Optional.ofNullable(value));
  }

  private static DossierArticle article(String id, List<Derivation> derivedFrom) {
    return new DossierArticle(id, "Title " + id, Optional.empty(), Optional.of(LocalDate.of(2024, 5, 2)),
        Optional.empty(), "Body of " + id, derivedFrom, id + ".txt", Optional.empty(), Optional.empty(), List.of());
  }

  /** Invented: a harbour explosion reported by three articles (c copies a), and a quiet council meeting. */
  static Dossier dossier() {
    Claim killed = typed("Twelve people were killed", "killed", "12", Claim.Status.CORROBORATED,
        List.of("a", "b", "c"), List.of("a", "b"), List.of(), List.of());
    Claim injured = typed("Injured: reports disagree (30 vs 45)", "injured", null, Claim.Status.CONTRADICTED,
        List.of("a", "b"), List.of("a", "b"),
        List.of(new Claim.Conflict("30", List.of("a")), new Claim.Conflict("45", List.of("b"))), List.of());
    Claim arrested = typed("Five people were arrested", "arrested", "5", Claim.Status.SINGLE_SOURCE,
        List.of("a", "b"), List.of("b"), List.of(),
        List.of(new Claim.Conflict("3", List.of("a")), new Claim.Conflict("5", List.of("b"))));
    Claim plain = new Claim("The port was closed, \"until further notice\"", List.of("b"), List.of("b"),
        Claim.Status.SINGLE_SOURCE, List.of());
    CopyGraph graph = new CopyGraph(List.of(new CopyGraph.Group("a", List.of("a", "c", "b"), List.of(
        new CopyGraph.Edge("c", "a", Derivation.Relation.COPY, 0.98),
        new CopyGraph.Edge("b", "a", Derivation.Relation.PARTIAL, 0.4)))));
    Event blast = new Event("e1", "Explosion at the harbour", Optional.of(LocalDate.of(2024, 5, 1)),
        Optional.of(LocalDate.of(2024, 5, 2)), Optional.of("Port Alder"), "s1", List.of("a", "b", "c"),
        List.of(new EntityRef("Harbour Authority", "ORG", Optional.empty()),
            new EntityRef("Port Alder", "LOCATION", Optional.empty()),
            new EntityRef("Mara Quill", "PERSON", Optional.of("harbour master"))),
        List.of(killed, injured, arrested, plain), List.of(), graph);
    Event council = new Event("e2", "Council meets", Optional.empty(), Optional.empty(), Optional.empty(), "s2",
        List.of("d"), List.of(), List.of(), List.of());
    return new Dossier(List.of(article("a", List.of()),
        article("b", List.of(new Derivation("a", Derivation.Relation.PARTIAL, 0.4))),
        article("c", List.of(new Derivation("a", Derivation.Relation.COPY, 0.98))), article("d", List.of())),
        List.of(blast, council),
        List.of(new Story("s1", "Harbour, blast", List.of("e1")), new Story("s2", "Council", List.of("e2"))));
  }

  private static String csv(Dossier d, DossierTable table) {
    StringWriter w = new StringWriter();
    DossierWriter.writeCsv(d, table, w);
    return w.toString();
  }

  /** Parses CSV back with Jackson's reader (RFC 4180 rules), one list per record. */
  static List<List<String>> parse(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      while (it.hasNext()) {
        rows.add(List.of(it.next()));
      }
    }
    return rows;
  }

  private static Map<String, String> row(List<List<String>> rows, int i) {
    Map<String, String> m = new HashMap<>();
    for (int c = 0; c < rows.get(0).size(); c++) {
      m.put(rows.get(0).get(c), rows.get(i).get(c));
    }
    return m;
  }

  @Test
  void incidentTableHasAHeaderAndOneRowPerEvent() throws IOException {
    List<List<String>> rows = parse(csv(dossier(), DossierTable.EVENTS));
    assertEquals(3, rows.size());
    assertEquals(List.of("event", "title", "date", "end_date", "location", "actors", "killed", "killed_status",
        "injured", "injured_status", "missing", "missing_status", "arrested", "arrested_status", "displaced",
        "displaced_status", "homes_destroyed", "homes_destroyed_status", "magnitude", "magnitude_status", "money",
        "money_status", "sources", "independent_sources", "story", "story_title", "notes"), rows.get(0));
    Map<String, String> e1 = row(rows, 1);
    assertEquals("e1", e1.get("event"));
    assertEquals("2024-05-01", e1.get("date"));
    assertEquals("2024-05-02", e1.get("end_date"));
    assertEquals("Port Alder", e1.get("location"));
    assertEquals("Harbour Authority; Mara Quill", e1.get("actors"), "places are not actors");
    assertEquals("Harbour, blast", e1.get("story_title"));
    Map<String, String> e2 = row(rows, 2);
    assertEquals("", e2.get("date"));
    assertEquals("", e2.get("killed"));
    assertEquals("", e2.get("killed_status"));
    assertEquals("1", e2.get("sources"));
  }

  @Test
  void figuresCarryTheirStatusAndAContradictionShowsBothValues() throws IOException {
    Map<String, String> e1 = row(parse(csv(dossier(), DossierTable.EVENTS)), 1);
    assertEquals("12", e1.get("killed"));
    assertEquals("corroborated", e1.get("killed_status"));
    assertEquals("30; 45", e1.get("injured"));
    assertEquals("contradicted", e1.get("injured_status"));
    assertEquals("", e1.get("missing"));
  }

  @Test
  void anUpdateShowsTheLatestValueAndIsNoted() throws IOException {
    Map<String, String> e1 = row(parse(csv(dossier(), DossierTable.EVENTS)), 1);
    assertEquals("5", e1.get("arrested"));
    assertEquals("single-source", e1.get("arrested_status"));
    assertEquals("arrested updated: 3 then 5", e1.get("notes"));
  }

  @Test
  void copiesCountWithTheirOriginalButPartialReuseStaysIndependent() throws IOException {
    Map<String, String> e1 = row(parse(csv(dossier(), DossierTable.EVENTS)), 1);
    assertEquals("3", e1.get("sources"));
    assertEquals("2", e1.get("independent_sources"), "c copies a; b only reuses part of a");
  }

  @Test
  void theStrongestClaimOfASlotGivesTheFigureAndTheOthersAreNoted() {
    Claim weak = typed("Ten killed", "killed", "10", Claim.Status.SINGLE_SOURCE, List.of("x"), List.of("x"),
        List.of(), List.of());
    Claim strong = typed("Twelve killed", "killed", "12", Claim.Status.CORROBORATED, List.of("y", "z"),
        List.of("y", "z"), List.of(), List.of());
    CsvTables.Figure f = CsvTables.Figure.of("killed", List.of(weak, strong));
    assertEquals("12", f.value());
    assertEquals("corroborated", f.status());
    assertEquals(List.of("killed also 10 (single-source)"), f.notes());
  }

  @Test
  void claimsTableHasOneRowPerClaimWithValuesAndSources() throws IOException {
    List<List<String>> rows = parse(csv(dossier(), DossierTable.CLAIMS));
    assertEquals(5, rows.size(), "header and four claims");
    assertEquals(CsvTables.CLAIM_HEADER, rows.get(0));
    Map<String, String> injured = row(rows, 2);
    assertEquals("e1", injured.get("event"));
    assertEquals("injured", injured.get("slot"));
    assertEquals("", injured.get("value"));
    assertEquals("contradicted", injured.get("status"));
    assertEquals("30 (a); 45 (b)", injured.get("conflicts"));
    assertEquals("2", injured.get("independent_sources"));
    assertEquals("a; b", injured.get("source_ids"));
    Map<String, String> arrested = row(rows, 3);
    assertEquals("3 (a); 5 (b)", arrested.get("updates"));
    Map<String, String> plain = row(rows, 4);
    assertEquals("The port was closed, \"until further notice\"", plain.get("claim"));
    assertEquals("", plain.get("slot"));
  }

  @Test
  void quotingFollowsRfc4180() {
    Event e = new Event("q", "Comma, \"quote\"\nand a line break", Optional.empty(), Optional.empty(),
        Optional.empty(), "s", List.of("a"), List.of(), List.of(), List.of());
    String out = csv(new Dossier(List.of(), List.of(e), List.of()), DossierTable.EVENTS);
    String[] records = out.split("\r\n(?=q,|$)");
    assertTrue(out.endsWith("\r\n"), "CRLF after every record");
    assertTrue(records[1].startsWith("q,\"Comma, \"\"quote\"\"\nand a line break\",,,,,"), records[1]);
    assertTrue(out.startsWith("event,title,date,"), out);
  }

  @Test
  void wouldBeFormulasGetALeadingApostropheButNumbersDoNot() {
    assertEquals("'=HYPERLINK(\"http://x\")", CsvTables.guarded("=HYPERLINK(\"http://x\")"));
    assertEquals("'@SUM(A1)", CsvTables.guarded("@SUM(A1)"));
    assertEquals("'+1 more", CsvTables.guarded("+1 more"));
    assertEquals("-5", CsvTables.guarded("-5"));
    assertEquals("12", CsvTables.guarded("12"));
    assertEquals("", CsvTables.guarded(""));
    assertEquals("Plain", CsvTables.guarded("Plain"));
  }

  @Test
  void anEmptyDossierGivesTheHeaderOnly() throws IOException {
    Dossier empty = new Dossier(List.of(), List.of(), List.of());
    assertEquals(List.of(CsvTables.eventHeader()), parse(csv(empty, DossierTable.EVENTS)));
    assertEquals(List.of(CsvTables.CLAIM_HEADER), parse(csv(empty, DossierTable.CLAIMS)));
  }

  @Test
  void leavesTheWriterOpen() throws IOException {
    java.io.Writer w = new java.io.BufferedWriter(new StringWriter()) {
      @Override
      public void close() {
        throw new AssertionError("the caller's writer was closed");
      }
    };
    DossierWriter.writeCsv(dossier(), DossierTable.CLAIMS, w);
    DossierWriter.write(dossier(), DossierFormat.JSONL, w);
    w.write("still open");
    w.flush();
  }

  @Test
  void csvFormatMeansTheIncidentTable() {
    StringWriter w = new StringWriter();
    DossierWriter.write(dossier(), DossierFormat.CSV, w);
    assertEquals(csv(dossier(), DossierTable.EVENTS), w.toString());
    assertEquals(DossierTable.CLAIMS, DossierTable.parse(" Claims "));
    assertThrows(IllegalArgumentException.class, () -> DossierTable.parse("rows"));
  }

  /** Randomised (fixed seed): any text in any cell reads back as written (apart from the formula guard). */
  @Test
  void randomCellsReadBackUnchanged() throws IOException {
    Random random = new Random(20261204);
    String alphabet = "ab ,\"\r\n\t;'=+-@é字\u2028";
    for (int round = 0; round < 200; round++) {
      String title = randomText(random, alphabet);
      String place = randomText(random, alphabet);
      Event e = new Event("e" + round, title, Optional.empty(), Optional.empty(), Optional.of(place), "s",
          List.of("a"), List.of(), List.of(), List.of());
      List<List<String>> rows = parse(csv(new Dossier(List.of(), List.of(e), List.of()), DossierTable.EVENTS));
      assertEquals(2, rows.size(), "one record for " + title);
      Map<String, String> r = row(rows, 1);
      assertEquals(CsvTables.guarded(title), r.get("title"));
      assertEquals(CsvTables.guarded(place), r.get("location"));
    }
  }

  private static String randomText(Random random, String alphabet) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
