package nl.waardevol;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map of the README, as a rule: each package uses only the packages below it, never one
 * beside or above it, and no two packages (with their subpackages) use each other. A change that
 * breaks it says which class reached where; move the class, or hand the work in from above.
 */
class PackageLayersTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.waardevol");
  }

  @Test
  void packagesDoNotUseEachOtherInACircle() {
    slices().matching("nl.waardevol.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void learningNeverReadsOrWritesFilesItself() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that()
        .resideInAPackage("nl.waardevol.learn..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.nio.file..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .check(classes);
  }

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("text")
        .definedBy("nl.waardevol.text..")
        .layer("codebook")
        .definedBy("nl.waardevol.codebook..")
        .layer("read")
        .definedBy("nl.waardevol.read..")
        .layer("segment")
        .definedBy("nl.waardevol.segment..")
        .layer("stance")
        .definedBy("nl.waardevol.stance..")
        .layer("learn")
        .definedBy("nl.waardevol.learn..")
        .layer("code")
        .definedBy("nl.waardevol.code..")
        .layer("table")
        .definedBy("nl.waardevol.table..")
        .layer("agree")
        .definedBy("nl.waardevol.agree..")
        .layer("review")
        .definedBy("nl.waardevol.review..")
        .layer("redact")
        .definedBy("nl.waardevol.redact..")
        .layer("exchange")
        .definedBy("nl.waardevol.exchange..")
        .layer("aggregate")
        .definedBy("nl.waardevol.aggregate..")
        .layer("pipeline")
        .definedBy("nl.waardevol.pipeline..")
        .layer("write")
        .definedBy("nl.waardevol.write..")
        .layer("inspect")
        .definedBy("nl.waardevol.inspect..")
        .layer("cli")
        .definedBy("nl.waardevol.cli..")
        .whereLayer("text")
        .mayNotAccessAnyLayer()
        .whereLayer("codebook")
        .mayOnlyAccessLayers("text")
        .whereLayer("read")
        .mayOnlyAccessLayers("text")
        .whereLayer("segment")
        .mayOnlyAccessLayers("text", "read")
        .whereLayer("stance")
        .mayOnlyAccessLayers("text")
        .whereLayer("learn")
        .mayOnlyAccessLayers("text", "stance")
        .whereLayer("code")
        .mayOnlyAccessLayers("text", "codebook", "read", "segment", "stance", "learn")
        .whereLayer("table")
        .mayOnlyAccessLayers("text", "codebook", "read", "code", "stance")
        .whereLayer("agree")
        .mayOnlyAccessLayers("text", "codebook", "code", "stance")
        .whereLayer("review")
        .mayOnlyAccessLayers("text", "codebook", "read", "segment", "code", "stance", "learn")
        .whereLayer("redact")
        .mayOnlyAccessLayers("text", "read", "segment", "code", "stance")
        .whereLayer("exchange")
        .mayOnlyAccessLayers("text", "codebook", "read", "segment", "code", "stance")
        .whereLayer("aggregate")
        .mayOnlyAccessLayers("text", "codebook", "code", "stance", "read", "learn")
        .whereLayer("pipeline")
        .mayOnlyAccessLayers(
            "text", "codebook", "read", "segment", "code", "table", "stance", "learn")
        .whereLayer("write")
        .mayOnlyAccessLayers(
            "text",
            "codebook",
            "read",
            "segment",
            "code",
            "table",
            "agree",
            "aggregate",
            "stance",
            "learn")
        .whereLayer("inspect")
        .mayOnlyAccessLayers("text", "read", "segment", "code", "pipeline", "stance")
        .check(classes);
  }
}
