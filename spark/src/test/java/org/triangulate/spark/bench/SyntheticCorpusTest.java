package org.triangulate.spark.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAMED_DATE = Pattern.compile(" on March (\\d{1,2})\\.");
  private static final Pattern WEEKDAY = Pattern.compile(" on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\.");

  @TempDir Path dir;

  @Test
  void followUpsArePublishedFourToMaxDaysAfterTheDateTheyName() throws IOException {
    SyntheticCorpus.Written w = new SyntheticCorpus(600, 100, 0, 7).withFollowUps(0.4, 14).write(dir);
    assertFalse(w.followUps().isEmpty(), "follow-ups written");
    List<JsonNode> articles = articles(w);
    java.util.Set<String> followUpTitles = new java.util.HashSet<>();
    articles.stream().filter(a -> w.followUps().contains(a.get("id").asText()))
        .forEach(a -> followUpTitles.add(a.get("title").asText()));
    int checked = 0;
    for (JsonNode a : articles) {
      String id = a.get("id").asText();
      String text = a.get("text").asText();
      Matcher named = NAMED_DATE.matcher(text);
      if (w.followUps().contains(id)) {
        assertFalse(WEEKDAY.matcher(text).find(), "a follow-up names the date, not the weekday: " + id);
        if (named.find()) {
          long late = ChronoUnit.DAYS.between(LocalDate.of(2024, 3, Integer.parseInt(named.group(1))),
              LocalDate.parse(a.get("published").asText()));
          assertTrue(late >= 4 && late <= 14, id + " published " + late + " days after its event");
          checked++;
        }
      } else if (named.find()) {
        // rewrites and republications keep their source's title and text, which may be a follow-up's
        assertTrue(followUpTitles.contains(a.get("title").asText()), "only follow-ups and their copies name the date: "
            + id);
      }
    }
    assertTrue(checked > 20, "follow-ups with a named date checked: " + checked);
  }

  @Test
  void withoutFollowUpsTheCorpusIsTheSameBytes() throws IOException {
    SyntheticCorpus.Written plain = new SyntheticCorpus(300, 100, 2, 11).write(dir.resolve("a"));
    SyntheticCorpus.Written none = new SyntheticCorpus(300, 100, 2, 11).withFollowUps(0, 0).write(dir.resolve("b"));
    assertTrue(plain.followUps().isEmpty());
    assertEquals(plain.files().size(), none.files().size());
    for (int i = 0; i < plain.files().size(); i++) {
      assertEquals(plain.files().get(i).getFileName(), none.files().get(i).getFileName());
      if (plain.files().get(i).toString().endsWith(".jsonl")) {
        assertArrayEquals(Files.readAllBytes(plain.files().get(i)), Files.readAllBytes(none.files().get(i)));
      }
    }
    assertEquals(plain.events(), none.events());
  }

  @Test
  void followUpsNeedAtLeastFourDays() {
    assertThrows(IllegalArgumentException.class, () -> new SyntheticCorpus(10, 10, 0, 1).withFollowUps(0.2, 3));
    assertThrows(IllegalArgumentException.class, () -> new SyntheticCorpus(10, 10, 0, 1).withFollowUps(1.5, 14));
  }

  private static List<JsonNode> articles(SyntheticCorpus.Written w) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (Path f : w.files()) {
      for (String line : Files.readAllLines(f)) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }
}
