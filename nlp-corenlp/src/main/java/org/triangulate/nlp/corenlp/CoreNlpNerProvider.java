package org.triangulate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.triangulate.entity.EntityType;
import org.triangulate.entity.NerProvider;
import org.triangulate.entity.NerSpan;

/**
 * CoreNLP's English 3-class CRF recogniser (PERSON, ORGANIZATION, LOCATION; plus the fine-grained
 * CITY, COUNTRY, STATE_OR_PROVINCE ... folded into LOCATION). Annotators: tokenize, ssplit, pos, lemma,
 * ner, without SUTime, numeric classifiers or the regexner/fine-grained stage (our own temporal tagger
 * and figure extractor cover those).
 *
 * <p>The pipeline is built lazily on first use (loading takes seconds and ~1 GB of heap); a missing
 * models jar raises {@link NerException}, which makes the extractor fall back to its rules. Discovered
 * through {@code META-INF/services}; thread-safe ({@code StanfordCoreNLP.annotate} is).
 */
public final class CoreNlpNerProvider implements NerProvider {
  private volatile @Nullable StanfordCoreNLP pipeline;

  @Override
  public String name() {
    return "corenlp";
  }

  /** True when the English NER model is on the class path. */
  public static boolean modelsAvailable() {
    return CoreNlpNerProvider.class.getClassLoader()
        .getResource("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz") != null;
  }

  @Override
  public List<NerSpan> find(String text) {
    Annotation doc = new Annotation(text);
    pipeline().annotate(doc);
    List<NerSpan> out = new ArrayList<>();
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    int i = 0;
    while (i < tokens.size()) {
      EntityType type = type(tokens.get(i).ner());
      if (type == null) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && type == type(tokens.get(j).ner())
          && tokens.get(j).ner().equals(tokens.get(i).ner())) {
        j++;
      }
      int start = tokens.get(i).beginPosition();
      int end = tokens.get(j - 1).endPosition();
      if (end > start) {
        out.add(new NerSpan(start, end, type));
      }
      i = j;
    }
    return out;
  }

  private StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (this) {
        p = pipeline;
        if (p == null) {
          if (!modelsAvailable()) {
            throw new NerException("CoreNLP models jar (edu.stanford.nlp:stanford-corenlp:models) is not on the "
                + "class path", null);
          }
          Properties props = new Properties();
          props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
          props.setProperty("ner.useSUTime", "false");
          props.setProperty("ner.applyNumericClassifiers", "false");
          props.setProperty("ner.applyFineGrained", "false");
          props.setProperty("ner.buildEntityMentions", "false");
          props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
          props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
          try {
            p = new StanfordCoreNLP(props);
          } catch (RuntimeException e) {
            throw new NerException("cannot load CoreNLP: " + e.getMessage(), e);
          }
          pipeline = p;
        }
      }
    }
    return p;
  }

  private static @Nullable EntityType type(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    return switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORG;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      default -> null;
    };
  }
}
