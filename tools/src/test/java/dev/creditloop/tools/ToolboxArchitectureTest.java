package dev.creditloop.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * The toolbox's shape (docs/architecture.md): it adds no endpoint, page or filter to the server it
 * starts, and its packages form no cycles.
 */
class ToolboxArchitectureTest {

  private static JavaClasses tools;

  @BeforeAll
  static void importTools() {
    tools =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.creditloop.tools");
  }

  @Test
  void theToolboxAddsNothingToTheServedApi() {
    noClasses()
        .should()
        .beMetaAnnotatedWith(Controller.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
        .check(tools);
  }

  @Test
  void toolPackagesFormNoCycles() {
    slices()
        .matching("dev.creditloop.tools.(*)..")
        .namingSlices("tools.$1")
        .should()
        .beFreeOfCycles()
        .check(tools);
  }
}
