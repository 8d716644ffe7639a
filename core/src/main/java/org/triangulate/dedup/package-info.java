/**
 * Provenance: exact and near duplicates, partial reuse and paraphrases, and who copied whom.
 *
 * <p>Front door {@link org.triangulate.dedup.Provenance}: {@code analyse(List<Article>)} returns a
 * {@link org.triangulate.dedup.ProvenanceReport} with
 * <ul>
 *   <li>{@code links()} / {@code sourcesOf(id)} / {@code derivedFrom(id)}: derivation links
 *       (copy | near-duplicate | paraphrase | partial, score, aligned sentences);</li>
 *   <li>{@code originalOf(id)}: the article a copy or rewrite ultimately comes from;</li>
 *   <li>{@code independent(a, b)}: false when a chain of derivations joins the two (shared quotations
 *       never do);</li>
 *   <li>{@code addedSentences(id)}: what a derivative adds that none of its sources supports;</li>
 *   <li>{@code copyGraph()} / {@code copyGraph(ids)}: the groups and edges the dossier shows.</li>
 * </ul>
 * {@code Provenance.nearDuplicates(List<Article>)} is the fast exact/near-duplicate path alone.
 * {@link org.triangulate.dedup.ProvenanceIndex} keeps the same links up to date as articles arrive
 * (in-memory LSH indexes and candidate lists), returning which articles' links each addition changed.
 *
 * <p>Public building blocks, stable for other modules (the Spark job): {@link
 * org.triangulate.dedup.Shingles} (normalised words, 64-bit word-shingle and content-word hashes, body
 * hash, exact Jaccard on sorted arrays), {@link org.triangulate.dedup.MinHasher} (signatures,
 * {@code MinHasher.DEFAULT} = 128 permutations) and {@link org.triangulate.dedup.LshBands} (exact band
 * keys). The usual recipe: {@code keys = new LshBands(32, 4).keys(MinHasher.DEFAULT.signature(
 * Shingles.shingles(body, 5)))}; group by key; confirm each candidate pair with {@code
 * Shingles.jaccard(a, b) >= 0.8}. Sentence embeddings sit behind {@link
 * org.triangulate.dedup.SentenceEmbedder} ({@code SentenceEmbedder.miniLm()} is the cached in-process
 * all-MiniLM-L6-v2-q model); thresholds in {@link org.triangulate.dedup.ProvenanceSettings}.
 */
@NullMarked
package org.triangulate.dedup;

import org.jspecify.annotations.NullMarked;
