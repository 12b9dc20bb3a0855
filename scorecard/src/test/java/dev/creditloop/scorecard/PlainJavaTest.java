package dev.creditloop.scorecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Enforcer keeps Spring, the servlet API and JPA out of this module's dependencies; this keeps
 * them out of its code, whatever else ends up on the class path.
 */
class PlainJavaTest {

  @Test
  void noSpringServletOrPersistenceApi() {
    noClasses()
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta.servlet..", "javax.servlet..", "jakarta.persistence..",
            "org.hibernate..")
        .check(new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.creditloop.scorecard"));
  }
}
