package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassHintsTest {
  private final ClassHints hints = new ClassHints();

  @Test
  void furnitureWordsAndWholeTokenAdsAreNegative() {
    assertEquals(ClassHints.NEGATIVE, hints.of("share-buttons"));
    assertEquals(ClassHints.NEGATIVE, hints.of("ad slot-top"));
    assertEquals(ClassHints.NEGATIVE, hints.of("navbar"));
    assertEquals(0, hints.of("shadow heading"), "'ad' inside a word is not an advert");
  }

  @Test
  void contentWordsArePositiveAndBothCanHold() {
    assertEquals(ClassHints.POSITIVE, hints.of("entry-content"));
    assertEquals(ClassHints.NEGATIVE | ClassHints.POSITIVE, hints.of("post-comments"));
  }

  @Test
  void landmarkRolesAreFurniture() {
    assertTrue(ClassHints.landmarkRole("navigation"));
    assertFalse(ClassHints.landmarkRole("main"));
    assertFalse(ClassHints.landmarkRole(""));
  }
}
