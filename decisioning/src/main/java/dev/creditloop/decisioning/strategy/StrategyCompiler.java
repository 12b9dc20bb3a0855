package dev.creditloop.decisioning.strategy;

import dev.creditloop.decisioning.expr.Problems;
import dev.creditloop.decisioning.feature.FeatureCatalogue;
import dev.creditloop.decisioning.list.ListEntries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates and compiles strategy documents against a feature catalogue, at save/publish time.
 * Every expression is type-checked and compiled, every feature name resolved, every bin, row,
 * threshold and share checked; the result is a {@link CompiledStrategy} or the full list of
 * problems with their paths. Thread-safe.
 */
public final class StrategyCompiler {

  private final FeatureCatalogue catalogue;
  private final ListEntries lists;
  private final StrategyVersions versions;

  /**
   * @param lists the list store the strategy's list steps screen against
   * @param versions where the versions named by champion/challenger arms are found
   */
  public StrategyCompiler(
      FeatureCatalogue catalogue, ListEntries lists, StrategyVersions versions) {
    this.catalogue = catalogue;
    this.lists = lists;
    this.versions = versions;
  }

  public StrategyCompiler(FeatureCatalogue catalogue, ListEntries lists) {
    this(catalogue, lists, StrategyVersions.none());
  }

  /** Compiles with no lists (list steps never hit) and no other versions. */
  public static Compilation compile(StrategyDocument document, FeatureCatalogue catalogue) {
    return new StrategyCompiler(catalogue, ListEntries.none()).compile(document);
  }

  /** Reads YAML or JSON, then compiles; a malformed document is a problem like any other. */
  public Compilation compile(String text) {
    try {
      return compile(StrategyDocument.parse(text));
    } catch (StrategyDocumentException e) {
      return Compilation.failed(e.problems());
    }
  }

  public Compilation compile(StrategyDocument document) {
    Problems problems = new Problems();
    if (catalogue.slotOf(StrategyVariables.SCORE).isPresent()) {
      problems.add("the catalogue has a feature named 'score', a name strategies reserve");
      return Compilation.failed(problems.list());
    }
    CompiledVersion self = version(document, problems);
    ArmAssignment experiment = null;
    CompiledVersion[] arms = null;
    if (document.experiment() != null && self != null) {
      experiment = experiment(document, problems.at("experiment"));
      if (experiment != null) {
        arms = armVersions(document, self, experiment, problems.at("experiment"));
      }
    }
    if (!problems.isEmpty()) {
      return Compilation.failed(problems.list());
    }
    return Compilation.succeeded(new CompiledStrategy(self, experiment, arms));
  }

  private CompiledVersion version(StrategyDocument document, Problems problems) {
    StrategyVariables variables = StrategyVariables.over(catalogue);
    return new VersionCompiler(document, variables, catalogue.size(), lists, problems).compile();
  }

  private static ArmAssignment experiment(StrategyDocument document, Problems at) {
    ExperimentDocument e = document.experiment();
    int before = at.count();
    at.require("salt", e.salt());
    List<ArmDocument> docs = e.arms() == null ? List.of() : e.arms();
    List<ArmAssignment.Arm> arms = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      ArmDocument arm = docs.get(i);
      Problems armAt = at.at("arms").at(i);
      if (armAt.require("name", arm.name())
          & armAt.require("version", arm.version())
          & armAt.require("share", arm.share())) {
        arms.add(new ArmAssignment.Arm(arm.name(), arm.version(), arm.share()));
      }
    }
    if (at.count() > before) {
      return null;
    }
    List<String> wrong = ArmAssignment.problems(e.salt(), arms);
    for (String problem : wrong) {
      at.at("arms").add(problem);
    }
    return wrong.isEmpty() ? new ArmAssignment(e.salt(), arms) : null;
  }

  private CompiledVersion[] armVersions(
      StrategyDocument document, CompiledVersion self, ArmAssignment experiment, Problems at) {
    List<ArmAssignment.Arm> arms = experiment.arms();
    CompiledVersion[] compiled = new CompiledVersion[arms.size()];
    for (int i = 0; i < compiled.length; i++) {
      int version = arms.get(i).version();
      Problems versionAt = at.at("arms").at(i).at("version");
      if (version == self.version) {
        compiled[i] = self;
        continue;
      }
      Optional<StrategyDocument> other = versions.find(document.id(), version);
      if (other.isEmpty()) {
        versionAt.add("version " + version + " of strategy '" + document.id() + "' is not known");
        continue;
      }
      if (!document.id().equals(other.get().id())
          || other.get().version() == null
          || other.get().version() != version) {
        versionAt.add(
            "the document found for version "
                + version
                + " is "
                + other.get().id()
                + " v"
                + other.get().version());
        continue;
      }
      Problems own = new Problems();
      compiled[i] = version(other.get().withoutExperiment(), own);
      for (var p : own.list()) {
        versionAt.add("version " + version + " does not compile: " + p);
      }
    }
    return compiled;
  }
}
