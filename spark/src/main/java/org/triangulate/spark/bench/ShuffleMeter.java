package org.triangulate.spark.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/** Adds up shuffle bytes written, task run time and task CPU time of every completed stage; read between benchmark stages. */
final class ShuffleMeter extends SparkListener {
  private final AtomicLong shuffleWriteBytes = new AtomicLong();
  private final AtomicLong shuffleRecords = new AtomicLong();
  private final AtomicLong executorRunMs = new AtomicLong();
  private final AtomicLong executorCpuNs = new AtomicLong();

  @Override
  public void onStageCompleted(SparkListenerStageCompleted event) {
    StageInfo info = event.stageInfo();
    if (info.taskMetrics() == null) {
      return;
    }
    shuffleWriteBytes.addAndGet(info.taskMetrics().shuffleWriteMetrics().bytesWritten());
    shuffleRecords.addAndGet(info.taskMetrics().shuffleWriteMetrics().recordsWritten());
    executorRunMs.addAndGet(info.taskMetrics().executorRunTime());
    executorCpuNs.addAndGet(info.taskMetrics().executorCpuTime());
  }

  /** Totals so far: shuffle bytes written, shuffle records written, task run time in ms, task CPU time in ns. */
  long[] snapshot() {
    return new long[] {shuffleWriteBytes.get(), shuffleRecords.get(), executorRunMs.get(), executorCpuNs.get()};
  }
}
