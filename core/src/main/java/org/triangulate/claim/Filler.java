package org.triangulate.claim;

import java.util.regex.Pattern;
import org.triangulate.text.Sentence;
import org.triangulate.text.Token;

/**
 * Padding that states nothing checkable: the summing-up, hedging and evaluative sentences of opinion
 * pieces and AI-written rewrites ("In conclusion, the incident serves as a stark reminder …", "It
 * remains to be seen whether …"). A sentence is filler when it gives no number and no date and either
 * opens with a summing-up marker or leans on an evaluative cliché. The cues are general English
 * discourse markers and set phrases of commentary, not words of any corpus.
 */
final class Filler {
  private Filler() {}

  private static final Pattern OPENER = Pattern.compile("(?i)^\\W*(?:in conclusion|overall|ultimately|in summary|to sum up|"
      + "all in all|in short|moving forward|looking ahead|going forward|as such|in the end|at the end of the day|"
      + "needless to say|in today's|it is worth noting|it is important to note|it remains to be seen|only time will tell|"
      + "notably|importantly|interestingly|undoubtedly|clearly|for now|as the dust settles|as .{3,60} continues?)\\b");
  private static final Pattern CLICHE = Pattern.compile("(?i)\\b(?:serves? as an? (?:stark |sobering |timely |powerful )?"
      + "reminder|(?:stark|sobering|timely|powerful) reminder|raises? (?:important |serious |difficult |fresh )?questions|"
      + "underscores?|underlines? the|highlights? the (?:importance|need|challenges?|vulnerab\\w+|fragility)|testament to|"
      + "plays? an? (?:crucial|vital|pivotal|key|important) role|paves? the way|step in the right direction|"
      + "important step forward|the road ahead|remains to be seen|will be put to the test|eagerly awaited|"
      + "only time will tell|rapidly evolving|ever-changing|digital landscape|a wake-up call|cannot be overstated|"
      + "no longer optional|food for thought|delicate balance|delves? into|rich tapestry|in the realm of|"
      + "(?:been|be|was|were) reminded of|at a crossroads|a beacon of|chart(?:s|ing)? a (?:path|course)|"
      + "(?:must|need to|should) (?:now )?come together|navigat\\w+ (?:the|a|these) (?:complex|challenging|"
      + "uncertain))\\b");

  /** Words that point at the time of writing ("in today's world"): no date a claim could be checked by. */
  private static final Pattern PRESENT = Pattern.compile("(?i)today|now|nowadays|currently|these days|at present|"
      + "this (?:day and )?age");

  static boolean is(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.numeric()) {
        return false;
      }
    }
    if (!s.figures().isEmpty() || s.timexes().stream()
        .anyMatch(t -> t.beginDate().isPresent() && !PRESENT.matcher(t.text()).matches())) {
      return false;
    }
    return OPENER.matcher(s.text()).find() || CLICHE.matcher(s.text()).find();
  }
}
