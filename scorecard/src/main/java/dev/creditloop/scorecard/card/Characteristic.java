package dev.creditloop.scorecard.card;

import dev.creditloop.scorecard.data.Row;
import java.util.List;

/**
 * A variable's attributes, tried in order (missing and special values come before ranges); the
 * first that holds gives the points. The baseline score is what reason codes measure losses from:
 * the characteristic's best points.
 */
public record Characteristic(
    String name,
    String field,
    String reasonCode,
    double baselineScore,
    List<Attribute> attributes) {

  public Characteristic {
    attributes = List.copyOf(attributes);
    if (attributes.isEmpty()) {
      throw new IllegalArgumentException("characteristic " + name + " has no attributes");
    }
  }

  /** The highest points any attribute gives. */
  public static double bestPoints(List<Attribute> attributes) {
    return attributes.stream().mapToDouble(Attribute::points).max().orElse(0);
  }

  /** The attribute for this row. */
  public Attribute match(Row row) {
    for (Attribute a : attributes) {
      if (a.condition().test(row)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "no attribute of characteristic '" + name + "' takes " + field + " = " + row.get(field));
  }
}
