package dev.creditloop.scorecard.binning;

import java.util.List;

/**
 * A modeller's change to a variable's bins, replayed on top of the automatic binning. Bin positions
 * refer to the bins as they stand when the edit is applied (after earlier edits), in the order
 * {@link VariableBinning#bins()} lists them.
 */
public sealed interface BinEdit {

  String variable();

  /** One line for the edit log. */
  String describe();

  /** Merge two bins: adjacent ranges of a numeric variable, or any two category groups. */
  record MergeBins(String variable, int first, int second) implements BinEdit {
    @Override
    public String describe() {
      return variable + ": merge bins " + first + " and " + second;
    }
  }

  /** Split the range holding {@code at} into [lower, at) and [at, upper). */
  record SplitAt(String variable, double at) implements BinEdit {
    @Override
    public String describe() {
      return variable + ": split at " + at;
    }
  }

  /** Replace a categorical variable's groups; every category seen in the sample must be listed. */
  record SetGroups(String variable, List<List<String>> groups) implements BinEdit {
    public SetGroups {
      groups = groups.stream().map(List::copyOf).toList();
    }

    @Override
    public String describe() {
      return variable + ": groups " + groups;
    }
  }
}
