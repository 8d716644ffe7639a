/** The dossier contract (records serialised as JSON) and its renderers; front door {@link org.triangulate.dossier.DossierWriter}. */
@NullMarked
package org.triangulate.dossier;

import org.jspecify.annotations.NullMarked;
