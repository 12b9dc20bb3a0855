package dev.creditloop.decisioning.expr;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import dev.creditloop.decisioning.feature.FeatureCatalogue;
import dev.creditloop.decisioning.feature.FeatureSpec;
import dev.creditloop.decisioning.feature.FeatureType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CEL's own interpreter over the same sandbox: the reference the compiled closures are tested
 * against, and the baseline in the benchmarks. Not used on the decision path.
 */
public final class CelInterpreter {

  private final CelSandbox sandbox;
  private final CelRuntime runtime;
  private final List<FeatureSpec> features;
  private final Map<String, Integer> slots = new HashMap<>();

  /** {@code planner} picks cel-java's newer planner runtime instead of the legacy one. */
  public CelInterpreter(FeatureCatalogue catalogue, boolean planner) {
    this.sandbox = new CelSandbox(catalogue);
    this.runtime = CelSandbox.referenceRuntime(planner);
    this.features = sandbox.features();
    for (int i = 0; i < features.size(); i++) {
      slots.put(features.get(i).name(), i);
    }
  }

  public Program program(String source) throws ExpressionRejected {
    CelAbstractSyntaxTree ast = sandbox.check(source);
    try {
      return new Program(runtime.createProgram(ast));
    } catch (CelEvaluationException e) {
      throw new ExpressionRejected(new ExpressionProblem(0, 0, e.getMessage()));
    }
  }

  private Object valueAt(double[] f, int slot) {
    return features.get(slot).type() == FeatureType.BOOL ? (Object) (f[slot] > 0.5) : f[slot];
  }

  /** A CEL program; evaluation boxes each feature it reads. */
  public final class Program {

    private final CelRuntime.Program program;

    private Program(CelRuntime.Program program) {
      this.program = program;
    }

    /** Resolves variables by name on demand: the cheapest way to feed CEL a feature array. */
    public Object eval(double[] f) {
      try {
        return program.eval(
            (CelVariableResolver)
                name -> {
                  Integer slot = slots.get(name);
                  return slot == null ? Optional.empty() : Optional.of(valueAt(f, slot));
                });
      } catch (CelEvaluationException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Evaluates over a full Map activation, the textbook way. */
    public Object evalWithMap(double[] f) {
      Map<String, Object> activation = new HashMap<>(features.size() * 2);
      for (int i = 0; i < features.size(); i++) {
        activation.put(features.get(i).name(), valueAt(f, i));
      }
      try {
        return program.eval(activation);
      } catch (CelEvaluationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
