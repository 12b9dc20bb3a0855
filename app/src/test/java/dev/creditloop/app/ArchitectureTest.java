package dev.creditloop.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.creditloop.app.web.ApiProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The app's shape, checked on every build (docs/architecture.md, "Build rules and libraries"). The
 * one known exception left, an edge that closes an older circle, is named here: it may stay, new
 * code may not add to it.
 */
class ArchitectureTest {

  private static JavaClasses app;

  @BeforeAll
  static void importApp() {
    app =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.creditloop.app");
  }

  /**
   * Feature packages (the first package below {@code app}) do not import each other in a circle.
   * One circle is older than the rule; it is let through by the one edge that closes it, so any
   * other edge that would close a circle, or a new circle, fails: security's user controller holds
   * role changes for four-eyes (approval asks security who may approve). Breaking it would take
   * either a port in security that only this one call needs, or moving user creation into approval;
   * neither reads better than the edge. (The data scope asks the decisioning feature for a
   * decision's customer through its {@code DecisionCustomers} port, so scope no longer closes a
   * circle with decisioning.)
   */
  @Test
  void featurePackagesFormNoCycles() {
    slices()
        .matching("dev.creditloop.app.(*)..")
        .namingSlices("app.$1")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            resideInAPackage("dev.creditloop.app.security.web"),
            resideInAPackage("dev.creditloop.app.approval"))
        .check(app);
  }

  /** Controllers, ResponseEntity and the servlet API belong to the HTTP edge. */
  static final String[] WEB_PACKAGES = {
    "..web..", "..console..", "..security..", "..approval..", "..audit.."
  };

  /**
   * No known exception: the last ones (the customer controller and its reveal, the personal-data
   * controller, the data scope's interceptor) moved into their feature's {@code web} package.
   */
  @Test
  void webTypesOnlyInWebPackages() {
    noClasses()
        .that(not(resideInAnyPackage(WEB_PACKAGES)))
        .should()
        .beMetaAnnotatedWith(Controller.class)
        .orShould()
        .beAnnotatedWith(RestController.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(ResponseEntity.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.servlet..")
        .check(app);
  }

  /**
   * Status codes and problem+json are the controllers' to choose (docs/architecture.md, "The
   * use-case shape"): elsewhere a use case's outcome, a plain result or a domain refusal comes
   * back. No known exception: the strategy registry throws a {@code StrategyException}, mapped by
   * {@code decisioning.web.StrategyRefusals}; granting and changing credit lines are {@code
   * lending} use cases now, whose {@code LendingException} the problem handler maps; the data scope
   * reads a path through a port that {@code scope.web} implements, and its guard answers the 404.
   * The customer controllers, the idempotent requests and the close and scoring fronts were off the
   * list before.
   */
  @Test
  void httpAnswersOnlyInWebPackages() {
    noClasses()
        .that(not(resideInAnyPackage(WEB_PACKAGES)))
        .should()
        .dependOnClassesThat(belongToAnyOf(ApiProblem.class))
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework.http..")
        .check(app);
  }

  /**
   * JDBC only in {@code ..persistence..} packages, with no known exception: every feature reaches
   * its rows through a store in its own persistence package (the data scope's through {@code
   * scope.persistence.JdbcCaseAgencies}; the portfolio overview's through {@code
   * reporting.persistence.JdbcBookFigures}, so it was listed here after it no longer needed to be).
   * Flyway's Java migration 15 is a Spring bean (it needs the cipher) in {@code
   * app.personal.persistence}, V17 is found by Flyway in {@code db.migration}, outside {@code
   * dev.creditloop.app}. (The bulk loaders, the simulator's writer and the benchmarks' loaders are
   * the toolbox's, in {@code tools}.) A new class that needs the database gets a store in a
   * persistence package.
   */
  @Test
  void jdbcOnlyInPersistencePackages() {
    noClasses()
        .that(not(resideInAnyPackage("..persistence..")))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
        .check(app);
  }
}
