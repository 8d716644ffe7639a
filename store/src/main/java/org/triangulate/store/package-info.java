/**
 * The embedded store: cleaned articles and the dossier parts (relations, events, entities, claims,
 * summaries, stories) in SQLite tables, kept crash-safe and searchable; front door
 * {@link org.triangulate.store.Store}.
 */
@NullMarked
package org.triangulate.store;

import org.jspecify.annotations.NullMarked;
