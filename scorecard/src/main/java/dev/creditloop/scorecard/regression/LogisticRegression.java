package dev.creditloop.scorecard.regression;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Maximises the penalised log-likelihood Σ [y·η − ln(1 + e^η)] − λ/2 · Σ β_j² by Newton steps: θ ←
 * θ + (XᵀWX + λD)⁻¹ (Xᵀ(y − p) − λDθ), with W = diag(p(1 − p)) and D the identity without its
 * intercept entry. A step that lowers the objective is halved until it does not (the objective is
 * concave, so a short enough Newton step always climbs).
 */
public final class LogisticRegression {

  private static final int MAX_HALVINGS = 40;

  private final RegressionSettings settings;

  public LogisticRegression(RegressionSettings settings) {
    this.settings = settings;
  }

  /**
   * @param x one row per observation, one column per variable (no intercept column)
   * @param bad the outcome per row
   */
  public LogisticFit fit(double[][] x, boolean[] bad) {
    int n = x.length;
    if (n == 0 || n != bad.length) {
      throw new IllegalArgumentException(n + " rows but " + bad.length + " outcomes");
    }
    int p = x[0].length + 1;
    double[] theta = new double[p];
    double meanBad = 0;
    for (boolean b : bad) {
      meanBad += b ? 1 : 0;
    }
    meanBad /= n;
    if (meanBad == 0 || meanBad == 1) {
      throw new IllegalArgumentException("the sample holds only one outcome; nothing to fit");
    }
    // start at the base rate: the intercept-only solution, one step from most answers
    theta[0] = Math.log(meanBad / (1 - meanBad));
    double objective = objective(x, bad, theta);
    int iteration = 0;
    boolean converged = false;
    while (iteration < settings.maxIterations() && !converged) {
      iteration++;
      double[] gradient = gradient(x, bad, theta);
      double[] step = solve(hessian(x, theta), gradient);
      double scale = 1;
      double[] next = move(theta, step, scale);
      double nextObjective = objective(x, bad, next);
      int halvings = 0;
      while (nextObjective < objective - 1e-12 * Math.abs(objective) && halvings++ < MAX_HALVINGS) {
        scale /= 2;
        next = move(theta, step, scale);
        nextObjective = objective(x, bad, next);
      }
      double largestMove = 0;
      for (int j = 0; j < p; j++) {
        largestMove = Math.max(largestMove, Math.abs(next[j] - theta[j]));
      }
      theta = next;
      objective = nextObjective;
      converged = largestMove < settings.tolerance();
    }
    double gradientNorm = 0;
    for (double g : gradient(x, bad, theta)) {
      gradientNorm = Math.max(gradientNorm, Math.abs(g));
    }
    double[] coefficients = new double[p - 1];
    System.arraycopy(theta, 1, coefficients, 0, p - 1);
    return new LogisticFit(
        theta[0], coefficients, iteration, converged, logLikelihood(x, bad, theta), gradientNorm);
  }

  private double objective(double[][] x, boolean[] bad, double[] theta) {
    double penalty = 0;
    for (int j = 1; j < theta.length; j++) {
      penalty += theta[j] * theta[j];
    }
    return logLikelihood(x, bad, theta) - settings.l2() / 2 * penalty;
  }

  private static double logLikelihood(double[][] x, boolean[] bad, double[] theta) {
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double eta = eta(x[i], theta);
      // ln(1 + e^η) without overflow for large |η|
      double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
      total += (bad[i] ? eta : 0) - softplus;
    }
    return total;
  }

  private double[] gradient(double[][] x, boolean[] bad, double[] theta) {
    double[] g = new double[theta.length];
    for (int i = 0; i < x.length; i++) {
      double residual = (bad[i] ? 1 : 0) - probability(eta(x[i], theta));
      g[0] += residual;
      for (int j = 1; j < theta.length; j++) {
        g[j] += residual * x[i][j - 1];
      }
    }
    for (int j = 1; j < theta.length; j++) {
      g[j] -= settings.l2() * theta[j];
    }
    return g;
  }

  /** XᵀWX + λD, the negated Hessian of the penalised log-likelihood. */
  private double[][] hessian(double[][] x, double[] theta) {
    int p = theta.length;
    double[][] h = new double[p][p];
    double[] row = new double[p];
    row[0] = 1;
    for (double[] xi : x) {
      System.arraycopy(xi, 0, row, 1, p - 1);
      double pi = probability(eta(xi, theta));
      double w = pi * (1 - pi);
      for (int a = 0; a < p; a++) {
        double wa = w * row[a];
        for (int b = a; b < p; b++) {
          h[a][b] += wa * row[b];
        }
      }
    }
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < a; b++) {
        h[a][b] = h[b][a];
      }
      if (a > 0) {
        h[a][a] += settings.l2();
      }
    }
    return h;
  }

  private static double[] solve(double[][] h, double[] g) {
    RealMatrix matrix = new Array2DRowRealMatrix(h, false);
    RealVector rhs = new ArrayRealVector(g, false);
    try {
      return new CholeskyDecomposition(matrix, 1e-12, 1e-14).getSolver().solve(rhs).toArray();
    } catch (NonPositiveDefiniteMatrixException e) {
      // collinear columns without a penalty: the pseudo-inverse still gives a usable ascent step
      return new SingularValueDecomposition(matrix).getSolver().solve(rhs).toArray();
    }
  }

  private static double[] move(double[] theta, double[] step, double scale) {
    double[] next = theta.clone();
    for (int j = 0; j < next.length; j++) {
      next[j] += scale * step[j];
    }
    return next;
  }

  private static double eta(double[] xi, double[] theta) {
    double eta = theta[0];
    for (int j = 1; j < theta.length; j++) {
      eta += theta[j] * xi[j - 1];
    }
    return eta;
  }

  private static double probability(double eta) {
    return 1 / (1 + Math.exp(-eta));
  }
}
