package org.triangulate.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/** Front door of rendering: writes a {@link Dossier} in one of the {@link DossierFormat}s. */
public final class DossierWriter {
  private DossierWriter() {}

  /** Writes {@code dossier} as {@code format}; {@link DossierFormat#CSV} gives the events table. */
  public static void write(Dossier dossier, DossierFormat format, Writer out) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(out, "out");
    switch (format) {
      case JSON -> DossierJson.write(dossier, out);
      case MARKDOWN -> MarkdownRenderer.render(dossier, out);
      case HTML -> HtmlRenderer.render(dossier, out);
      case CSV -> CsvTables.write(dossier, DossierTable.EVENTS, out);
      case JSONL -> JsonLines.write(dossier, out);
    }
    flush(out);
  }

  /**
   * Writes one table of {@code dossier} as CSV (RFC 4180, header row first); see {@link DossierTable}
   * and README for the columns.
   */
  public static void writeCsv(Dossier dossier, DossierTable table, Writer out) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    CsvTables.write(dossier, table, out);
    flush(out);
  }

  private static void flush(Writer out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
