package org.triangulate.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashLshTest {

  @Test
  void normalisationIgnoresCasePunctuationAndSpacing() {
    assertEquals(Shingles.bodyHash("The river, it rose!  “Fast.”"), Shingles.bodyHash("the river it rose fast"));
    assertNotEquals(Shingles.bodyHash("the river rose fast"), Shingles.bodyHash("the river rose slowly"));
    assertEquals("pakistan s foreign office", Shingles.normalize("Pakistan’s Foreign-Office"));
  }

  @Test
  void shinglesAreSortedDistinctAndShortTextsGiveOne() {
    long[] s = Shingles.shingles("a b c d e f a b c d e f", 5);
    for (int i = 1; i < s.length; i++) {
      assertTrue(s[i - 1] < s[i]);
    }
    assertEquals(6, s.length, "8 windows, two of them repeated");
    assertEquals(1, Shingles.shingles("three short words", 5).length);
    assertEquals(0, Shingles.shingles(" … ", 5).length);
    assertThrows(IllegalArgumentException.class, () -> Shingles.shingles("x", 0));
  }

  @Test
  void exactJaccardOnSortedSets() {
    long[] a = {1, 2, 3, 4};
    long[] b = {3, 4, 5, 6};
    assertEquals(2, Shingles.intersection(a, b));
    assertEquals(2.0 / 6, Shingles.jaccard(a, b), 1e-12);
    assertEquals(0, Shingles.jaccard(new long[0], new long[0]));
  }

  @Test
  void minHashEstimatesJaccardWithinSamplingError() {
    SplittableRandom rnd = new SplittableRandom(42);
    MinHasher h = MinHasher.DEFAULT;
    for (double target : new double[] {0.2, 0.5, 0.8, 0.95}) {
      // |A|=|B|=1000 with overlap chosen so that J = target
      int shared = (int) Math.round(2000 * target / (1 + target));
      long[] common = rnd.longs(shared).toArray();
      long[] a = LongStream.concat(Arrays.stream(common), rnd.longs(1000 - shared)).toArray();
      long[] b = LongStream.concat(Arrays.stream(common), rnd.longs(1000 - shared)).toArray();
      double exact = Shingles.jaccard(Shingles.sortedDistinct(a.clone()), Shingles.sortedDistinct(b.clone()));
      double est = MinHasher.estimate(h.signature(a), h.signature(b));
      // standard error sqrt(J(1-J)/128) <= 0.045; allow four of them
      assertEquals(exact, est, 0.18, "target " + target);
    }
  }

  @Test
  void signaturesAreStableAndOrderIndependent() {
    long[] f = {5, 1, 9, 1, 7};
    long[] g = {9, 7, 5, 1};
    assertArrayEquals(MinHasher.DEFAULT.signature(f), new MinHasher(128, MinHasher.DEFAULT_SEED).signature(g));
    assertEquals(128, MinHasher.DEFAULT.signature(f).length);
  }

  @Test
  void bandKeysCollideForIdenticalBandsOnlyInTheSameBand() {
    LshBands lsh = new LshBands(32, 4);
    long[] sig = new long[128];
    long[] other = sig.clone();
    other[127] = 1; // only the last band differs
    long[] k1 = lsh.keys(sig);
    long[] k2 = lsh.keys(other);
    assertEquals(32, k1.length);
    for (int b = 0; b < 31; b++) {
      assertEquals(k1[b], k2[b]);
    }
    assertNotEquals(k1[31], k2[31]);
    assertNotEquals(k1[0], k1[1], "equal values in different bands must not share a key");
    assertThrows(IllegalArgumentException.class, () -> new LshBands(40, 4).keys(sig));
  }

  @Test
  void collisionProbabilityFollowsTheBandingCurve() {
    LshBands lsh = new LshBands(32, 4);
    assertTrue(lsh.collisionProbability(0.8) > 0.999);
    assertTrue(lsh.collisionProbability(0.2) < 0.05);
  }

  @Test
  void bandIndexGroupsEqualKeys() {
    BandIndex index = new BandIndex(new long[] {7L << 20, 3L << 20, 7L << 20, 9L << 20});
    assertEquals(2, index.bucketSize(0));
    assertEquals(2, index.bucketSize(2));
    assertEquals(1, index.bucketSize(1));
    assertEquals(index.from(0), index.from(2));
  }
}
