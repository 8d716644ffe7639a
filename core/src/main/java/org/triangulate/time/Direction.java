package org.triangulate.time;

/** Whether an underspecified expression points before or after the document creation time. */
enum Direction {
  PAST, FUTURE, UNKNOWN
}
