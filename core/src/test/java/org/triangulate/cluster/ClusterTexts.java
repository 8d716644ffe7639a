package org.triangulate.cluster;

/** Invented report texts shared by the clusterer tests: two blasts at one market a week apart, and a match. */
final class ClusterTexts {
  private ClusterTexts() {}

  static final String BLAST_1 = "A bomb exploded at the crowded Kora market in Sarnia on Tuesday, killing "
      + "nine people and wounding 30, Sarnia police chief Odil Marek said. The Kora market blast happened during "
      + "the morning rush. Police sealed off the market and hospitals in Sarnia declared an emergency.";
  static final String BLAST_1B = "Police chief Odil Marek said the bomb at Kora market in Sarnia killed "
      + "nine people on Tuesday. Witnesses at the Kora market described panic after the blast and said ambulances "
      + "took the wounded to hospitals across Sarnia.";
  static final String BLAST_2 = "A bomb exploded at the Kora market in Sarnia on Tuesday, killing four "
      + "people and wounding 12, Sarnia police chief Odil Marek said. It was the second blast at the Kora market "
      + "in a week. Police sealed off the market and hospitals in Sarnia treated the wounded.";
  static final String MATCH = "Velden United beat Harrow Rovers 3-1 in the cup final at Velden stadium "
      + "on Saturday, with striker Ivo Brand scoring twice in the second half before a crowd of 40,000.";
}
