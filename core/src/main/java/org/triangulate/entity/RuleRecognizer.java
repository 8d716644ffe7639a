package org.triangulate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rule recogniser: capitalised phrases are split into title, name and qualifier; classified by
 * keyword lists (titles, organisation and group words), a place gazetteer and, when available, a
 * statistical recogniser's spans; roles come from titles before a name ("US Ambassador to Pakistan
 * Donald Blome") and appositions after it ("Syed Haider Shah, Additional Secretary (UN&ED)"); acronyms
 * from definitions ("Tehreek-i-Taliban Pakistan (TTP)").
 */
final class RuleRecognizer {
  private static final String TOKEN =
      "\\p{Lu}(?:[\\p{L}\\p{M}\\p{N}]|&(?=\\p{L})|[-.](?=[\\p{L}\\p{N}])|['’](?=\\p{L})(?!s(?![\\p{L}])))*";
  private static final Pattern SPAN = Pattern.compile(
      TOKEN + "(?:[ \\t]+(?:(?:of|for|to|de|al|bin|ul|and)[ \\t]+(?:the[ \\t]+)?)?" + TOKEN + ")*"
          + "(?:[ \\t]*\\((?<paren>[^()\\n]{2,40})\\))?");
  private static final Pattern TOKENS = Pattern.compile(TOKEN + "|\\b(?:of|for|to|de|al|bin|ul|the|and)\\b");
  private static final Pattern SPEECH = Pattern.compile(
      "(?i)\\b(?:said|says|told|added|stated|noted|warned|announced|according\\s+to|tweeted|wrote)\\b");
  /** What only follows a person's name: an age ("Sorin Vale, 34,"), or a relative "who" ("…, the agent who"). */
  private static final Pattern PERSON_AFTER = Pattern.compile(
      "\\s*(?:,\\s*(?:aged\\s+)?\\d{1,3}\\s*[,.;)]|\\(\\d{1,3}\\)|,\\s*(?:[\\p{L}-]+\\s+){0,6}?who\\b|\\s+who\\s)");
  private static final Pattern APPOSITION_END = Pattern.compile(
      "[,.;:”\"\\n]|\\s(?:will|would|said|says|has|have|had|is|was|were|are|who|which|and|in|on|at|to|led|"
          + "told|added|during|after|before|with)\\b");
  private static final Pattern ROLE_BEFORE = Pattern.compile(
      "(?:\\b(?:the|a|an)\\s+)?((?:(?:former|then|deputy|acting|senior|chief|vice|prime|foreign|interior|finance|"
          + "defence|defense|federal|provincial|state|\\p{Lu}[\\p{L}.&-]*)\\s+){0,4}?(?:spokesperson|spokesman|spokeswoman|minister|"
          + "secretary|ambassador|envoy|adviser|advisor|official|commander|chief|leader|director|analyst|"
          + "expert|researcher|president|premier|governor|senator|diplomat|negotiator))\\s+$");

  private final EntitySettings settings;

  RuleRecognizer(EntitySettings settings) {
    this.settings = settings;
  }

