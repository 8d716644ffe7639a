package org.triangulate.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of the core module, enforced by the build: the article at the bottom, the text layer
 * above it, the stages above that, the pipeline on top; no stage reaches into another stage or into
 * the pipeline, and no package cycles. The dossier (the final output) is read by the pipeline; the
 * provenance and claim stages still write its records themselves (issue 22 moves them onto their own
 * types): those two edges are the only ones into the dossier from below.
 */
@AnalyzeClasses(packages = "org.triangulate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ARTICLE = "org.triangulate.article..";
  private static final String[] TEXT_LAYER = {"org.triangulate.text..", "org.triangulate.time..",
      "org.triangulate.entity..", "org.triangulate.figure..", "org.triangulate.regex.."};

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("Article").definedBy(ARTICLE)
      .layer("Text").definedBy(TEXT_LAYER)
      .layer("Cleaning").definedBy("org.triangulate.ingest..", "org.triangulate.extract..")
      .layer("Provenance").definedBy("org.triangulate.dedup..")
      .layer("Events").definedBy("org.triangulate.cluster..")
      .layer("Claims").definedBy("org.triangulate.claim..")
      .layer("Dossier").definedBy("org.triangulate.dossier..")
      .layer("Pipeline").definedBy("org.triangulate.pipeline..")
      .whereLayer("Pipeline").mayNotBeAccessedByAnyLayer()
      .whereLayer("Claims").mayOnlyBeAccessedByLayers("Pipeline")
      .whereLayer("Events").mayOnlyBeAccessedByLayers("Pipeline")
      .whereLayer("Provenance").mayOnlyBeAccessedByLayers("Events", "Pipeline")
      .whereLayer("Cleaning").mayOnlyBeAccessedByLayers("Pipeline")
      .whereLayer("Dossier").mayOnlyBeAccessedByLayers("Pipeline", "Claims", "Provenance")
      .whereLayer("Text").mayOnlyBeAccessedByLayers("Cleaning", "Provenance", "Events", "Claims", "Pipeline");

  @ArchTest
  static final ArchRule theArticleDependsOnNoStage = noClasses().that().resideInAPackage(ARTICLE)
      .should().dependOnClassesThat().resideOutsideOfPackages(ARTICLE, "java..", "org.jspecify..");

  @ArchTest
  static final ArchRule theTextLayerKnowsNoStage = noClasses().that().resideInAnyPackage(TEXT_LAYER)
      .should().dependOnClassesThat().resideInAnyPackage("org.triangulate.ingest..", "org.triangulate.extract..",
          "org.triangulate.dedup..", "org.triangulate.cluster..", "org.triangulate.claim..",
          "org.triangulate.dossier..", "org.triangulate.pipeline..");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("org.triangulate.(*)..").should().beFreeOfCycles();
}
