package org.triangulate.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration carried to the executors, so they open inputs with the same file
 * systems and credentials ({@code spark.hadoop.*}) the driver listed them with. {@link Configuration}
 * is {@code Writable}, not {@code Serializable}; this keeps its written form.
 */
final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;
  private final byte[] written;

  HadoopConf(Configuration conf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      conf.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the Hadoop configuration", e);
    }
    this.written = bytes.toByteArray();
  }

  Configuration get() {
    Configuration conf = new Configuration(false);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(written))) {
      conf.readFields(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Hadoop configuration", e);
    }
    return conf;
  }
}
