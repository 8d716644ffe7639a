package org.triangulate.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.triangulate.ingest.IngestProblem;

/**
 * Lists a job's input files on the driver, in the order and under the names the single-machine
 * {@code Ingestor} uses: inputs in the order given, directories walked recursively with hidden
 * entries (any path part starting with {@code .}) skipped, each directory's files sorted by name.
 * Works on any Hadoop file system; a scheme-less path resolves against the default file system.
 */
final class InputListing {
  private InputListing() {}

  /** Files to read plus the inputs that could not be listed (with their position in the job order). */
  record Listing(List<InputFile> files, List<Positioned> problems) {
    Listing {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /** A problem found while listing, placed before the files of later inputs. */
  record Positioned(int index, IngestProblem problem) {}

  static Listing list(List<String> inputs, Configuration conf) {
    List<InputFile> files = new ArrayList<>();
    List<Positioned> problems = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        Path qualified = fs.makeQualified(path);
        boolean local = "file".equals(qualified.toUri().getScheme()) && path.toUri().getScheme() == null;
        FileStatus status;
        try {
          status = fs.getFileStatus(qualified);
        } catch (FileNotFoundException e) {
          problems.add(new Positioned(files.size() + problems.size(), new IngestProblem(input, "no such file")));
          continue;
        }
        if (!status.isDirectory()) {
          files.add(new InputFile(files.size() + problems.size(), qualified.toString(),
              local ? java.nio.file.Path.of(input).toString() : qualified.toString()));
          continue;
        }
        String base = qualified.toUri().getPath();
        List<InputFile> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (!f.isFile()) {
            continue;
          }
          String relative = relative(base, f.getPath().toUri().getPath());
          if (isHidden(relative)) {
            continue;
          }
          String name = local ? java.nio.file.Path.of(input).resolve(relative).toString() : f.getPath().toString();
          found.add(new InputFile(0, f.getPath().toString(), name));
        }
        found.sort(Comparator.comparing(InputFile::name));
        for (InputFile f : found) {
          files.add(new InputFile(files.size() + problems.size(), f.uri(), f.name()));
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new Positioned(files.size() + problems.size(),
            new IngestProblem(input, "cannot list: " + e.getClass().getSimpleName() + ": " + e.getMessage())));
      }
    }
    return new Listing(files, problems);
  }

  private static String relative(String base, String path) {
    String b = base.endsWith("/") ? base : base + "/";
    return path.startsWith(b) ? path.substring(b.length()) : path;
  }

  private static boolean isHidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
