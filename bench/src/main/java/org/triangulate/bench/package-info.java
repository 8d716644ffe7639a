/**
 * Evaluation harness: each benchmark is a subcommand of {@link org.triangulate.bench.Bench} that
 * scores the pipeline against the data in {@code ../shared/bench} (or a corpus it generates) and
 * rewrites its own section of {@code docs/BENCHMARKS.md} through {@link org.triangulate.bench.Report}.
 */
@NullMarked
package org.triangulate.bench;

import org.jspecify.annotations.NullMarked;
