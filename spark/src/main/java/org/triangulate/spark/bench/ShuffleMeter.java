package org.triangulate.spark.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/** Adds up shuffle bytes written and task time of every completed stage; read between benchmark stages. */
final class ShuffleMeter extends SparkListener {
  private final AtomicLong shuffleWriteBytes = new AtomicLong();
  private final AtomicLong shuffleRecords = new AtomicLong();
  private final AtomicLong executorRunMs = new AtomicLong();

  @Override
  public void onStageCompleted(SparkListenerStageCompleted event) {
    StageInfo info = event.stageInfo();
    if (info.taskMetrics() == null) {
      return;
    }
    shuffleWriteBytes.addAndGet(info.taskMetrics().shuffleWriteMetrics().bytesWritten());
    shuffleRecords.addAndGet(info.taskMetrics().shuffleWriteMetrics().recordsWritten());
    executorRunMs.addAndGet(info.taskMetrics().executorRunTime());
  }

  /** Totals so far: shuffle bytes written, shuffle records written, task run time in ms. */
  long[] snapshot() {
    return new long[] {shuffleWriteBytes.get(), shuffleRecords.get(), executorRunMs.get()};
  }
}
