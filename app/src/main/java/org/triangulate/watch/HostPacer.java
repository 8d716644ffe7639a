package org.triangulate.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Spaces the requests to each host: a request waits until {@code delay} has passed since the previous
 * request to the same host started. One watcher fetches one URL at a time, so this is also the per-host
 * rate (not thread-safe: one watcher thread). The clock and the sleep are injected so tests can check the waits without waiting.
 */
final class HostPacer {
  /** Sleeps for a number of nanoseconds; interruptible. */
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final Map<String, Long> last = new HashMap<>();

  HostPacer(LongSupplier nanoTime, Sleeper sleeper) {
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** On the system clock. */
  static HostPacer system() {
    return new HostPacer(System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
  }

  /** Waits until a request to {@code host} is allowed, then records it as started now. */
  void await(String host, Duration delay) throws InterruptedException {
    Long previous = last.get(host);
    if (previous != null) {
      long wait = previous + delay.toNanos() - nanoTime.getAsLong();
      if (wait > 0) {
        sleeper.sleep(wait);
      }
    }
    last.put(host, nanoTime.getAsLong());
  }
}
