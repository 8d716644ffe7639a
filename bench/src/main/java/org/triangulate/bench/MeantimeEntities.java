package org.triangulate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Named entity mentions of MEANTIME (English): the text rebuilt from its tokens (joined by single
 * spaces, one sentence per line) and the gold proper-name mentions ({@code syntactic_type="NAM"}) of
 * people, organisations and places, with character offsets into that text. MEANTIME annotates every
 * mention only in the title and the first sentences (sentence numbers 0 to 5); later sentences carry
 * only some chains, so only sentences 0-5 are scored.
 */
final class MeantimeEntities {
  private MeantimeEntities() {}

  /** Sentences 0..5 (title and first sentences) are annotated exhaustively. */
  static final int FULLY_ANNOTATED_SENTENCES = 5;

  record Gold(int start, int end, String type) {}

  record Doc(String name, String text, int scoredEnd, List<Gold> gold) {}

  static List<Doc> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    List<Doc> docs = new ArrayList<>();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    for (Path p : files) {
      try {
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(p.toFile());
        docs.add(doc(p.getFileName().toString(), d));
      } catch (ParserConfigurationException | SAXException e) {
        throw new IOException(p + ": " + e.getMessage(), e);
      }
    }
    return docs;
  }

  private static Doc doc(String name, Document d) {
    NodeList tokens = d.getElementsByTagName("token");
    Map<String, int[]> span = new HashMap<>();
    Map<String, Integer> sentenceOf = new HashMap<>();
    StringBuilder text = new StringBuilder();
    int sentence = -1;
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      int s = Integer.parseInt(t.getAttribute("sentence"));
      if (sentence >= 0) {
        text.append(s != sentence ? '\n' : ' ');
      }
      sentence = s;
      int start = text.length();
      text.append(t.getTextContent());
      span.put(t.getAttribute("t_id"), new int[] {start, text.length()});
      sentenceOf.put(t.getAttribute("t_id"), s);
    }
    // instance types through REFERS_TO: mention m_id -> ENTITY ent_type
    Map<String, String> instanceType = new HashMap<>();
    NodeList entities = d.getElementsByTagName("ENTITY");
    for (int i = 0; i < entities.getLength(); i++) {
      Element e = (Element) entities.item(i);
      instanceType.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
    }
    Map<String, String> mentionType = new HashMap<>();
    NodeList refers = d.getElementsByTagName("REFERS_TO");
    for (int i = 0; i < refers.getLength(); i++) {
      Element r = (Element) refers.item(i);
      NodeList targets = r.getElementsByTagName("target");
      if (targets.getLength() == 0) {
        continue;
      }
      String type = instanceType.get(((Element) targets.item(0)).getAttribute("m_id"));
      NodeList sources = r.getElementsByTagName("source");
      for (int k = 0; k < sources.getLength() && type != null; k++) {
        mentionType.put(((Element) sources.item(k)).getAttribute("m_id"), type);
      }
    }
    int lastSentence = FULLY_ANNOTATED_SENTENCES;
    List<Gold> gold = new ArrayList<>();
    NodeList mentions = d.getElementsByTagName("ENTITY_MENTION");
    for (int i = 0; i < mentions.getLength(); i++) {
      Element m = (Element) mentions.item(i);
      String type = mentionType.get(m.getAttribute("m_id"));
      if (!"NAM".equals(m.getAttribute("syntactic_type")) || type == null
          || !(type.equals("PER") || type.equals("ORG") || type.equals("LOC"))) {
        continue;
      }
      NodeList anchors = m.getElementsByTagName("token_anchor");
      int start = Integer.MAX_VALUE;
      int end = -1;
      for (int k = 0; k < anchors.getLength(); k++) {
        int[] sp = span.get(((Element) anchors.item(k)).getAttribute("t_id"));
        if (sp != null) {
          start = Math.min(start, sp[0]);
          end = Math.max(end, sp[1]);
        }
      }
      if (end > start) {
        gold.add(new Gold(start, end, type));
      }
    }
    String t = text.toString();
    int scoredEnd = t.length();
    int line = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '\n' && ++line > lastSentence) {
        scoredEnd = i;
        break;
      }
    }
    int cut = scoredEnd;
    return new Doc(name, t, scoredEnd, gold.stream().filter(g -> g.start() < cut).toList());
  }
}
