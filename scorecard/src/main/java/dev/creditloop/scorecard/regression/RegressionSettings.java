package dev.creditloop.scorecard.regression;

/**
 * @param l2 ridge penalty λ in ℓ(β) − λ/2 · Σ β_j² (the intercept is not penalised)
 * @param maxIterations Newton steps before giving up
 * @param tolerance converged when no parameter moves by more than this in a step
 */
public record RegressionSettings(double l2, int maxIterations, double tolerance) {

  public RegressionSettings {
    if (!(l2 >= 0)) {
      throw new IllegalArgumentException("l2 must be at least 0");
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1");
    }
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be positive");
    }
  }

  public static RegressionSettings defaults() {
    return new RegressionSettings(1.0, 100, 1e-10);
  }

  public RegressionSettings withL2(double value) {
    return new RegressionSettings(value, maxIterations, tolerance);
  }
}
