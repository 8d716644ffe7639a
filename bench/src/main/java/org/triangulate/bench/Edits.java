package org.triangulate.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Programmatic copies and rewrites of real articles for the provenance benchmark: word-level edits at a
 * chosen rate (LSH recall), republications with boilerplate (copies), and rewrites by synonym
 * substitution, clause shuffles, sentence reordering, dropping and adding (paraphrases).
 */
final class Edits {
  private Edits() {}

  /** A small news thesaurus: each word and a replacement that keeps the meaning. */
  static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("said", "stated"), Map.entry("says", "states"), Map.entry("told", "informed"),
      Map.entry("killed", "left dead"), Map.entry("died", "lost their lives"), Map.entry("people", "individuals"),
      Map.entry("police", "law enforcement officers"), Map.entry("arrested", "detained"),
      Map.entry("announced", "revealed"), Map.entry("began", "started"), Map.entry("begin", "start"),
      Map.entry("big", "large"), Map.entry("large", "sizeable"), Map.entry("small", "minor"),
      Map.entry("help", "assist"), Map.entry("helped", "assisted"), Map.entry("show", "indicate"),
      Map.entry("showed", "indicated"), Map.entry("shows", "indicates"), Map.entry("about", "roughly"),
      Map.entry("after", "following"), Map.entry("before", "prior to"), Map.entry("because", "since"),
      Map.entry("but", "however"), Map.entry("also", "additionally"), Map.entry("many", "numerous"),
      Map.entry("several", "a number of"), Map.entry("quickly", "rapidly"), Map.entry("fire", "blaze"),
      Map.entry("car", "vehicle"), Map.entry("cars", "vehicles"), Map.entry("home", "residence"),
      Map.entry("house", "residence"), Map.entry("homes", "residences"), Map.entry("buy", "acquire"),
      Map.entry("bought", "acquired"), Map.entry("deal", "agreement"), Map.entry("company", "firm"),
      Map.entry("attack", "assault"), Map.entry("attacks", "assaults"), Map.entry("hit", "struck"),
      Map.entry("near", "close to"), Map.entry("town", "municipality"), Map.entry("city", "metropolis"),
      Map.entry("country", "nation"), Map.entry("government", "administration"), Map.entry("leader", "head"),
      Map.entry("official", "representative"), Map.entry("officials", "representatives"),
      Map.entry("injured", "hurt"), Map.entry("wounded", "hurt"), Map.entry("earthquake", "quake"),
      Map.entry("statement", "release"), Map.entry("reported", "indicated"), Map.entry("reports", "accounts"),
      Map.entry("week", "seven days"), Map.entry("start", "beginning"), Map.entry("end", "conclusion"),
      Map.entry("new", "fresh"), Map.entry("old", "former"), Map.entry("man", "male"), Map.entry("woman", "female"),
      Map.entry("children", "kids"), Map.entry("shot", "gunned down"),
      Map.entry("death", "passing"), Map.entry("won", "secured"), Map.entry("win", "victory"),
      Map.entry("game", "match"), Map.entry("team", "squad"), Map.entry("star", "celebrity"),
      Map.entry("actor", "performer"), Map.entry("actress", "performer"), Map.entry("film", "movie"),
      Map.entry("hospital", "medical centre"), Map.entry("charged", "accused"), Map.entry("court", "tribunal"),
      Map.entry("prison", "jail"), Map.entry("jail", "prison"), Map.entry("launched", "introduced"),
      Map.entry("released", "issued"), Map.entry("expected", "anticipated"), Map.entry("major", "significant"),
      Map.entry("important", "key"), Map.entry("however", "nevertheless"),
      Map.entry("including", "such as"), Map.entry("according", "as per"), Map.entry("while", "whereas"),
      Map.entry("during", "throughout"), Map.entry("later", "subsequently"), Map.entry("earlier", "previously"),
      Map.entry("most", "the majority of"), Map.entry("get", "obtain"), Map.entry("got", "obtained"),
      Map.entry("make", "create"), Map.entry("made", "created"), Map.entry("want", "wish"),
      Map.entry("need", "require"), Map.entry("needed", "required"), Map.entry("use", "utilize"),
      Map.entry("used", "utilized"), Map.entry("find", "discover"), Map.entry("found", "discovered"));

  /** Generic sentences a rewrite adds; nobody reported them. */
  static final List<String> FILLERS = List.of(
      "The incident has drawn widespread attention across the region.",
      "Observers say the events highlight long-standing concerns that remain unresolved.",
      "Further details are expected to emerge in the coming days as the situation develops.",
      "Many residents expressed shock and concern at the news.",
      "Experts note that similar cases have been reported in previous years.",
      "Overall, the episode serves as a reminder of the challenges that lie ahead.",
      "It remains to be seen how the authorities will respond in the long term.",
      "Analysts believe the development could have significant consequences.");

  static final List<String> BOILERPLATE = List.of(
      "Related Posts", "Share this article on Facebook", "Follow us on Twitter", "Subscribe to our newsletter",
      "Leave a Reply", "Advertisement", "Read more:", "Copyright all rights reserved");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
  private static final Pattern REPORTING = Pattern.compile("^(.{25,}?),\\s+((?:the\\s+)?[\\p{L} .'-]{2,40}?\\s+"
      + "(?:said|says|told reporters|reported|announced))\\.$");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?[A-Z0-9])");

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      for (String s : SENTENCE_END.split(line.strip())) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  /** Replaces, deletes or inserts words, each word with probability {@code rate}; keeps sentences. */
  static String wordEdits(String text, double rate, List<String> vocabulary, SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\\R")) {
      String[] words = line.split(" ");
      List<String> out = new ArrayList<>();
      for (String w : words) {
        if (rnd.nextDouble() < rate) {
          int op = rnd.nextInt(3);
          if (op == 0) {
            out.add(vocabulary.get(rnd.nextInt(vocabulary.size())));
          } else if (op == 1) {
            out.add(w);
            out.add(vocabulary.get(rnd.nextInt(vocabulary.size())));
          } // op 2: delete
        } else {
          out.add(w);
        }
      }
      sb.append(String.join(" ", out)).append('\n');
    }
    return sb.toString().strip();
  }

  /** A republication: the text, one changed word in every ~60, and scraper boilerplate with a credit line. */
  static String copy(String text, String outlet, List<String> vocabulary, SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder();
    if (rnd.nextBoolean()) {
      sb.append(BOILERPLATE.get(rnd.nextInt(BOILERPLATE.size()))).append("\n\n");
    }
    sb.append(wordEdits(text, rnd.nextDouble() * 0.02, vocabulary, rnd)).append("\n\n");
    sb.append("Source: ").append(outlet).append("\n\n");
    for (int i = 0; i < 2; i++) {
      sb.append(BOILERPLATE.get(rnd.nextInt(BOILERPLATE.size()))).append('\n');
    }
    return sb.toString();
  }

  /**
   * An AI-style rewrite: synonyms for about half the thesaurus hits, reporting clauses moved to the
   * front, some sentences dropped, adjacent sentences swapped, and generic or foreign sentences added.
   */
  static String rewrite(String text, List<String> foreignSentences, SplittableRandom rnd) {
    List<String> out = new ArrayList<>();
    for (String s : sentences(text)) {
      if (rnd.nextDouble() < 0.15) {
        continue; // dropped
      }
      String r = synonyms(s, 0.6, rnd);
      if (rnd.nextDouble() < 0.5) {
        r = shuffleClause(r);
      }
      out.add(r);
    }
    for (int i = 0; i + 1 < out.size(); i += 2) {
      if (rnd.nextDouble() < 0.3) {
        Collections.swap(out, i, i + 1);
      }
    }
    int fillers = 1 + rnd.nextInt(3);
    for (int i = 0; i < fillers; i++) {
      out.add(rnd.nextInt(out.size() + 1), FILLERS.get(rnd.nextInt(FILLERS.size())));
    }
    if (!foreignSentences.isEmpty() && rnd.nextBoolean()) {
      out.add(rnd.nextInt(out.size() + 1), foreignSentences.get(rnd.nextInt(foreignSentences.size())));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < out.size(); i++) {
      sb.append(out.get(i)).append(i % 3 == 2 ? "\n\n" : " ");
    }
    return sb.toString().strip();
  }

  static String synonyms(String sentence, double p, SplittableRandom rnd) {
    Matcher m = WORD.matcher(sentence);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String w = m.group();
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      String syn = SYNONYMS.get(lower);
      String rep = w;
      if (syn != null && rnd.nextDouble() < p) {
        rep = Character.isUpperCase(w.charAt(0)) ? Character.toUpperCase(syn.charAt(0)) + syn.substring(1) : syn;
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(rep));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** "X happened, the police said." becomes "The police said that x happened." */
  static String shuffleClause(String s) {
    Matcher m = REPORTING.matcher(s);
    if (!m.matches()) {
      return s;
    }
    String clause = m.group(1);
    String speaker = m.group(2);
    String first = Character.toUpperCase(speaker.charAt(0)) + speaker.substring(1);
    String rest = clause.length() > 1 && Character.isUpperCase(clause.charAt(0)) && Character.isLowerCase(clause.charAt(1))
        ? Character.toLowerCase(clause.charAt(0)) + clause.substring(1) : clause;
    return first + " that " + rest + ".";
  }
}
