package org.triangulate.dossier;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dossier as CSV tables (RFC 4180: a header row, comma separated, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled), written with Jackson's CSV dataformat.
 *
 * <p>Lists inside a cell (actors, source ids, competing values) are joined with {@code "; "}. A cell
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * and is not a plain number gets a leading {@code '}, so that a page's text cannot smuggle in a formula.
 */
final class CsvTables {
  /** Never closes the caller's writer (it may be stdout). */
  private static final CsvMapper CSV = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final CsvSchema RFC_4180 = CsvSchema.emptySchema().withLineSeparator("\r\n");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  static final String JOIN = "; ";

  private CsvTables() {}

  /** Header of the events table: the fixed columns around two per typed figure ({@code killed}, {@code killed_status}, …). */
  static List<String> eventHeader() {
    List<String> h = new ArrayList<>(List.of("event", "title", "date", "end_date", "location", "actors"));
    for (String slot : Claim.SLOTS) {
      h.add(slot);
      h.add(slot + "_status");
    }
    h.addAll(List.of("sources", "independent_sources", "story", "story_title", "notes"));
    return List.copyOf(h);
  }

  static final List<String> CLAIM_HEADER = List.of("event", "claim", "slot", "value", "status", "conflicts",
      "updates", "sources", "independent_sources", "source_ids", "independent_source_ids", "unsupported", "notes");

  static void write(Dossier d, DossierTable table, Writer out) {
    List<List<String>> rows = new ArrayList<>();
    switch (table) {
      case EVENTS -> {
        rows.add(eventHeader());
        Map<String, Story> storyOf = new HashMap<>();
        d.stories().forEach(s -> storyOf.put(s.id(), s));
        Map<String, List<Derivation>> derivedFrom = new HashMap<>();
        d.articles().forEach(a -> derivedFrom.put(a.id(), a.derivedFrom()));
        for (Event e : d.events()) {
          rows.add(eventRow(e, Optional.ofNullable(storyOf.get(e.story())), derivedFrom));
        }
      }
      case CLAIMS -> {
        rows.add(CLAIM_HEADER);
        for (Event e : d.events()) {
          for (Claim c : e.claims()) {
            rows.add(claimRow(e, c));
          }
        }
      }
    }
    try (SequenceWriter w = CSV.writerFor(String[].class).with(RFC_4180).writeValues(out)) {
      for (List<String> row : rows) {
        w.write(row.stream().map(CsvTables::guarded).toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> eventRow(Event e, Optional<Story> story, Map<String, List<Derivation>> derivedFrom) {
    List<String> row = new ArrayList<>();
    row.add(e.id());
    row.add(e.title());
    row.add(e.date().map(LocalDate::toString).orElse(""));
    row.add(e.endDate().map(LocalDate::toString).orElse(""));
    row.add(e.location().orElse(""));
    row.add(String.join(JOIN, e.entities().stream().filter(x -> !x.type().equals("LOCATION"))
        .map(EntityRef::name).distinct().toList()));
    List<String> notes = new ArrayList<>();
    for (String slot : Claim.SLOTS) {
      Figure f = Figure.of(slot, e.claims());
      row.add(f.value());
      row.add(f.status());
      notes.addAll(f.notes());
    }
    row.add(Integer.toString(e.articles().size()));
    row.add(Integer.toString(independentSources(e, derivedFrom)));
    row.add(e.story());
    row.add(story.map(Story::title).orElse(""));
    row.add(String.join(JOIN, notes));
    return row;
  }

  static List<String> claimRow(Event e, Claim c) {
    return List.of(e.id(), c.text(), c.slot().orElse(""), c.value().orElse(""), c.status().label(),
        values(c.conflicts()), values(c.updates()), Integer.toString(c.sources().size()),
        Integer.toString(c.independentSources().size()), String.join(JOIN, c.sources()),
        String.join(JOIN, c.independentSources()), c.unsupported().orElse(""), String.join(JOIN, c.notes()));
  }

  /** {@code 12 (a, b); 15 (c)}: each value with the articles giving it. */
  private static String values(List<Claim.Conflict> values) {
    return String.join(JOIN, values.stream().map(v -> v.value() + " (" + String.join(", ", v.sources()) + ")").toList());
  }

  /**
   * The event's articles once copies, near duplicates and paraphrases count with their original: each
   * article joins the group of its strongest such source among the event's articles (as the claim
   * stage groups them); partial reuse keeps an article independent.
   */
  static int independentSources(Event e, Map<String, List<Derivation>> derivedFrom) {
    Map<String, String> parent = new HashMap<>();
    e.articles().forEach(a -> parent.put(a, a));
    int components = parent.size();
    for (String id : parent.keySet().toArray(String[]::new)) {
      Optional<String> source = derivedFrom.getOrDefault(id, List.of()).stream()
          .filter(d -> d.relation() != Derivation.Relation.PARTIAL && parent.containsKey(d.id()) && !d.id().equals(id))
          .map(Derivation::id).findFirst();
      if (source.isPresent()) {
        String a = root(parent, id);
        String b = root(parent, source.get());
        if (!a.equals(b)) {
          parent.put(a, b);
          components--;
        }
      }
    }
    return components;
  }

  private static String root(Map<String, String> parent, String id) {
    String x = id;
    while (!parent.get(x).equals(x)) {
      String up = parent.get(parent.get(x));
      parent.put(x, up);
      x = up;
    }
    return x;
  }

  /** The cell as written: a would-be formula gets a leading apostrophe. */
  static String guarded(String cell) {
    if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }

  /**
   * One typed figure of an event as the incident table shows it.
   *
   * @param value the agreed value; for a contradiction the competing values joined; empty when no claim has the slot
   * @param status the claim's status label, or empty
   * @param notes remarks: an update's earlier values, further claims of the same slot
   */
  record Figure(String value, String status, List<String> notes) {
    Figure {
      notes = List.copyOf(notes);
    }

    /**
     * The figure for {@code slot}: from the claim with that slot that has the most independent sources
     * (then the most sources, then the first); other claims of the slot go to the notes.
     */
    static Figure of(String slot, List<Claim> claims) {
      List<Claim> typed = claims.stream().filter(c -> c.slot().filter(slot::equals).isPresent()).toList();
      if (typed.isEmpty()) {
        return new Figure("", "", List.of());
      }
      Claim best = strongest(typed);
      List<String> notes = new ArrayList<>();
      String value;
      if (best.status() == Claim.Status.CONTRADICTED && !best.conflicts().isEmpty()) {
        value = String.join(JOIN, best.conflicts().stream().map(Claim.Conflict::value).distinct().toList());
      } else if (best.value().isPresent()) {
        value = best.value().get();
      } else {
        value = best.updates().isEmpty() ? "" : best.updates().get(best.updates().size() - 1).value();
      }
      if (!best.updates().isEmpty()) {
        notes.add(slot + " updated: " + String.join(" then ", best.updates().stream().map(Claim.Conflict::value).toList()));
      }
      for (Claim c : typed) {
        if (c != best) {
          notes.add(slot + " also " + c.value().orElse(c.text()) + " (" + c.status().label() + ")");
        }
      }
      return new Figure(value, best.status().label(), notes);
    }

    private static Claim strongest(List<Claim> claims) {
      Claim best = claims.get(0);
      for (Claim c : claims) {
        int independent = Integer.compare(c.independentSources().size(), best.independentSources().size());
        if (independent > 0 || independent == 0 && c.sources().size() > best.sources().size()) {
          best = c;
        }
      }
      return best;
    }
  }
}
