/**
 * Watching sources: polls RSS/Atom feeds and sitemaps over HTTP, politely (robots.txt, one paced
 * request at a time per host, conditional GET), fetches the new article pages and ingests them into a
 * store. Front door {@link org.triangulate.watch.Watcher}; everything else is package-private.
 */
@NullMarked
package org.triangulate.watch;

import org.jspecify.annotations.NullMarked;
