package dev.creditloop.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Enforcer keeps Spring, the servlet API and JPA out of a core module's dependencies; this
 * keeps them out of its code, whatever else ends up on the class path. One source for every core
 * module: the parent pom's {@code core-module} profile adds it to each one's tests and names the
 * module's package in {@code creditloop.core.package}.
 */
class PlainJavaTest {

  @Test
  void noSpringServletOrPersistenceApi() {
    String corePackage = System.getProperty("creditloop.core.package");
    noClasses()
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta.servlet..", "javax.servlet..", "jakarta.persistence..",
            "org.hibernate..")
        .check(new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(corePackage));
  }
}
