/**
 * The text layer: every article analysed once, shared by every stage.
 *
 * <p>Front door {@link org.triangulate.text.TextAnalyzer}: {@code analyze(Article)} returns an
 * immutable {@link org.triangulate.text.AnalyzedArticle} with sentences and clauses (offsets into the
 * body), tokens and stems from one Lucene analysis chain, quotations and who they are attributed to,
 * entities, time expressions normalised against the publication date, figures, and one embedding per
 * sentence computed in batches by a {@link org.triangulate.text.SentenceEncoder}.
 */
@NullMarked
package org.triangulate.text;

import org.jspecify.annotations.NullMarked;
