package dev.creditloop.scorecard.selection;

/** Whether a variable is in the model, and why not when it is not. */
public record VariableDecision(String variable, double iv, boolean selected, String reason) {

  public static VariableDecision kept(String variable, double iv) {
    return new VariableDecision(variable, iv, true, "selected");
  }

  public static VariableDecision dropped(String variable, double iv, String reason) {
    return new VariableDecision(variable, iv, false, reason);
  }
}
