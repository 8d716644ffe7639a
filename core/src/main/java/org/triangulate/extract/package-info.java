/** Cleaning raw documents into articles (boilerplate out; title, outlet, date, byline); front door {@link org.triangulate.extract.ArticleExtractor}. */
@NullMarked
package org.triangulate.extract;

import org.jspecify.annotations.NullMarked;
