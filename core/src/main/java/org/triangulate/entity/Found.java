package org.triangulate.entity;

import org.jspecify.annotations.Nullable;

/** One mention the recogniser found, before variants are merged. */
record Found(int start, int end, String text, EntityType type, @Nullable String role,
    @Nullable String affiliation, @Nullable String alias, boolean supported) {}
