package dev.creditloop.scorecard.regression;

/**
 * A fitted model of log(P(bad) / P(good)) = intercept + Σ coefficient_j · x_j.
 *
 * @param gradientNorm largest |∂ penalised log-likelihood / ∂ parameter| at the solution
 */
public record LogisticFit(
    double intercept,
    double[] coefficients,
    int iterations,
    boolean converged,
    double logLikelihood,
    double gradientNorm) {

  public LogisticFit {
    coefficients = coefficients.clone();
  }

  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  public double coefficient(int j) {
    return coefficients[j];
  }

  public double logOddsBad(double[] x) {
    double eta = intercept;
    for (int j = 0; j < coefficients.length; j++) {
      eta += coefficients[j] * x[j];
    }
    return eta;
  }

  public double probabilityBad(double[] x) {
    return 1 / (1 + Math.exp(-logOddsBad(x)));
  }
}
