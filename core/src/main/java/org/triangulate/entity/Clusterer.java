package org.triangulate.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Merges mentions (or whole entities from other documents) that name the same thing: equal keys
 * ("Tehreek-e-Taliban Pakistan" = "Tehreek-i-Taliban Pakistan"), acronym definitions and initials
 * ("TTP", "FO" = "Foreign Office", "UNED" = "UN&ED"), and a person's surname ("Landberg").
 */
final class Clusterer {

  /** A growing entity. */
  static final class Group {
    final Map<String, Integer> variants = new LinkedHashMap<>();
    final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    final Map<String, Integer> roles = new LinkedHashMap<>();
    final Map<String, Integer> affiliations = new LinkedHashMap<>();
    final List<Mention> mentions = new ArrayList<>();
    @Nullable Group parent;

    Group root() {
      Group g = this;
      while (g.parent != null) {
        g = g.parent;
      }
      return g;
    }

    void absorb(Group o) {
      o.variants.forEach((k, v) -> variants.merge(k, v, Integer::sum));
      o.types.forEach((k, v) -> types.merge(k, v, Integer::sum));
      o.roles.forEach((k, v) -> roles.merge(k, v, Integer::sum));
      o.affiliations.forEach((k, v) -> affiliations.merge(k, v, Integer::sum));
      mentions.addAll(o.mentions);
    }

