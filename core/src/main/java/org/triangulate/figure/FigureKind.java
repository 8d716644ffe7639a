package org.triangulate.figure;

/** What sort of number a {@link Figure} is. */
public enum FigureKind {
  /** A number of things: "1,524 violence-related fatalities", "three soldiers". */
  COUNT,
  /** An amount of money: "$2.5 million", "Rs10 billion". */
  MONEY,
  /** A share: "139 per cent", "15%". */
  PERCENT,
  /** A physical quantity: "120 mm of rain", "40 km". */
  MEASURE
}
