package org.triangulate.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/** Front door of rendering: writes a {@link Dossier} in one of the {@link DossierFormat}s. */
public final class DossierWriter {
  private DossierWriter() {}

  public static void write(Dossier dossier, DossierFormat format, Writer out) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(out, "out");
    switch (format) {
      case JSON -> DossierJson.write(dossier, out);
      case MARKDOWN -> MarkdownRenderer.render(dossier, out);
      case HTML -> HtmlRenderer.render(dossier, out);
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
