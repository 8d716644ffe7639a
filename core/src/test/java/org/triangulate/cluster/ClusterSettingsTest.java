package org.triangulate.cluster;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClusterSettingsTest {
  @Test
  void rejectsAllZeroWeightsNamingThem() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> ClusterSettings.DEFAULTS.withScoring(0, 0, 0, 0.3));
    assertTrue(e.getMessage().contains("termWeight"), e.getMessage());
  }

  @Test
  void rejectsANegativeThresholdWithTheValue() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> ClusterSettings.DEFAULTS.withScoring(1, 0, 0, -0.5));
    assertTrue(e.getMessage().contains("-0.5"), e.getMessage());
  }

  @Test
  void rejectsAToleranceNotBelowTheMaximumGap() {
    ClusterSettings d = ClusterSettings.DEFAULTS;
    assertThrows(IllegalArgumentException.class, () -> new ClusterSettings(d.termWeight(), d.entityWeight(),
        d.embeddingWeight(), d.joinThreshold(), d.mergeThreshold(), d.storyThreshold(), 5, 5, d.titleRepeat(),
        d.queryTerms(), d.postingsScanned(), d.candidates(), d.centroidTerms(), d.indexedTerms(), d.leadChars(),
        d.relativeDateWeight(), d.publicationDateWeight(), d.spanFraction(), d.maxMentionDays(),
        d.maxMentionAgeDays(), d.numberTokens(), d.textDatesPlaceUndated()));
  }
}
