/**
 * Stanford CoreNLP named-entity recognition behind core's {@link org.triangulate.entity.NerProvider}
 * seam. GPL v3+: kept in this optional module so core and app stay Apache-compatible.
 */
@NullMarked
package org.triangulate.nlp.corenlp;

import org.jspecify.annotations.NullMarked;
