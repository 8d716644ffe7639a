package org.triangulate.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.dossier.Claim;

/**
 * Typed values compared across the articles of one event: a slot stated by two or more articles
 * either agrees, is revised by a later report (an update), or has competing values from independent
 * sources (a conflict); two spellings of one person's name are a conflict too.
 *
 * <p>Each article gives one value per slot: the one its sentence presents as a revision, else its
 * first mention (the lead states the event's own figures; later paragraphs recall others). Values of a
 * casualty slot are compared whatever their sentences say; values of any other slot only when their
 * statements are likely about the same fact ({@link ClaimSettings#valueContext}).
 *
 * <p>The update rule: values ordered by the earliest publication date of the articles giving them;
 * each later value updates the one before when its article is published no earlier and either its
 * sentence signals a revision that the earlier one does not, or the slot is a count that only grows
 * (dead, injured, …), it grew, and it was published on a later day. Anything else between independent
 * sources is a conflict.
 */
final class Slots {
  private final ClaimSettings settings;
  private final CopyGroups groups;
  private final Matching matching;
  private final Wording wording;

  Slots(ClaimSettings settings, CopyGroups groups, Matching matching) {
    this.settings = settings;
    this.groups = groups;
    this.matching = matching;
    this.wording = new Wording(settings, groups, matching);
  }

  /** One article's value of a slot, with the statement that gives it. */
  private record Mention(Statement statement, Value value) {}

  /** Agreeing mentions, with the value they agree on. */
  private static final class Group {
    final List<Mention> mentions = new ArrayList<>();
    final Value value;

    Group(Mention first) {
      this.value = first.value();
      mentions.add(first);
    }

    Optional<LocalDate> earliest() {
      return mentions.stream().flatMap(m -> m.statement().published().stream()).min(Comparator.naturalOrder());
    }

    boolean revised() {
      return mentions.stream().anyMatch(m -> m.value().revised());
    }

    List<String> articles() {
      Set<String> out = new LinkedHashSet<>();
      mentions.forEach(m -> out.add(m.statement().article()));
      return List.copyOf(out);
    }
  }

  /**
   * Marks the drafts that hold competing or revised values, and adds typed drafts for slots whose
   * statements no draft holds together.
   */
  /**
   * @param statements the event's statements about itself
   * @param withBackground those and the background ones (for names: a name is spelt the same whatever it
   *     recalls)
   */
  void apply(List<Statement> statements, List<Statement> withBackground, List<Draft> drafts) {
    Map<String, List<Mention>> byKey = new LinkedHashMap<>();
    for (Statement s : statements) {
      if (s.background()) {
        continue;
      }
      for (Value v : s.values()) {
        if (!v.isName()) {
          byKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(new Mention(s, v));
        }
      }
    }
    for (List<Mention> all : byKey.values()) {
      for (List<Mention> component : components(all)) {
        Map<String, Mention> perArticle = new LinkedHashMap<>();
        for (Mention m : component) {
          Mention known = perArticle.get(m.statement().article());
          if (known == null || m.value().revised() && !known.value().revised()) {
            perArticle.put(m.statement().article(), m);
          }
        }
        if (perArticle.size() >= 2) {
          judge(perArticle.values().iterator().next().value().slot(), new ArrayList<>(perArticle.values()), drafts);
        }
      }
    }
    names(withBackground, drafts);
    drafts.forEach(wording::check);
  }

