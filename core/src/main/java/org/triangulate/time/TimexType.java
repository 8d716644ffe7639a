package org.triangulate.time;

/** The four TIMEX3 types of TimeML 1.2.1. */
public enum TimexType {
  /** A calendar date or period: "6 March 2023", "last week", "2023", "last autumn", "now". */
  DATE,
  /** A time of day, possibly with its date: "8 p.m.", "Friday afternoon", "15:00 GMT Saturday". */
  TIME,
  /** A length of time: "two days", "the past decade", "a four-week" (value like {@code P2D}). */
  DURATION,
  /** A recurring time: "every week", "annually", "each morning". */
  SET
}
