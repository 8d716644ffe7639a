/** Value types shared by every stage: the cleaned {@link org.triangulate.article.Article}. */
@NullMarked
package org.triangulate.article;

import org.jspecify.annotations.NullMarked;