  record Tok(int start, int end, String text) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean connector() {
      return Character.isLowerCase(text.charAt(0));
    }
  }

  List<Found> find(String text, List<NerSpan> ner) {
    List<Found> out = new ArrayList<>();
    List<int[]> roleRegions = new ArrayList<>();
    Matcher m = SPAN.matcher(text);
    while (m.find()) {
      List<Tok> toks = tokens(text, m.start(), m.group("paren") != null ? m.start("paren") - 1 : m.end());
      String paren = m.group("paren");
      for (List<Tok> part : split(toks)) {
        analyse(text, part, paren, m, ner, out, roleRegions);
      }
    }
    // appositive roles after people: "Syed Haider Shah, Additional Secretary (UN&ED) will lead"
    List<Found> withRoles = new ArrayList<>(out.size());
    for (Found f : out) {
      if (f.type() == EntityType.PERSON && f.role() == null) {
        int[] region = new int[2];
        String role = apposition(text, f.end(), region);
        if (role == null) {
          role = roleBefore(text, f.start());
        } else {
          roleRegions.add(region);
        }
        if (role != null) {
          f = new Found(f.start(), f.end(), f.text(), f.type(), role, f.affiliation(), f.alias(), true);
        }
      }
      withRoles.add(f);
    }
    List<Found> kept = new ArrayList<>();
    for (Found f : withRoles) {
      boolean insideRole = roleRegions.stream().anyMatch(r -> f.start() >= r[0] && f.end() <= r[1]);
      if (!insideRole) {
        kept.add(f);
      }
    }
    return supportPeople(text, kept, ner);
  }

  private static List<Tok> tokens(String text, int from, int to) {
    List<Tok> toks = new ArrayList<>();
    Matcher t = TOKENS.matcher(text).region(from, to);
    while (t.find()) {
      toks.add(new Tok(t.start(), t.end(), t.group()));
    }
    return toks;
  }

  /** Splits a capitalised run at stop words, dangling connectors and connectors that join two names. */
  private static List<List<Tok>> split(List<Tok> toks) {
    List<List<Tok>> parts = new ArrayList<>();
    List<Tok> cur = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.connector()) {
        Tok left = cur.isEmpty() ? null : cur.get(cur.size() - 1);
        if (t.lower().equals("and")) {
          // "Pakistan Institute for Conflict and Security Studies" is one name; "Office and US" is two
          boolean orgInside = left != null && !Lexicon.in(Lexicon.ORG_KEYWORDS, left.text())
              && cur.stream().anyMatch(x -> Lexicon.in(Lexicon.ORG_KEYWORDS, x.text()));
          Tok right = i + 1 < toks.size() ? toks.get(i + 1) : null;
          if (orgInside && right != null && !right.connector() && !Lexicon.in(Lexicon.LOCATIONS, right.text())) {
            cur.add(t);
          } else {
            flush(parts, cur);
            cur = new ArrayList<>();
          }
          continue;
        }
        boolean keep = left != null && (t.lower().equals("of") || t.lower().equals("the")
            || Lexicon.in(Lexicon.TITLE_HEADS, left.text()) || Lexicon.in(Lexicon.ORG_KEYWORDS, left.text())
            || left.connector() || Lexicon.in(Lexicon.NOT_NAME, left.text()) || t.lower().equals("al")
            || t.lower().equals("bin") || t.lower().equals("ul") || t.lower().equals("de"));
        if (!keep) {
          flush(parts, cur);
          cur = new ArrayList<>();
        } else {
          cur.add(t);
        }
        continue;
      }
      if (Lexicon.in(Lexicon.STOP, t.text()) || Lexicon.in(Lexicon.HONORIFICS, t.text())) {
        flush(parts, cur);
        cur = new ArrayList<>();
        continue;
      }
      cur.add(t);
    }
    flush(parts, cur);
    return parts;
  }

  private static void flush(List<List<Tok>> parts, List<Tok> cur) {
    while (!cur.isEmpty() && cur.get(cur.size() - 1).connector()) {
      cur.remove(cur.size() - 1);
    }
    while (!cur.isEmpty() && cur.get(0).connector()) {
      cur.remove(0);
    }
    if (!cur.isEmpty()) {
      parts.add(List.copyOf(cur));
    }
  }

  private void analyse(String text, List<Tok> toks, @Nullable String paren, Matcher span, List<NerSpan> ner,
      List<Found> out, List<int[]> roleRegions) {
    boolean parenFollows = paren != null && toks.get(toks.size() - 1).end() == lastTokenEnd(span, text);
    // 1. title + name: "Acting Coordinator for Counterterrorism Christopher Landberg"
    int lastCore = -1;
    for (int i = 0; i < toks.size(); i++) {
      if (!toks.get(i).connector() && Lexicon.in(Lexicon.TITLE_CORE, toks.get(i).text())) {
        lastCore = i;
      }
    }
    if (lastCore >= 0) {
      int nameStart = nameStart(toks, lastCore);
      int firstTitle = firstTitle(toks, lastCore);
      if (nameStart > 0) {
        String affiliation = null;
        int roleFrom = firstTitle;
        if (firstTitle > 0) {
          List<Tok> lead = toks.subList(0, firstTitle);
          String leadText = join(text, lead);
          boolean place = Lexicon.in(Lexicon.LOCATIONS, leadText) || Lexicon.in(Lexicon.DEMONYMS, leadText);
          if (place) {
            roleFrom = 0;
          } else {
            affiliation = leadText;
            out.add(new Found(lead.get(0).start(), lead.get(lead.size() - 1).end(), leadText,
                EntityType.ORG, null, null, null, true));
          }
        }
        List<Tok> roleToks = toks.subList(roleFrom, nameStart);
        String role = join(text, roleToks);
        List<Tok> name = toks.subList(nameStart, toks.size());
        String nameText = join(text, name);
        if (parenFollows) {
          // "Minister (retd) Name (ABC)" is rare; a parenthesis after a person is not an acronym
          parenFollows = false;
        }
        // qualifier places inside the role are still places: "to Pakistan"
        for (Tok t : roleToks) {
          if (Lexicon.in(Lexicon.LOCATIONS, t.text())) {
            out.add(new Found(t.start(), t.end(), t.text(), EntityType.LOCATION, null, null, null, true));
          }
        }
        out.add(new Found(name.get(0).start(), name.get(name.size() - 1).end(), nameText, EntityType.PERSON,
            role, affiliation, null, true));
        return;
      }
      if (nameStart < 0 && firstTitle == 0 || isRolePhrase(toks)) {
        // a role without a name ("Additional Secretary (UN&ED)"); the parenthesis belongs to it
        int end = parenFollows ? span.end() : toks.get(toks.size() - 1).end();
        roleRegions.add(new int[] {toks.get(0).start(), end});
        return;
      }
    }
    String phrase = join(text, toks);
    int start = toks.get(0).start();
    int end = toks.get(toks.size() - 1).end();
    String alias = parenFollows && Names.isAcronym(paren.strip()) ? paren.strip() : null;
    if (alias != null && !Names.initials(phrase).equals(Names.acronymKey(alias))
        && !Names.initials(phrase).startsWith(Names.acronymKey(alias).substring(0, 1))) {
      alias = null; // "(File)" or "(AFP)" is not this phrase's acronym
    }
    EntityType nerType = nerType(ner, start, end);
    EntityType type = classify(toks, phrase, text, start, nerType);
    if (type == EntityType.PERSON && toks.stream().anyMatch(t -> t.lower().equals("of") || t.lower().equals("for")
        || t.lower().equals("to") || t.lower().equals("and") || t.lower().equals("the"))) {
      return; // "Country of Particular Concern" is a designation, not a person
    }
    if (type == null) {
      if (alias != null && toks.stream().noneMatch(t -> t.lower().equals("of"))) {
        type = EntityType.ORG;
      } else {
        return;
      }
    }
    if (type == EntityType.ORG || type == EntityType.GROUP) {
      // "Pakistani Foreign Office" is the Foreign Office; "Pakistani Taliban" keeps its demonym
      if (toks.size() > 1 && Lexicon.in(Lexicon.DEMONYMS, toks.get(0).text()) && type == EntityType.ORG) {
        start = toks.get(1).start();
        phrase = text.substring(start, end);
      }
    }
    boolean supported = nerType != null || type != EntityType.PERSON;
    out.add(new Found(start, end, phrase, type, null, null, alias, supported));
    if (alias != null) {
      int as = span.start("paren") + span.group("paren").indexOf(alias);
      out.add(new Found(as, as + alias.length(), alias, type, null, null, phrase, true));
    }
  }

  private static int lastTokenEnd(Matcher span, String text) {
    int e = span.start("paren") - 1;
    while (e > span.start() && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static boolean isRolePhrase(List<Tok> toks) {
    for (Tok t : toks) {
      if (!t.connector() && !Lexicon.in(Lexicon.TITLE_HEADS, t.text()) && !Lexicon.in(Lexicon.NOT_NAME, t.text())
          && !Lexicon.in(Lexicon.LOCATIONS, t.text())) {
        return false;
      }
    }
    return true;
  }

  /** First token of the title that ends at {@code lastCore}, walking back over title words. */
  private static int firstTitle(List<Tok> toks, int lastCore) {
    int i = lastCore;
    while (i > 0) {
      Tok prev = toks.get(i - 1);
      if (prev.connector() || Lexicon.in(Lexicon.TITLE_HEADS, prev.text()) || Lexicon.in(Lexicon.NOT_NAME, prev.text())) {
        i--;
      } else {
        break;
      }
    }
    while (i < lastCore && toks.get(i).connector()) {
      i++;
    }
    return i;
  }

  /** Index where the person's name starts after the title, or -1 when there is no name. */
  private int nameStart(List<Tok> toks, int lastCore) {
    int n = toks.size();
    int afterTitle = lastCore + 1;
    boolean qualifier = afterTitle < n && toks.get(afterTitle).connector();
    int i = n;
    int count = 0;
    while (i - 1 > lastCore && count < settings.maxNameTokens() && nameLike(toks.get(i - 1))) {
      i--;
      count++;
    }
    if (count == 0) {
      return -1;
    }
    if (qualifier) {
      // keep at least one token for the qualifier: "for Counterterrorism", "to Pakistan"
      int firstQualifierToken = afterTitle;
      while (firstQualifierToken < n && toks.get(firstQualifierToken).connector()) {
        firstQualifierToken++;
      }
      if (i <= firstQualifierToken) {
        i = firstQualifierToken + 1;
      }
      if (i >= n) {
        return -1;
      }
      if (n - i > 2 && i == firstQualifierToken + 1) {
        // "for Foreign Affairs Hina Rabbani Khar": NOT_NAME words already stop the name
        return i;
      }
    }
    return i;
  }

  static boolean nameLike(Tok t) {
    String w = t.text();
    if (t.connector() || w.length() < 2 || Names.isAcronym(w) || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    String l = w.toLowerCase(Locale.ROOT);
    if (Lexicon.STOP.contains(l) || Lexicon.TITLE_HEADS.contains(l) || Lexicon.ORG_KEYWORDS.contains(l)
        || Lexicon.GROUP_KEYWORDS.contains(l) || Lexicon.MISC_KEYWORDS.contains(l) || Lexicon.NOT_NAME.contains(l)
        || Lexicon.LOCATIONS.contains(l) || Lexicon.DEMONYMS.contains(l)) {
      return false;
    }
    return !(l.endsWith("ism") || l.endsWith("ity") || l.endsWith("tion") || l.endsWith("ment")
        || l.endsWith("ence") || l.endsWith("ance") || l.endsWith("ics") || l.endsWith("ure"));
  }

  private static @Nullable EntityType classify(List<Tok> toks, String phrase, String text, int start,
      @Nullable EntityType nerType) {
    boolean group = false;
    boolean org = false;
    boolean misc = false;
    for (Tok t : toks) {
      for (String piece : t.text().split("[-‐]")) {
        if (Lexicon.in(Lexicon.GROUP_KEYWORDS, piece)) {
          group = true;
        }
      }
      if (Lexicon.in(Lexicon.GROUP_KEYWORDS, t.text())) {
        group = true;
      }
      if (Lexicon.in(Lexicon.ORG_KEYWORDS, t.text())) {
        org = true;
      }
      if (Lexicon.in(Lexicon.MISC_KEYWORDS, t.text())) {
        misc = true;
      }
    }
    if (group) {
      return EntityType.GROUP;
    }
    if (org) {
      if (toks.size() == 1 && !Names.isAcronym(toks.get(0).text())
          && !Lexicon.in(Lexicon.STANDALONE_ORGS, toks.get(0).text())) {
        return null; // "Post", "Office" alone are words, not names
      }
      return EntityType.ORG;
    }
    if (Lexicon.in(Lexicon.LOCATIONS, phrase)) {
      return EntityType.LOCATION;
    }
    if (nerType != null) {
      return misc ? null : nerType;
    }
    if (misc) {
      return null;
    }
    if (toks.size() == 1) {
      String w = toks.get(0).text();
      if (Lexicon.in(Lexicon.DEMONYMS, w)) {
        return null;
      }
      if (Names.isAcronym(w)) {
        return w.replaceAll("[^A-Z]", "").length() >= 2 ? EntityType.ORG : null;
      }
      String before = text.substring(Math.max(0, start - 12), start);
      if (before.matches("(?s).*\\b(?:in|near|outside|across)\\s+$") && RuleRecognizer.nameLike(toks.get(0))) {
        return EntityType.LOCATION;
      }
      return RuleRecognizer.nameLike(toks.get(0)) ? EntityType.PERSON : null; // a surname, kept if a person has it
    }
    for (Tok t : toks) {
      if (!t.connector() && !nameLike(t)) {
        return null;
      }
    }
    return toks.size() <= 4 ? EntityType.PERSON : null;
  }

  private static @Nullable EntityType nerType(List<NerSpan> ner, int start, int end) {
    for (NerSpan s : ner) {
      if (s.start() < end && start < s.end()) {
        return s.type();
      }
    }
    return null;
  }

  private @Nullable String apposition(String text, int end, int[] region) {
    if (end >= text.length() || text.charAt(end) != ',') {
      return null;
    }
    int from = end + 1;
    while (from < text.length() && text.charAt(from) == ' ') {
      from++;
    }
    int limit = Math.min(text.length(), from + settings.maxRoleChars());
    Matcher stop = APPOSITION_END.matcher(text).region(from, limit);
    int to = stop.find() ? stop.start() : -1;
    if (to <= from) {
      return null;
    }
    String role = text.substring(from, to).strip();
    if (role.startsWith("the ") || role.startsWith("a ") || role.startsWith("an ")) {
      role = role.substring(role.indexOf(' ') + 1);
    }
    boolean titled = false;
    for (String w : role.split("[\\s(),]+")) {
      if (Lexicon.in(Lexicon.TITLE_CORE, w) || Lexicon.in(Lexicon.ROLE_WORDS, w)) {
        titled = true;
      }
    }
    if (!titled || role.isEmpty()) {
      return null;
    }
    region[0] = from;
    region[1] = to;
    return role;
  }

  private static @Nullable String roleBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 60), start);
    Matcher m = ROLE_BEFORE.matcher(before);
    if (!m.find()) {
      return null;
    }
    String role = m.group(1).strip();
    return role.isEmpty() ? null : role;
  }

  /**
   * Drops untitled "people" without support (no speech verb near, not repeated, no recogniser span). A
   * lone capitalised word that is nobody's surname but recurs mid-sentence is taken as an organisation
   * ("Boeing", "Apple"), the usual shape of company and brand names.
   */
  private List<Found> supportPeople(String text, List<Found> found, List<NerSpan> ner) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> midSentence = new HashMap<>();
    Map<String, Boolean> surnames = new HashMap<>();
    for (Found f : found) {
      counts.merge(Names.key(f.text()), 1, Integer::sum);
      if (!sentenceInitial(text, f.start())) {
        midSentence.merge(f.text(), 1, Integer::sum);
      }
      if (f.type() == EntityType.PERSON && f.supported() && f.text().contains(" ")) {
        String[] parts = f.text().split("\\s+");
        surnames.put(Names.key(parts[parts.length - 1]), true);
      }
    }
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      if (f.type() != EntityType.PERSON || f.supported()) {
        out.add(f);
        continue;
      }
      boolean single = !f.text().contains(" ");
      if (single) {
        if (surnames.containsKey(Names.key(f.text()))) {
          out.add(f);
        } else if (counts.getOrDefault(Names.key(f.text()), 0) >= settings.minMentionsForUntitledPerson()
            && midSentence.getOrDefault(f.text(), 0) >= 1) {
          out.add(new Found(f.start(), f.end(), f.text(), EntityType.ORG, null, null, null, true));
        }
        continue;
      }
      String around = text.substring(Math.max(0, f.start() - 40), Math.min(text.length(), f.end() + 40));
      String after = text.substring(f.end(), Math.min(text.length(), f.end() + 60));
      if (SPEECH.matcher(around).find() || PERSON_AFTER.matcher(after).lookingAt()
          || counts.getOrDefault(Names.key(f.text()), 0) >= settings.minMentionsForUntitledPerson()) {
        out.add(f);
        String[] parts = f.text().split("\\s+");
        surnames.put(Names.key(parts[parts.length - 1]), true);
      }
    }
    return out;
  }

  private static boolean sentenceInitial(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '\n' || text.charAt(i) == '!' || text.charAt(i) == '?'
        || text.charAt(i) == ':';
  }

  private static String join(String text, List<Tok> toks) {
    return text.substring(toks.get(0).start(), toks.get(toks.size() - 1).end());
  }
}