  /**
   * The mentions of one thing split by what happened to it: a casualty class or a magnitude is one
   * slot; any other thing's mentions are one slot (transitively) when their contexts share a word, when
   * they give the same number, when one sentence revises one into the other ("revised it to 33,200
   * square kilometres, up from 31,500"), or, with no context, when their statements are likely one fact.
   */
  private List<List<Mention>> components(List<Mention> all) {
    String slot = all.get(0).value().slot();
    if (Values.Casualty.ofSlot(slot).isPresent() || slot.equals("magnitude")) {
      return List.of(all);
    }
    int n = all.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Value a = all.get(i).value();
        Value b = all.get(j).value();
        boolean shared = a.context().stream().anyMatch(b.context()::contains);
        boolean sameNumber = a.number() == b.number();
        boolean oneRevision = all.get(i).statement() == all.get(j).statement() && (a.revised() || b.revised());
        if (shared || sameNumber || oneRevision || a.context().isEmpty() && b.context().isEmpty()
            && matching.probability(all.get(i).statement(), all.get(j).statement()) >= settings.valueContext()) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Mention>> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
    }
    return new ArrayList<>(out.values());
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private void judge(String slot, List<Mention> mentions, List<Draft> drafts) {
    Optional<Values.Casualty> casualty = Values.Casualty.ofSlot(slot);
    List<Group> values = new ArrayList<>();
    for (Mention m : mentions) {
      Group g = values.stream().filter(x -> same(x.value, m.value())).findFirst().orElse(null);
      if (g == null) {
        values.add(new Group(m));
      } else {
        g.mentions.add(m);
      }
    }
    List<Statement> members = mentions.stream().map(Mention::statement).toList();
    boolean key = casualty.isPresent() || slot.equals("magnitude");
    if (values.size() == 1) {
      if (key || related(values.get(0).mentions)) {
        agreement(slot, values.get(0), members, drafts);
      }
      return;
    }
    Optional<List<Group>> updates = asUpdates(values, casualty.map(c -> c.cumulative).orElse(false));
    if (updates.isPresent()) {
      Draft d = draftFor(members, drafts);
      d.updates.clear();
      for (Group g : updates.get()) {
        d.updates.add(new Claim.Conflict(format(g.value), g.articles()));
      }
      d.slot = Optional.of(label(slot, mentions.get(0).value().context()));
      d.value = Optional.of(number(updates.get().get(updates.get().size() - 1).value));
      return;
    }
    if (!independentValues(values)) {
      return; // a copy that changed a number disagrees with its own original, not with another source
    }
    if (compatible(values)) {
      Group precise = values.stream().filter(g -> g.value.qualifier().isEmpty()).findFirst().orElse(values.get(0));
      agreement(slot, precise, members, drafts); // "at least seven" and "nine" do not disagree
      return;
    }
    if (!key && !evidence(values)) {
      return; // one thing, but nothing says the competing values are about the same fact
    }
    Draft d = draftFor(members, drafts);
    d.conflicts.clear();
    for (Group g : values) {
      d.conflicts.add(new Claim.Conflict(format(g.value), g.articles()));
    }
    d.slot = Optional.of(label(slot, mentions.get(0).value().context()));
    d.value = Optional.empty();
  }

  private void agreement(String slot, Group g, List<Statement> members, List<Draft> drafts) {
    Draft holder = holder(members, drafts);
    if (holder != null) {
      if (holder.slot.isEmpty()) {
        holder.slot = Optional.of(label(slot, g.value.context()));
        holder.value = Optional.of(number(g.value));
      }
      return;
    }
    if (groups.independent(g.articles()).size() < 2) {
      return;
    }
    Draft d = new Draft(members, best(members), true);
    d.slot = Optional.of(label(slot, g.value.context()));
    d.value = Optional.of(number(g.value));
    drafts.add(d);
  }

