/**
 * Temporal expressions: finding dates, times, durations and sets in text and normalising them to
 * TIMEX3 values against the document creation time (the publication date). Front door
 * {@link org.triangulate.time.TemporalTagger}; results are {@link org.triangulate.time.Timex} records.
 */
@NullMarked
package org.triangulate.time;

import org.jspecify.annotations.NullMarked;
