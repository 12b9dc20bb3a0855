package dev.creditloop.scorecard.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  @Test
  void binaryPredictorHasTheClosedFormSolution() {
    // With one 0/1 predictor the MLE reproduces each group's bad rate:
    // x=0: 30 rows, 6 bad  -> p0 = 0.2, α = ln(0.2/0.8) = -1.386294
    // x=1: 20 rows, 10 bad -> p1 = 0.5, α + β = ln(1) = 0, so β = 1.386294
    double[][] x = new double[50][1];
    boolean[] bad = new boolean[50];
    for (int i = 0; i < 50; i++) {
      x[i][0] = i < 30 ? 0 : 1;
      bad[i] = i < 30 ? i < 6 : i < 40;
    }
    LogisticFit fit = new LogisticRegression(RegressionSettings.defaults().withL2(0)).fit(x, bad);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.intercept()).isCloseTo(-1.386294, within(1e-6));
    assertThat(fit.coefficient(0)).isCloseTo(1.386294, within(1e-6));
    assertThat(fit.probabilityBad(new double[] {1})).isCloseTo(0.5, within(1e-9));
    // log-likelihood: 6 ln .2 + 24 ln .8 + 20 ln .5 = -9.656627 - 5.355445 - 13.862944 = -28.875016
    assertThat(fit.logLikelihood()).isCloseTo(-28.875016, within(1e-6));
    assertThat(fit.gradientNorm()).isLessThan(1e-8);
  }

  @Test
  void theL2SolutionHasAZeroPenalisedGradientAndShrinks() {
    Random random = new Random(11);
    int n = 400;
    double[][] x = new double[n][3];
    boolean[] bad = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = random.nextGaussian();
      }
      double eta = -0.5 + 1.2 * x[i][0] - 0.8 * x[i][1] + 0.3 * x[i][2];
      bad[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
    }
    LogisticFit plain = new LogisticRegression(RegressionSettings.defaults().withL2(0)).fit(x, bad);
    LogisticFit ridge =
        new LogisticRegression(RegressionSettings.defaults().withL2(20)).fit(x, bad);
    assertThat(plain.converged()).isTrue();
    assertThat(ridge.converged()).isTrue();
    assertThat(ridge.gradientNorm()).isLessThan(1e-8);
    // check the stationarity by hand: Σ(y-p) = 0 and Σ(y-p)x_j = λβ_j
    double[] g = new double[4];
    for (int i = 0; i < n; i++) {
      double r = (bad[i] ? 1 : 0) - ridge.probabilityBad(x[i]);
      g[0] += r;
      for (int j = 0; j < 3; j++) {
        g[j + 1] += r * x[i][j];
      }
    }
    assertThat(g[0]).isCloseTo(0, within(1e-8));
    for (int j = 0; j < 3; j++) {
      assertThat(g[j + 1]).isCloseTo(20 * ridge.coefficient(j), within(1e-8));
    }
    double plainNorm = 0;
    double ridgeNorm = 0;
    for (int j = 0; j < 3; j++) {
      plainNorm += plain.coefficient(j) * plain.coefficient(j);
      ridgeNorm += ridge.coefficient(j) * ridge.coefficient(j);
    }
    assertThat(ridgeNorm).isLessThan(plainNorm);
    assertThat(plain.coefficient(0)).isCloseTo(1.2, within(0.35));
    assertThat(plain.coefficient(1)).isCloseTo(-0.8, within(0.35));
  }

  @Test
  void twoParameterNewtonByHandAgreesOnAContinuousPredictor() {
    // an independent 2x2 Newton iteration written out with explicit formulas
    double[] xs = {-2, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3};
    boolean[] bad = {false, false, true, false, false, true, false, true, true, true};
    double a = 0;
    double b = 0;
    for (int it = 0; it < 50; it++) {
      double g0 = 0;
      double g1 = 0;
      double h00 = 0;
      double h01 = 0;
      double h11 = 0;
      for (int i = 0; i < xs.length; i++) {
        double p = 1 / (1 + Math.exp(-(a + b * xs[i])));
        double r = (bad[i] ? 1 : 0) - p;
        double w = p * (1 - p);
        g0 += r;
        g1 += r * xs[i];
        h00 += w;
        h01 += w * xs[i];
        h11 += w * xs[i] * xs[i];
      }
      double det = h00 * h11 - h01 * h01;
      a += (h11 * g0 - h01 * g1) / det;
      b += (-h01 * g0 + h00 * g1) / det;
    }
    double[][] x = new double[xs.length][1];
    for (int i = 0; i < xs.length; i++) {
      x[i][0] = xs[i];
    }
    LogisticFit fit = new LogisticRegression(RegressionSettings.defaults().withL2(0)).fit(x, bad);
    assertThat(fit.intercept()).isCloseTo(a, within(1e-9));
    assertThat(fit.coefficient(0)).isCloseTo(b, within(1e-9));
  }

  @Test
  void perfectSeparationWithoutPenaltyStopsAndSaysItDidNotConverge() {
    double[][] x = {{-2}, {-1}, {1}, {2}};
    boolean[] bad = {false, false, true, true};
    LogisticFit fit = new LogisticRegression(new RegressionSettings(0, 30, 1e-10)).fit(x, bad);
    assertThat(fit.converged()).isFalse();
    assertThat(fit.iterations()).isEqualTo(30);
    assertThat(fit.coefficient(0)).isPositive().isFinite();
    LogisticFit penalised =
        new LogisticRegression(RegressionSettings.defaults().withL2(1)).fit(x, bad);
    assertThat(penalised.converged()).isTrue();
  }

  @Test
  void aConstantColumnWithoutPenaltyDoesNotBreakTheSolve() {
    double[][] x = {{1, 0}, {1, 1}, {1, 0}, {1, 1}, {1, 0}, {1, 1}};
    boolean[] bad = {false, true, false, false, true, true};
    LogisticFit fit = new LogisticRegression(RegressionSettings.defaults().withL2(0)).fit(x, bad);
    assertThat(fit.gradientNorm()).isLessThan(1e-6);
    assertThat(Double.isFinite(fit.logLikelihood())).isTrue();
  }
}
