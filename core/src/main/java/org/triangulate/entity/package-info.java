/**
 * Named entities with their roles: people, organisations, places and armed groups, merged across
 * name variants ("TTP" / "Tehreek-e-Taliban Pakistan" / "Tehreek-i-Taliban Pakistan"). Front door
 * {@link org.triangulate.entity.EntityExtractor}. A statistical recogniser can be plugged in through the
 * {@link org.triangulate.entity.NerProvider} service interface (the optional {@code nlp-corenlp} module
 * provides one); without it the extractor uses its own rules and gazetteer.
 */
@NullMarked
package org.triangulate.entity;

import org.jspecify.annotations.NullMarked;
