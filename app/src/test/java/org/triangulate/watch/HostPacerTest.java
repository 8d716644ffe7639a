package org.triangulate.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HostPacer} on a hand-driven clock: the waits it asks for, never a real sleep. */
class HostPacerTest {
  private long now;
  private final List<Long> waits = new ArrayList<>();
  private final HostPacer pacer = new HostPacer(() -> now, nanos -> {
    waits.add(nanos);
    now += nanos;
  });

  @Test
  void theFirstRequestToAHostGoesAtOnceTheNextWaitsTheRestOfTheDelay() throws Exception {
    Duration second = Duration.ofSeconds(1);
    pacer.await("a.example", second);
    now += 300_000_000L;
    pacer.await("a.example", second);
    assertEquals(List.of(700_000_000L), waits);
  }

  @Test
  void hostsArePacedApartAndAnElapsedDelayCostsNothing() throws Exception {
    Duration second = Duration.ofSeconds(1);
    pacer.await("a.example", second);
    pacer.await("b.example", second);
    now += 2_000_000_000L;
    pacer.await("a.example", second);
    pacer.await("b.example", second);
    assertEquals(List.of(), waits);
  }

  @Test
  void aZeroDelayNeverWaits() throws Exception {
    for (int i = 0; i < 5; i++) {
      pacer.await("a.example", Duration.ZERO);
    }
    assertEquals(List.of(), waits);
  }
}
