package org.triangulate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes one benchmark's results into its own section of docs/BENCHMARKS.md, between
 * {@code <!-- section:NAME -->} and {@code <!-- /section:NAME -->}, leaving the others untouched.
 */
public final class Report {
  private Report() {}

  /** Replaces (or appends) section {@code name} with {@code markdown}, stamped with today's date and the machine. */
  public static void update(Path file, String name, String markdown) throws IOException {
    String begin = "<!-- section:" + name + " -->";
    String end = "<!-- /section:" + name + " -->";
    String stamp = String.format(Locale.ROOT, "_Measured %s on %d cores, Java %s._%n%n",
        LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    String block = begin + "\n" + stamp + markdown.strip() + "\n" + end;
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
    int b = text.indexOf(begin);
    int e = text.indexOf(end);
    if (b >= 0 && e > b) {
      text = text.substring(0, b) + block + text.substring(e + end.length());
    } else {
      text = text.stripTrailing() + "\n\n" + block + "\n";
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Formats a ratio in [0,1] with three decimals, as the published tables do. */
  public static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
