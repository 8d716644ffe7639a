package org.triangulate.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Whole-line patterns of page furniture, shared by the text cleaner and the HTML extractor. */
final class Boilerplate {
  private Boilerplate() {}

  private static Pattern line(String regex) {
    return Pattern.compile("^(?:" + regex + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A line that starts a comment section: everything after it is reader comments. */
  static final Pattern COMMENT_SECTION = line(
      "comments?|\\d+\\s+comments?|leave a (?:reply|comment)|post a comment|add (?:a )?comment|"
          + "comments are closed\\.?|join the (?:conversation|discussion)|show comments|view comments|"
          + "reader comments|what do you think\\??|have your say");

  /** Lines dropped wherever they stand. */
  static final List<Pattern> LINES = List.of(
      line("related(?: posts?| articles?| stories| news| content| reading)?:?|read (?:more|next|also):?.{0,120}|"
          + "also read:?.{0,160}|see also:?.{0,120}|recommended(?: for you| stories)?|you (?:may|might) also like"
          + "|more (?:from|on|stories|news).{0,60}|most (?:read|popular|viewed|shared)|trending(?: now| stories)?"
          + "|latest(?: news| stories)?|top stories|editor'?s picks?|don'?t miss"),
      line("advertisement|sponsored(?: content)?|ad|ads|promoted|scroll to continue.{0,40}"),
      line("share(?: this| the)?(?: article| story| post| page)?(?: on| via| with)?:?(?: \\w+)?|tweet|e-?mail|print"
          + "|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|copy link|copy url"
          + "|(?:facebook|twitter|whatsapp|linkedin|email|print|share)(?:[\\s|·•,]+(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|print|share|copy link|reddit|telegram))+"),
      line("follow us(?: on| at)?.{0,60}|subscribe(?: now| to| for| today)?.{0,80}|sign up(?: for| to)?.{0,80}"
          + "|(?:get|join) (?:our|the) (?:newsletter|whatsapp channel|telegram channel).{0,80}"
          + "|download (?:our|the) app.{0,60}|listen to this article.{0,20}|\\d+\\s*min(?:ute)?s? read"),
      line("(?:we|this (?:web)?site) uses? cookies.{0,300}|accept(?: all)? cookies|cookie (?:policy|settings|preferences)"
          + "|manage (?:cookies|consent|preferences)|privacy policy|terms (?:of (?:use|service)|and conditions)"
          + "|(?:©|\\(c\\)|copyright)\\s.{0,160}|all rights reserved\\.?.{0,80}"),
      line("your email address will not be published\\..{0,120}|required fields are marked.{0,20}|cancel reply"
          + "|post comment|submit comment|save my name, email, and website.{0,120}|replying to .{1,80}"
          + "|comments are moderated.{0,200}|for more information,? please see our comments faq\\.?"
          + "|\\d+ (?:people|readers) (?:are|have) (?:commenting|commented).{0,40}|log ?in to (?:comment|reply).{0,40}"),
      line("tags?:.{0,200}|topics?:.{0,200}|filed under:?.{0,200}|posted in .{0,200}|categor(?:y|ies):.{0,200}"
          + "|(?:previous|next) (?:post|article|story):?.{0,160}|skip to (?:main )?content|back to top"
          + "|click here.{0,120}|home|menu|search|close|loading\\.*"),
      line("representational (?:image|photo)|file (?:photo|image)|(?:photo|image|picture|video) (?:credit|courtesy)?:?.{0,120}"
          + "|(?:photo|image|picture): .{0,120}"));

  /** A photo caption: credit markers at the end, as pages print them under pictures. */
  static final Pattern CAPTION = Pattern.compile(
      "(?:[—–-]\\s*(?:photo|file photo|image|picture|screengrab|screenshot)\\b.{0,80}$)"
          + "|(?:\\((?:photo|image|file)\\b[^)]{0,80}\\)\\s*$)"
          + "|(?:\\b(?:photo|image) (?:courtesy|credit|by)\\b.{0,80}$)"
          + "|(?:/\\s*(?:AFP|Reuters|AP|Getty Images|EPA)\\s*$)",
      Pattern.CASE_INSENSITIVE);

  /** Cheap pre-check for {@link #CAPTION}: every caption form names a picture or ends with "/ AGENCY". */
  static boolean mayBeCaption(String line) {
    if (line.indexOf('/') >= 0) {
      return true;
    }
    String l = line.toLowerCase(java.util.Locale.ROOT);
    return l.contains("photo") || l.contains("image") || l.contains("picture") || l.contains("screen")
        || l.contains("(file");
  }

  /** Notices that are whole sentences (cookie banners, comment rules, legal lines). */
  private static final List<Pattern> NOTICES = List.of(LINES.get(4), LINES.get(5));

  /**
   * Whether {@code line} is furniture. A line that reads as a sentence (more than six words ending
   * in sentence punctuation) is only matched against the notices, so "More on Tuesday, …" stays.
   */
  static boolean isBoilerplateLine(String line) {
    boolean sentence = line.matches("(?s).*[.!?\"”’)]$") && line.split("\\s+").length > 6;
    for (Pattern p : sentence ? NOTICES : LINES) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
