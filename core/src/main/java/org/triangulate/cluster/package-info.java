/**
 * Events and story arcs: online clustering of articles into real-world events, and of events into
 * story arcs. Front door {@link org.triangulate.cluster.EventClusterer}; thresholds in
 * {@link org.triangulate.cluster.ClusterSettings}. Features (dates, entities, embeddings) plug in
 * through the small interfaces {@link org.triangulate.cluster.DateSource},
 * {@link org.triangulate.cluster.EntitySource} and the shared
 * {@link org.triangulate.dedup.SentenceEmbedder}.
 */
@NullMarked
package org.triangulate.cluster;

import org.jspecify.annotations.NullMarked;
