package org.triangulate.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds an outlet's self-reference in article text: "diplomatic sources told Dawn". */
final class Outlets {
  private static final Pattern SELF_REFERENCE;

  static {
    List<String> names = new ArrayList<>();
    try (InputStream in = Outlets.class.getResourceAsStream("outlets.txt")) {
      if (in == null) {
        throw new IllegalStateException("outlets.txt missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          names.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String n : names) {
      alt.append(alt.length() > 0 ? "|" : "").append(Pattern.quote(n));
    }
    SELF_REFERENCE = Pattern.compile(
        "\\b(?:told|tells|telling|speaking to|talking to|in an interview with|confirmed to|said to)\\s+(" + alt
            + ")(?:\\.com)?\\b");
  }

  private Outlets() {}

  /** The outlet most often named as the one being told things, if any. */
  static Optional<String> selfReference(String body) {
    Matcher m = SELF_REFERENCE.matcher(body);
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    while (m.find()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
  }
}
