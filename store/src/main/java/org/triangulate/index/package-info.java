/**
 * The search index over the store: Lucene full-text (English analysis) and kNN vector search;
 * front door {@link org.triangulate.index.SearchIndex}, embeddings behind {@link org.triangulate.index.Embedder}.
 *
 * <p>The index is derived data: SQLite is the source of truth, and the index records in its commit
 * user data how far it has caught up, so a store can always rebuild it.
 */
@NullMarked
package org.triangulate.index;

import org.jspecify.annotations.NullMarked;
