package dev.creditloop.scorecard.card;

/**
 * Maps log-odds to points: {@code baseScore} points at good:bad odds of {@code baseOdds}, and every
 * {@code pdo} more points doubles the odds.
 */
public record ScoreScaling(double baseScore, double baseOdds, double pdo) {

  public ScoreScaling {
    if (!(baseOdds > 0) || Double.isInfinite(baseOdds)) {
      throw new IllegalArgumentException("base odds must be positive, got " + baseOdds);
    }
    if (!(pdo > 0) || Double.isInfinite(pdo)) {
      throw new IllegalArgumentException("points to double the odds must be positive, got " + pdo);
    }
    if (Double.isNaN(baseScore) || Double.isInfinite(baseScore)) {
      throw new IllegalArgumentException("base score must be a number, got " + baseScore);
    }
  }

  /** 600 points at 50:1, 20 points to double the odds. */
  public static ScoreScaling defaults() {
    return new ScoreScaling(600, 50, 20);
  }

  public double factor() {
    return pdo / Math.log(2);
  }

  public double offset() {
    return baseScore - factor() * Math.log(baseOdds);
  }

  /** Points for ln(odds good:bad). */
  public double score(double logOddsGood) {
    return offset() + factor() * logOddsGood;
  }

  /** P(bad) a score stands for. */
  public double probabilityBad(double score) {
    return 1 / (1 + Math.exp((score - offset()) / factor()));
  }
}
