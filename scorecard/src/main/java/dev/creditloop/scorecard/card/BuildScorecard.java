package dev.creditloop.scorecard.card;

import dev.creditloop.scorecard.binning.Bin;
import dev.creditloop.scorecard.binning.BinRule;
import dev.creditloop.scorecard.binning.VariableBinning;
import dev.creditloop.scorecard.data.ColumnType;
import dev.creditloop.scorecard.regression.LogisticFit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns the model's binnings and regression into points (formula in the package doc). Every
 * characteristic also gets a missing attribute and a final catch-all, at neutral WOE 0, when the
 * sample gave no evidence for them, so any row can be scored.
 */
public final class BuildScorecard {

  private BuildScorecard() {}

  /**
   * @param binnings the model's variables, in the order of the fit's coefficients
   */
  public static Scorecard build(
      String name, List<VariableBinning> binnings, LogisticFit fit, ScoreScaling scaling) {
    int n = binnings.size();
    if (fit.coefficients().length != n) {
      throw new IllegalArgumentException(
          n + " variables but " + fit.coefficients().length + " coefficients");
    }
    double factor = scaling.factor();
    double offset = scaling.offset();
    if (n == 0) {
      return new Scorecard(name, offset - factor * fit.intercept(), List.of(), List.of(), scaling);
    }
    List<Scorecard.Field> fields = new ArrayList<>();
    List<Characteristic> characteristics = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      VariableBinning b = binnings.get(j);
      double beta = fit.coefficient(j);
      double neutral = points(0, beta, fit.intercept(), n, factor, offset);
      String field = b.variable();
      List<Attribute> attributes = new ArrayList<>();
      boolean hasMissing = b.bins().stream().anyMatch(bin -> bin.rule() instanceof BinRule.Missing);
      if (!hasMissing) {
        attributes.add(
            new Attribute("missing (none in sample)", new Condition.IsMissing(field), neutral));
      }
      for (Bin bin : b.bins()) {
        attributes.add(
            new Attribute(
                bin.label(),
                condition(field, bin.rule()),
                points(bin.woe(), beta, fit.intercept(), n, factor, offset)));
      }
      attributes.add(
          new Attribute(
              b.type() == ColumnType.CATEGORICAL ? "other (not in sample)" : "other",
              new Condition.Always(),
              neutral));
      fields.add(new Scorecard.Field(field, b.type()));
      characteristics.add(
          new Characteristic(
              field, field, field, Characteristic.bestPoints(attributes), attributes));
    }
    return new Scorecard(name, 0, fields, characteristics, scaling);
  }

  static double points(
      double woe, double beta, double intercept, int n, double factor, double offset) {
    return -(beta * woe + intercept / n) * factor + offset / n;
  }

  /** The condition a bin rule stands for; ranges are lower ≤ x < upper. */
  public static Condition condition(String field, BinRule rule) {
    if (rule instanceof BinRule.Missing) {
      return new Condition.IsMissing(field);
    }
    if (rule instanceof BinRule.Special s) {
      return new Condition.Compare(field, Condition.Operator.EQUAL, number(s.value()));
    }
    if (rule instanceof BinRule.Categories c) {
      return new Condition.InSet(field, new LinkedHashSet<>(c.members()), false);
    }
    BinRule.Range r = (BinRule.Range) rule;
    boolean from = r.lower() != Double.NEGATIVE_INFINITY;
    boolean to = r.upper() != Double.POSITIVE_INFINITY;
    Condition lower =
        new Condition.Compare(field, Condition.Operator.GREATER_OR_EQUAL, number(r.lower()));
    Condition upper = new Condition.Compare(field, Condition.Operator.LESS_THAN, number(r.upper()));
    if (from && to) {
      return new Condition.And(List.of(lower, upper));
    }
    return from ? lower : to ? upper : new Condition.IsNotMissing(field);
  }

  /** Shortest text that parses back to the same double; integral values without ".0". */
  public static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
