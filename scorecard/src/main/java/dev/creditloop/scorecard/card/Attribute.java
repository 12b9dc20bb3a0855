package dev.creditloop.scorecard.card;

/** One row of the scorecard table: a condition on the characteristic's field and its points. */
public record Attribute(String label, Condition condition, double points) {

  public Attribute {
    if (Double.isNaN(points) || Double.isInfinite(points)) {
      throw new IllegalArgumentException("points of '" + label + "' must be a number");
    }
  }
}
