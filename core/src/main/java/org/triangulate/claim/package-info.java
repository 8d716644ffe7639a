/**
 * Claims and corroboration: atomic statements extracted from the articles of one event, matched
 * across articles (paraphrases of one fact are one claim), counted over independent sources only
 * (copies and rewrites count with their original), checked for conflicting numbers, dates and names
 * (kept apart from updates), plus a cited summary and dated background facts.
 *
 * <p>Front door {@link org.triangulate.claim.Corroborator}. What it needs from other stages comes in
 * through two small interfaces: {@link org.triangulate.claim.Lineage} (who was copied or rewritten
 * from whom) and {@link org.triangulate.claim.Annotator} (names, dates and figures of a sentence).
 */
@NullMarked
package org.triangulate.claim;

import org.jspecify.annotations.NullMarked;
