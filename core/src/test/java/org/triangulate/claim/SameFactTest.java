package org.triangulate.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SameFactTest {
  @Test
  void fittingRecoversTheDirectionOfEachFeature() {
    Random r = new Random(7);
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      double[] f = {r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble()};
      double z = -4 + 5 * f[0] + 3 * f[1] + 1 * f[2] - 2 * f[3];
      x.add(f);
      y.add(r.nextDouble() < 1 / (1 + Math.exp(-z)));
    }
    ClaimSettings.Weights w = SameFact.fit(x, y, true, 1.0);
    assertTrue(w.cosine() > 3 && w.dice() > 1.5 && w.numbers() > 0 && w.quoted() < -0.5 && w.bias() < -2, w.toString());
    ClaimSettings.Weights lexical = SameFact.fit(x, y, false, 1.0);
    assertTrue(lexical.cosine() == 0, lexical.toString());
  }
}
