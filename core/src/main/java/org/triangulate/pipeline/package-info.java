/** The end-to-end pipeline; front door {@link org.triangulate.pipeline.Pipeline}. */
@NullMarked
package org.triangulate.pipeline;

import org.jspecify.annotations.NullMarked;
