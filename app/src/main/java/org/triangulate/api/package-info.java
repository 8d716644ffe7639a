/**
 * The REST API and the web UI over a {@link org.triangulate.store.Store}; front door
 * {@link org.triangulate.api.ApiServer}. Routes are described in {@code openapi.json} (served at
 * {@code /openapi.json}); a test fails when a route is missing from it.
 */
@NullMarked
package org.triangulate.api;

import org.jspecify.annotations.NullMarked;
