package org.triangulate.entity;

import java.util.List;

/**
 * Service interface for a statistical named-entity recogniser, discovered with
 * {@link java.util.ServiceLoader} (register the implementation in
 * {@code META-INF/services/org.triangulate.entity.NerProvider}). The optional {@code nlp-corenlp}
 * module provides Stanford CoreNLP's recogniser this way; core itself never depends on it.
 *
 * <p>Implementations must be thread-safe, must not print, and should throw {@link NerException} when
 * their models cannot be loaded, so the extractor can fall back to its rules.
 */
public interface NerProvider {

  /** Short name for reports ("corenlp"). */
  String name();

  /** Entity spans in {@code text}; offsets index into {@code text}. */
  List<NerSpan> find(String text);

  /** A recogniser that could not run (missing models, out of memory). */
  final class NerException extends RuntimeException {
    public NerException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
