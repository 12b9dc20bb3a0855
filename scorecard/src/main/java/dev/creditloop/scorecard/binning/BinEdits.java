package dev.creditloop.scorecard.binning;

import dev.creditloop.scorecard.data.CategoricalColumn;
import dev.creditloop.scorecard.data.Column;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ordered log of manual edits. Applying it to a variable replays that variable's edits on its
 * automatic bins and recounts on the sample, so the same log works on every cross-validation fold.
 */
public record BinEdits(List<BinEdit> entries) {

  public BinEdits {
    entries = List.copyOf(entries);
  }

  public static BinEdits none() {
    return new BinEdits(List.of());
  }

  public BinEdits then(BinEdit edit) {
    List<BinEdit> next = new ArrayList<>(entries);
    next.add(edit);
    return new BinEdits(next);
  }

  public Set<String> variables() {
    Set<String> names = new TreeSet<>();
    entries.forEach(e -> names.add(e.variable()));
    return names;
  }

  /** The binning after this log's edits for the variable; unchanged when it has none. */
  public VariableBinning apply(VariableBinning automatic, Column column, boolean[] bad) {
    List<BinRule> rules = new ArrayList<>(automatic.rules());
    boolean edited = false;
    for (BinEdit edit : entries) {
      if (!edit.variable().equals(automatic.variable())) {
        continue;
      }
      edited = true;
      if (edit instanceof BinEdit.MergeBins m) {
        rules = merge(rules, m);
      } else if (edit instanceof BinEdit.SplitAt s) {
        rules = split(rules, s);
      } else if (edit instanceof BinEdit.SetGroups g) {
        rules = regroup(rules, g, column);
      }
      // recount after every edit: later positions refer to the bins as they then stand
      rules =
          VariableBinning.of(automatic.variable(), automatic.type(), rules, column, bad).rules();
    }
    return edited
        ? VariableBinning.of(automatic.variable(), automatic.type(), rules, column, bad)
        : automatic;
  }

  private static List<BinRule> merge(List<BinRule> rules, BinEdit.MergeBins edit) {
    int a = Math.min(edit.first(), edit.second());
    int b = Math.max(edit.first(), edit.second());
    if (a < 0 || b >= rules.size() || a == b) {
      throw new IllegalArgumentException(
          edit.describe() + ": the variable has bins 0 to " + (rules.size() - 1));
    }
    BinRule merged;
    if (rules.get(a) instanceof BinRule.Range left && rules.get(b) instanceof BinRule.Range right) {
      if (left.upper() != right.lower()) {
        throw new IllegalArgumentException(
            edit.describe()
                + ": only adjacent ranges can merge, "
                + left.label()
                + " and "
                + right.label()
                + " are not");
      }
      merged = new BinRule.Range(left.lower(), right.upper());
    } else if (rules.get(a) instanceof BinRule.Categories left
        && rules.get(b) instanceof BinRule.Categories right) {
      List<String> members = new ArrayList<>(left.members());
      members.addAll(right.members());
      merged = new BinRule.Categories(members);
    } else {
      throw new IllegalArgumentException(
          edit.describe()
              + ": missing and special-value bins stay on their own ("
              + rules.get(a).label()
              + ", "
              + rules.get(b).label()
              + ")");
    }
    List<BinRule> next = new ArrayList<>(rules);
    next.set(a, merged);
    next.remove(b);
    return next;
  }

  private static List<BinRule> split(List<BinRule> rules, BinEdit.SplitAt edit) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) instanceof BinRule.Range r && r.contains(edit.at())) {
        if (r.lower() == edit.at()) {
          throw new IllegalArgumentException(
              edit.describe() + ": " + edit.at() + " is already a bin boundary");
        }
        List<BinRule> next = new ArrayList<>(rules);
        next.set(i, new BinRule.Range(r.lower(), edit.at()));
        next.add(i + 1, new BinRule.Range(edit.at(), r.upper()));
        return next;
      }
    }
    throw new IllegalArgumentException(edit.describe() + ": no range bin holds " + edit.at());
  }

  private static List<BinRule> regroup(List<BinRule> rules, BinEdit.SetGroups edit, Column column) {
    if (!(column instanceof CategoricalColumn categorical)) {
      throw new IllegalArgumentException(edit.describe() + ": the variable is not categorical");
    }
    Set<String> listed = new HashSet<>();
    for (List<String> group : edit.groups()) {
      for (String c : group) {
        if (!listed.add(c)) {
          throw new IllegalArgumentException(
              edit.describe() + ": category '" + c + "' is in two groups");
        }
      }
    }
    Set<String> unlisted = new TreeSet<>();
    for (int i = 0; i < categorical.size(); i++) {
      String v = categorical.get(i);
      if (v != null && !listed.contains(v)) {
        unlisted.add(v);
      }
    }
    if (!unlisted.isEmpty()) {
      throw new IllegalArgumentException(
          edit.describe() + ": categories in the data but in no group: " + unlisted);
    }
    List<BinRule> next = new ArrayList<>();
    rules.stream().filter(BinRule.Missing.class::isInstance).forEach(next::add);
    edit.groups().stream()
        .filter(g -> !g.isEmpty())
        .forEach(g -> next.add(new BinRule.Categories(g)));
    return next;
  }
}
