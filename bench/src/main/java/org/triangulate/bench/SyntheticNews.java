package org.triangulate.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.triangulate.article.Article;

/**
 * A generated news stream for speed measurements: invented words and names, events of a few
 * articles each over a few years, articles in publication order. The text is gibberish with news-like
 * statistics (Zipf background words, topic words, event words, capitalised names), which is all the
 * clusterer's cost depends on. Deterministic for a seed.
 */
final class SyntheticNews {
  private static final String[] SYLLABLES = {"ka", "ro", "mi", "ten", "la", "vor", "sen", "dal", "ri",
      "mo", "tas", "el", "un", "bar", "kel", "nor", "pi", "ga", "zu", "fen", "har", "lo", "me", "tri"};

  private final Random random;
  private final String[] background;
  private final String[][] topics;
  private final String[] names;

  SyntheticNews(long seed) {
    random = new Random(seed);
    background = words(3000, 2, 3);
    topics = new String[300][];
    for (int i = 0; i < topics.length; i++) {
      topics[i] = words(40, 2, 4);
    }
    names = words(20000, 2, 3);
    for (int i = 0; i < names.length; i++) {
      names[i] = Character.toUpperCase(names[i].charAt(0)) + names[i].substring(1);
    }
  }

  /** {@code n} articles in publication order, starting 2020-01-01, about four per event. */
  List<Article> stream(int n) {
    List<Article> out = new ArrayList<>(n);
    LocalDate day = LocalDate.of(2020, 1, 1);
    int eventNo = 0;
    List<String[]> open = new ArrayList<>();
    while (out.size() < n) {
      if (open.isEmpty() || random.nextDouble() < 0.25) {
        String[] topic = topics[random.nextInt(topics.length)];
        String[] event = new String[12];
        for (int i = 0; i < 4; i++) {
          event[i] = names[random.nextInt(names.length)] + " " + names[random.nextInt(names.length)];
        }
        for (int i = 4; i < 12; i++) {
          event[i] = topic[random.nextInt(topic.length)];
        }
        open.add(event);
        if (open.size() > 40) {
          open.remove(0);
        }
        eventNo++;
      }
      String[] event = open.get(open.size() - 1 - Math.min(open.size() - 1, (int) Math.abs(random.nextGaussian() * 5)));
      if (out.size() % 60 == 59) {
        day = day.plusDays(1);
      }
      out.add(article("syn-" + out.size(), event, day));
    }
    return out;
  }

  private Article article(String id, String[] event, LocalDate day) {
    StringBuilder body = new StringBuilder();
    int sentences = 8 + random.nextInt(10);
    for (int s = 0; s < sentences; s++) {
      body.append(event[random.nextInt(4)]);
      int len = 8 + random.nextInt(14);
      for (int w = 0; w < len; w++) {
        body.append(' ');
        double r = random.nextDouble();
        if (r < 0.25) {
          body.append(event[4 + random.nextInt(8)]);
        } else {
          body.append(background[zipf(background.length)]);
        }
      }
      body.append(s % 4 == 3 ? ".\n\n" : ". ");
    }
    String title = event[0] + " " + event[4] + " " + event[5] + " " + event[6];
    return new Article(id, "synthetic#" + id, Optional.empty(), title, Optional.empty(), Optional.of(day),
        Optional.empty(), Optional.empty(), body.toString().strip(), List.of());
  }

  private int zipf(int n) {
    return (int) Math.min(n - 1, Math.floor(Math.pow(n, random.nextDouble())) - 1);
  }

  private String[] words(int count, int minSyl, int maxSyl) {
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      StringBuilder w = new StringBuilder();
      int syl = minSyl + random.nextInt(maxSyl - minSyl + 1);
      for (int k = 0; k < syl; k++) {
        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      out[i] = w.toString() + (i % 7);
    }
    return out;
  }
}
