/**
 * Claims and corroboration: the checkable statements of the articles of one event, matched across
 * articles by meaning (one fact stated in other words is one claim), counted over independent sources
 * only (copies and rewrites count with their original), with typed values (counts, money, measures,
 * magnitudes, names) checked for conflicts and kept apart from updates, plus a cited summary and dated
 * background facts.
 *
 * <p>Front door {@link org.triangulate.claim.Corroborator}; it reads the text layer's
 * {@link org.triangulate.text.AnalyzedArticle}s and learns who copied whom through
 * {@link org.triangulate.claim.Lineage}.
 */
@NullMarked
package org.triangulate.claim;

import org.jspecify.annotations.NullMarked;
