package dev.creditloop.scorecard.card;

/** A characteristic that cost the customer points: {@code loss} = its baseline − the points got. */
public record ReasonCode(
    String code, String characteristic, String attribute, double points, double loss) {}
