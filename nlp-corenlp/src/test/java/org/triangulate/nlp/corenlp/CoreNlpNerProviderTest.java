package org.triangulate.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.entity.Entity;
import org.triangulate.entity.EntityExtractor;
import org.triangulate.entity.EntityType;
import org.triangulate.entity.NerSpan;

/** One test with the models (they take seconds to load); skipped unless built with -Pcorenlp. */
class CoreNlpNerProviderTest {

  @Test
  void isDiscoveredAndFeedsTheExtractor() {
    assertTrue(EntityExtractor.discoverProvider().map(p -> p.name().equals("corenlp")).orElse(false),
        "the service file registers the provider");
    assumeTrue(CoreNlpNerProvider.modelsAvailable(),
        "skipped: CoreNLP models jar not on the class path (build with -Pcorenlp)");
    String text = "Acting Coordinator for Counterterrorism Christopher Landberg met Kamran Yousaf in Islamabad.";
    List<NerSpan> spans = new CoreNlpNerProvider().find(text);
    assertTrue(spans.stream().anyMatch(s -> s.type() == EntityType.LOCATION
        && text.substring(s.start(), s.end()).equals("Islamabad")), spans.toString());
    List<Entity> e = EntityExtractor.withDefaults().extract(text);
    Entity yousaf = e.stream().filter(x -> x.isCalled("Kamran Yousaf")).findFirst()
        .orElseThrow(() -> new AssertionError("CoreNLP supports an untitled name the rules alone drop: " + e));
    assertEquals(EntityType.PERSON, yousaf.type());
    assertEquals(Optional.of("Acting Coordinator for Counterterrorism"),
        e.stream().filter(x -> x.isCalled("Christopher Landberg")).findFirst().orElseThrow().role());
  }
}
