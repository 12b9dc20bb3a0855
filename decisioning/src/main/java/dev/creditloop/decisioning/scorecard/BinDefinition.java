package dev.creditloop.decisioning.scorecard;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One bin as written: exactly one of {@code range} (an interval such as {@code [0, 30)}), {@code
 * missing: true} (the feature is NaN) or {@code else: true} (anything no other bin takes).
 */
public record BinDefinition(
    String range,
    Boolean missing,
    @JsonProperty("else") Boolean otherwise,
    Double points,
    String label) {

  public static BinDefinition range(String range, double points) {
    return new BinDefinition(range, null, null, points, null);
  }

  public static BinDefinition missing(double points) {
    return new BinDefinition(null, true, null, points, null);
  }

  public static BinDefinition otherwise(double points) {
    return new BinDefinition(null, null, true, points, null);
  }
}