  /** The draft holding all of {@code members}, else null. */
  private static Draft holder(List<Statement> members, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.members.containsAll(members)) {
        return d;
      }
    }
    return null;
  }

  /** The draft holding all of {@code members}, else a new typed draft of them. */
  private Draft draftFor(List<Statement> members, List<Draft> drafts) {
    Draft d = holder(members, drafts);
    if (d == null) {
      d = new Draft(members, best(members), true);
      drafts.add(d);
    }
    return d;
  }

  /** The wording of a typed claim: an original's shortest statement. */
  private Statement best(List<Statement> members) {
    return members.stream().min(Comparator.comparing((Statement m) -> groups.isDerivative(m.article()))
        .thenComparingInt(m -> m.text().length())).orElseThrow();
  }

  private boolean independentValues(List<Group> values) {
    Set<String> roots = new LinkedHashSet<>();
    for (Group g : values) {
      Set<String> mine = new LinkedHashSet<>();
      g.articles().forEach(a -> mine.add(groups.rootOf(a)));
      roots.addAll(mine);
    }
    // at least two values whose articles come from different copy groups
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        for (String a : values.get(i).articles()) {
          for (String b : values.get(j).articles()) {
            if (!groups.rootOf(a).equals(groups.rootOf(b))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** One value written two ways: equal, rounded ("1.1 billion" for 1.08 billion), or hedged and close. */
  boolean same(Value a, Value b) {
    if (a.number() == b.number()) {
      return true;
    }
    double max = Math.max(Math.abs(a.number()), Math.abs(b.number()));
    if (max == 0) {
      return true;
    }
    double diff = Math.abs(a.number() - b.number()) / max;
    if ((a.qualifier().isPresent() || b.qualifier().isPresent()) && diff <= settings.hedgedTolerance()) {
      return true;
    }
    return roundsTo(a.number(), b.number()) || roundsTo(b.number(), a.number());
  }

  /**
   * Whether two competing values of a thing are about one fact: some pair of their mentions shares a
   * predicate, or two context words, or their statements are likely one fact.
   */
  private boolean evidence(List<Group> values) {
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        for (Mention a : values.get(i).mentions) {
          for (Mention b : values.get(j).mentions) {
            if (oneFact(a, b)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Whether two mentions of different articles are about one fact (as {@link #evidence} asks of rivals). */
  private boolean related(List<Mention> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size(); j++) {
        if (oneFact(mentions.get(i), mentions.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean oneFact(Mention a, Mention b) {
    Set<String> shared = new java.util.HashSet<>(a.value().context());
    shared.retainAll(b.value().context());
    boolean predicate = a.value().predicates().stream().anyMatch(b.value().predicates()::contains);
    return predicate || shared.size() >= 2 || a.statement() == b.statement()
        || matching.probability(a.statement(), b.statement()) >= settings.valueContext();
  }

  /** Whether every pair of values is compatible through a bound ("at least 7" and 9). */
  private static boolean compatible(List<Group> values) {
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        Value a = values.get(i).value;
        Value b = values.get(j).value;
        if (!lowerBound(a, b) && !lowerBound(b, a)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * "at least 7" / "more than 100" agree with any larger figure; "up to", "less than" with any smaller.
   * Two bounds that differ ("at least 50", "at least 75") disagree: each report claims its own figure.
   */
  private static boolean lowerBound(Value bound, Value other) {
    if (other.qualifier().isPresent() && !other.qualifier().get().equals("APPROX")) {
      return false;
    }
    String q = bound.qualifier().orElse("");
    return switch (q) {
      case "AT_LEAST", "MORE_THAN" -> other.number() >= bound.number();
      case "UP_TO", "LESS_THAN" -> other.number() <= bound.number();
      default -> false;
    };
  }

  /** Whether {@code coarse} is {@code fine} rounded ("1.1 billion" for 1.08 billion). */
  private static boolean roundsTo(double coarse, double fine) {
    if (coarse == 0) {
      return false;
    }
    double scale = Math.pow(10, Math.floor(Math.log10(Math.abs(coarse))) - 1);
    if (Math.rint(coarse / scale) * scale != coarse) {
      return false; // coarse has three or more significant digits: no rounding
    }
    return Math.abs(Math.rint(fine / scale) * scale - coarse) < 1e-9 * Math.max(1, Math.abs(coarse))
        && Math.abs(fine - coarse) / Math.abs(coarse) < 0.05;
  }

  private Optional<List<Group>> asUpdates(List<Group> values, boolean cumulative) {
    List<Group> ordered = new ArrayList<>(values);
    for (Group g : ordered) {
      if (g.earliest().isEmpty()) {
        return Optional.empty();
      }
    }
    ordered.sort(Comparator.comparing((Group g) -> g.earliest().orElseThrow()).thenComparing(g -> g.revised() ? 1 : 0));
    for (int i = 1; i < ordered.size(); i++) {
      Group older = ordered.get(i - 1);
      Group newer = ordered.get(i);
      LocalDate o = older.earliest().orElseThrow();
      LocalDate n = newer.earliest().orElseThrow();
      if (n.isBefore(o)) {
        return Optional.empty();
      }
      if (newer.revised() && !older.revised()) {
        continue;
      }
      if (cumulative && newer.value.number() > older.value.number() && n.isAfter(o)) {
        continue;
      }
      return Optional.empty();
    }
    return Optional.of(ordered);
  }

  /** Spellings of one person's name that differ beyond diacritics, from independent sources. */
  private void names(List<Statement> statements, List<Draft> drafts) {
    Map<String, Map<String, List<Statement>>> spellings = new LinkedHashMap<>(); // folded key -> spelling -> statements
    Map<String, String> spellingOf = new HashMap<>();
    for (Statement s : statements) {
      for (Value v : s.values()) {
        if (!v.isName()) {
          continue;
        }
        String name = v.name().orElseThrow();
        spellings.computeIfAbsent(Wording.fold(name), k -> new LinkedHashMap<>())
            .computeIfAbsent(name, k -> new ArrayList<>()).add(s);
        spellingOf.putIfAbsent(Wording.fold(name), name);
      }
    }
    List<String> keys = new ArrayList<>(spellings.keySet());
    Set<String> done = new java.util.HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        String a = keys.get(i);
        String b = keys.get(j);
        if (!Wording.variants(a, b) || done.contains(a) || done.contains(b)) {
          continue;
        }
        List<Statement> sa = first(spellings.get(a));
        List<Statement> sb = first(spellings.get(b));
        Set<String> arts = new LinkedHashSet<>();
        sa.forEach(s -> arts.add(s.article()));
        boolean overlap = sb.stream().anyMatch(s -> arts.contains(s.article()));
        boolean independent = sa.stream().anyMatch(x -> sb.stream()
            .anyMatch(y -> !groups.rootOf(x.article()).equals(groups.rootOf(y.article()))));
        if (overlap || !independent) {
          continue; // one article writing both is a typo of its own; a copy is no second source
        }
        done.add(a);
        done.add(b);
        List<Statement> members = new ArrayList<>(oneEach(sa));
        oneEach(sb).forEach(members::add);
        Draft d = new Draft(members, best(sa.size() >= sb.size() ? sa : sb), true);
        d.conflicts.add(new Claim.Conflict(spellingOf.get(a), articles(sa)));
        d.conflicts.add(new Claim.Conflict(spellingOf.get(b), articles(sb)));
        d.slot = Optional.of("person");
        drafts.add(d);
      }
    }
  }

  private static List<Statement> first(Map<String, List<Statement>> bySpelling) {
    List<Statement> out = new ArrayList<>();
    bySpelling.values().forEach(out::addAll);
    return out;
  }

  private static List<Statement> oneEach(List<Statement> statements) {
    Map<String, Statement> out = new LinkedHashMap<>();
    statements.forEach(s -> out.putIfAbsent(s.article(), s));
    return List.copyOf(out.values());
  }

  private static List<String> articles(List<Statement> statements) {
    return List.copyOf(new LinkedHashSet<>(statements.stream().map(Statement::article).toList()));
  }

  /** The slot as tables show it: casualty classes and {@code magnitude} as they are, else its thing. */
  static String label(String slot, Set<String> context) {
    if (slot.matches("[A-Z]{3}")) {
      return "money";
    }
    if ((slot.equals("home") || slot.equals("hous") || slot.equals("build"))
        && context.stream().anyMatch(c -> c.startsWith("destroi") || c.startsWith("collaps") || c.startsWith("flatten"))) {
      return "homes_destroyed";
    }
    return context.isEmpty() ? slot : slot + ":" + String.join("+", new java.util.TreeSet<>(context));
  }

  static String number(Value v) {
    double n = v.number();
    return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
  }

  private static String format(Value v) {
    return v.text().strip();
  }
}
