package org.triangulate.ingest;

/**
 * Limits applied while reading inputs.
 *
 * @param maxFileBytes largest text, HTML, JSONL or feed file read whole (WARC files stream and are
 *     bounded per record instead); larger files are reported, not read
 * @param maxRecordBytes largest single WARC record payload or JSONL line
 * @param maxControlCharRatio share of control characters (other than tab, CR, LF, FF) above which
 *     decoded content is treated as binary junk
 */
public record IngestSettings(long maxFileBytes, long maxRecordBytes, double maxControlCharRatio) {

  /** 64 MiB files, 16 MiB records, 1% control characters. */
  public static final IngestSettings DEFAULTS = new IngestSettings(64L << 20, 16L << 20, 0.01);

  public IngestSettings {
    if (maxFileBytes <= 0 || maxRecordBytes <= 0) {
      throw new IllegalArgumentException(
          "limits must be positive: maxFileBytes=" + maxFileBytes + ", maxRecordBytes=" + maxRecordBytes);
    }
    if (maxControlCharRatio < 0 || maxControlCharRatio > 1) {
      throw new IllegalArgumentException("maxControlCharRatio must be in [0,1]: " + maxControlCharRatio);
    }
  }
}
