package org.triangulate.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The one tokeniser and stemmer of the code base; thread-safe (Lucene reuses components per thread). */
public final class Tokens {
  /** Lucene's English stop words, the one stop list of the token chain. */
  public static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /**
   * Lucene's longer Snowball list of English function words (auxiliaries, pronouns, determiners: "were",
   * "been", "its"), for when a content word must carry meaning (the predicate of a figure).
   */
  public static final CharArraySet FUNCTION_WORDS = loadFunctionWords();

  private static CharArraySet loadFunctionWords() {
    try (java.io.Reader r = org.apache.lucene.util.IOUtils.getDecodingReader(
        org.apache.lucene.analysis.snowball.SnowballFilter.class, "english_stop.txt",
        java.nio.charset.StandardCharsets.UTF_8)) {
      return CharArraySet.unmodifiableSet(org.apache.lucene.analysis.WordlistLoader.getSnowballWordSet(r));
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's english_stop.txt is missing from the class path", e);
    }
  }

  private static final Analyzer CHAIN = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      StandardTokenizer source = new StandardTokenizer();
      source.setMaxTokenLength(64);
      TokenStream s = new EnglishPossessiveFilter(source);
      s = new LowerCaseFilter(s);
      s = new PorterStemFilter(s);
      return new TokenStreamComponents(source, s);
    }
  };

  private Tokens() {}

  /** Tokens of {@code text[from, to)} with offsets into {@code text}. */
  public static List<Token> of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    String part = text.substring(from, to);
    try (TokenStream ts = CHAIN.tokenStream("t", part)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int s = off.startOffset();
        int e = off.endOffset();
        String norm = norm(part.substring(s, e));
        boolean numeric = Character.isDigit(norm.charAt(0));
        String stem = numeric ? norm : term.toString();
        out.add(new Token(from + s, from + e, norm, stem, STOP_WORDS.contains(norm), numeric));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tokenise text held in memory", e);
    }
    return out;
  }

  /** Tokens of a whole text. */
  public static List<Token> of(String text) {
    return of(text, 0, text.length());
  }

  /** The stem of one word, as the chain stems it ("talks" -> "talk"); {@code word} lower-cased first. */
  public static String stem(String word) {
    List<Token> t = of(word);
    return t.isEmpty() ? word.toLowerCase(Locale.ROOT) : t.get(0).stem();
  }

  private static String norm(String surface) {
    String s = surface.toLowerCase(Locale.ROOT);
    if (s.endsWith("'s") || s.endsWith("’s")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("'") || s.endsWith("’")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? surface.toLowerCase(Locale.ROOT) : s;
  }
}
