package org.triangulate.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimCheckSetTest {

  @Test
  void pageTimestampsAreMetadataNotFacts() {
    assertTrue(ClaimCheckSet.metadataLine("Published: July 28, 2004 at 1: 24 PM"));
    assertTrue(ClaimCheckSet.metadataLine("Last updated at 22: 46 GMT"));
    assertTrue(ClaimCheckSet.metadataLine("8: 13 AM PDT 8 / 2 / 2013"));
    assertTrue(ClaimCheckSet.metadataLine("WEDNESDAY, APRIL 24TH, 2013 AT 10: 40 AM"));
    assertFalse(ClaimCheckSet.metadataLine("On March 1, 2012 police arrested two men in Leeds."));
    assertFalse(ClaimCheckSet.metadataLine("Bush placed on injured reserve"));
  }

  private static boolean counts(String s, String number) {
    int i = s.indexOf(number);
    return ClaimCheckSet.countsSomething(s, i, i + number.length());
  }

  @Test
  void onlyNumbersThatCountSomethingAreChangedForNumberConflictsAndUpdates() {
    assertTrue(counts("The quake injured more than 200 people on Sunday.", "200"));
    assertTrue(counts("Some 2 million died in the latest war.", "2"));
    assertTrue(counts("About 30 firefighters fought the blaze.", "30"));
    assertFalse(counts("The Dax was higher as of 14:58 UTC.", "58"));
    assertFalse(counts("Formal sentencing is set for 11 a. m. on Nov. 8.", "11"));
    assertFalse(counts("He surrendered at 6 p.m. and was arrested.", "6"));
    assertFalse(counts("Bush was injured on October 19 and missed four games.", "19"));
    assertFalse(counts("Service may not be restored till 31 December.", "31"));
    assertFalse(counts("Utilization lowered by 20 to 30 percent.", "20"));
    assertFalse(counts("The quad-band BlackBerry Curve 8900 supports roaming.", "8900"));
    assertFalse(counts("A magnitude of at least 5. 9 hit southern Iran.", "9"));
  }
}