    EntityType type() {
      // a full form's type beats an acronym's guess
      Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
      types.forEach(votes::put);
      return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
          .thenComparing(e -> -e.getKey().ordinal())).map(Map.Entry::getKey).orElse(EntityType.ORG);
    }
  }

  private final List<Group> groups = new ArrayList<>();

  void add(Found f, String document) {
    Group g = new Group();
    g.variants.put(f.text(), 1);
    if (f.alias() != null) {
      g.variants.merge(f.alias(), 0, Integer::sum);
    }
    // acronyms guess ORG; a full form's type counts more
    g.types.put(f.type(), Names.isAcronym(f.text()) ? 1 : 3);
    if (f.role() != null) {
      g.roles.merge(f.role(), 1, Integer::sum);
    }
    if (f.affiliation() != null) {
      g.affiliations.merge(f.affiliation(), 1, Integer::sum);
    }
    g.mentions.add(new Mention(document, f.start(), f.end(), f.text()));
    groups.add(g);
  }

  void add(Entity e) {
    Group g = new Group();
    g.variants.put(e.name(), Math.max(1, e.mentions().size()));
    for (String a : e.aliases()) {
      g.variants.merge(a, 0, Integer::sum);
    }
    g.types.put(e.type(), 3 * Math.max(1, e.mentions().size()));
    e.role().ifPresent(r -> g.roles.merge(r, 1, Integer::sum));
    e.affiliation().ifPresent(a -> g.affiliations.merge(a, 1, Integer::sum));
    g.mentions.addAll(e.mentions());
    groups.add(g);
  }

  List<Entity> entities() {
    // 1. exact keys and acronyms
    Map<String, Group> byKey = new HashMap<>();
    for (Group g : groups) {
      for (String v : g.variants.keySet()) {
        for (String k : keys(v)) {
          Group other = byKey.get(k);
          if (other == null) {
            byKey.put(k, g.root());
          } else {
            union(other, g);
          }
        }
      }
    }
    List<Group> roots = roots();
    // 2. acronyms to long forms by initials ("TTP" -> "Tehreek-i-Taliban Pakistan")
    Map<String, Group> byInitials = new HashMap<>();
    for (Group g : roots) {
      if (g.type() == EntityType.PERSON) {
        continue;
      }
      for (String v : g.variants.keySet()) {
        if (!Names.isAcronym(v) && v.contains(" ") || v.contains("-") && !Names.isAcronym(v)) {
          byInitials.putIfAbsent(Names.initials(v), g);
        }
      }
    }
    for (Group g : roots) {
      for (String v : List.copyOf(g.variants.keySet())) {
        if (Names.isAcronym(v)) {
          Group long_ = byInitials.get(Names.acronymKey(v));
          if (long_ != null && long_.root() != g.root()) {
            union(long_, g);
          }
        }
      }
    }
    roots = roots();
    // 3. surnames of people ("Landberg" -> "Christopher Landberg"), only when unambiguous
    Map<String, List<Group>> bySurname = new HashMap<>();
    for (Group g : roots) {
      if (g.type() != EntityType.PERSON) {
        continue;
      }
      for (String v : g.variants.keySet()) {
        String[] parts = v.strip().split("\\s+");
        if (parts.length > 1) {
          bySurname.computeIfAbsent(Names.key(parts[parts.length - 1]), k -> new ArrayList<>()).add(g);
        }
      }
    }
    for (Group g : roots) {
      if (g.type() != EntityType.PERSON || g.variants.keySet().stream().anyMatch(v -> v.strip().contains(" "))) {
        continue;
      }
      for (String v : List.copyOf(g.variants.keySet())) {
        List<Group> owners = bySurname.getOrDefault(Names.key(v), List.of()).stream().map(Group::root).distinct()
            .toList();
        if (owners.size() == 1 && owners.get(0) != g.root()) {
          union(owners.get(0), g);
        }
      }
    }
    List<Entity> out = new ArrayList<>();
    for (Group g : roots()) {
      EntityType type = g.type();
      if (type == EntityType.PERSON && g.variants.keySet().stream().noneMatch(v -> v.strip().contains(" "))
          && g.roles.isEmpty()) {
        continue; // a lone capitalised word that never turned out to be anyone's surname
      }
      String name = canonical(g);
      List<String> aliases = g.variants.keySet().stream().filter(v -> !v.equals(name)).distinct().toList();
      List<Mention> mentions = g.mentions.stream()
          .sorted(Comparator.comparing(Mention::document).thenComparingInt(Mention::start)).toList();
      Optional<String> role = type == EntityType.PERSON ? bestRole(g.roles) : Optional.empty();
      Optional<String> affiliation = best(g.affiliations);
      out.add(new Entity(name, type, role, affiliation, aliases, mentions));
    }
    out.sort(Comparator.comparing((Entity e) -> e.mentions().isEmpty() ? "" : e.mentions().get(0).document())
        .thenComparingInt(e -> e.mentions().isEmpty() ? 0 : e.mentions().get(0).start()));
    return out;
  }

  private static List<String> keys(String variant) {
    if (Names.isAcronym(variant)) {
      String a = Names.acronymKey(variant);
      // "ISLAMABAD" in a dateline is the city, not an acronym
      return a.length() >= 5 && variant.chars().allMatch(Character::isLetter)
          ? List.of("A:" + a, "N:" + Names.key(variant)) : List.of("A:" + a);
    }
    String k = Names.key(variant);
    return k.isEmpty() ? List.of() : List.of("N:" + k);
  }

  private static void union(Group a, Group b) {
    Group ra = a.root();
    Group rb = b.root();
    if (ra == rb) {
      return;
    }
    // people never merge with organisations through a shared key
    boolean pa = ra.type() == EntityType.PERSON;
    boolean pb = rb.type() == EntityType.PERSON;
    if (pa != pb && !ra.types.isEmpty() && !rb.types.isEmpty()) {
      return;
    }
    rb.parent = ra;
    ra.absorb(rb);
  }

  private List<Group> roots() {
    List<Group> out = new ArrayList<>();
    for (Group g : groups) {
      if (g.parent == null) {
        out.add(g);
      }
    }
    return out;
  }

  /** Longest full form, most frequent first; an acronym only when nothing else is known. */
  private static String canonical(Group g) {
    String c = g.variants.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> Names.isAcronym(e.getKey()))
            .thenComparing(e -> -e.getValue())
            .thenComparing(e -> -e.getKey().length()))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    if (c.length() >= 5 && Names.isAcronym(c) && Lexicon.in(Lexicon.LOCATIONS, c)) {
      return c.charAt(0) + c.substring(1).toLowerCase(java.util.Locale.ROOT); // "ISLAMABAD:" dateline
    }
    return c;
  }

  /** The role with most support, where a more specific role ("X (UN&ED)") inherits the support of the roles it contains. */
  static Optional<String> bestRole(Map<String, Integer> roles) {
    String best = null;
    int bestScore = -1;
    for (String r : roles.keySet()) {
      int score = 0;
      String rl = r.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Integer> o : roles.entrySet()) {
        if (rl.contains(o.getKey().toLowerCase(Locale.ROOT))) {
          score += o.getValue();
        }
      }
      if (score > bestScore || score == bestScore && best != null && r.length() > best.length()) {
        best = r;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<String> best(Map<String, Integer> counts) {
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(e -> e.getKey().length())).map(Map.Entry::getKey);
  }
}
