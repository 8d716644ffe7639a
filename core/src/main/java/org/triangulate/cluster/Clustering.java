package org.triangulate.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A snapshot of an {@link EventClusterer}: events in creation order, stories, article to event. */
public record Clustering(List<ClusteredEvent> events, List<ClusteredStory> stories) {
  public Clustering {
    events = List.copyOf(events);
    stories = List.copyOf(stories);
  }

  /** The event holding {@code articleId}. Linear in the number of articles; cache {@link #eventByArticle()} in loops. */
  public Optional<ClusteredEvent> eventOf(String articleId) {
    return events.stream().filter(e -> e.articles().contains(articleId)).findFirst();
  }

  /** Article id to event id, for every clustered article. */
  public Map<String, String> eventByArticle() {
    Map<String, String> out = new HashMap<>();
    for (ClusteredEvent e : events) {
      for (String a : e.articles()) {
        out.put(a, e.id());
      }
    }
    return out;
  }
}
