package org.triangulate.entity;

/** Kinds of entities the dossier reports. */
public enum EntityType {
  PERSON,
  /** Governments' offices, companies, parties, outlets, international bodies. */
  ORG,
  /** Countries, provinces, cities, regions. */
  LOCATION,
  /** Armed or militant groups ("Tehreek-e-Taliban Pakistan", "Islamic State-Khorasan"). */
  GROUP
}
