package org.triangulate.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file of a job, in job order.
 *
 * @param index position in the job's input order (inputs as given, each directory's files sorted by
 *     path, as the single-machine {@code Ingestor} walks them); results are ordered by it
 * @param uri the fully qualified Hadoop path executors open ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param name the name documents and messages carry: for local files exactly the path the
 *     single-machine pipeline would print (the input as given plus the path below it), otherwise the URI
 */
record InputFile(int index, String uri, String name) implements Serializable {
  InputFile {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(name, "name");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
  }
}
