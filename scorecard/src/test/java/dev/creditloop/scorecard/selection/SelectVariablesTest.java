package dev.creditloop.scorecard.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.scorecard.binning.AutomaticBinning;
import dev.creditloop.scorecard.binning.BinningSettings;
import dev.creditloop.scorecard.binning.VariableBinning;
import dev.creditloop.scorecard.data.NumericColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectVariablesTest {

  @Test
  void pearsonOfHandValues() {
    // x = 1,2,3,4; y = 2,4,5,9: means 2.5 and 5; Σdxdy = 1.5*3+0.5*1+0.5*0+1.5*4 = 11,
    // Σdx² = 5, Σdy² = 9+1+0+16 = 26, r = 11/sqrt(130) = 0.964764
    assertThat(SelectVariables.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 9}))
        .isCloseTo(0.964764, within(1e-6));
    assertThat(SelectVariables.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isZero();
  }

  @Test
  void weakVariablesAndTheWeakerOfACorrelatedPairAreDropped() {
    Random random = new Random(3);
    int n = 3000;
    double[] strong = new double[n];
    double[] twin = new double[n];
    double[] other = new double[n];
    double[] noise = new double[n];
    boolean[] bad = new boolean[n];
    for (int i = 0; i < n; i++) {
      strong[i] = random.nextGaussian();
      twin[i] = strong[i] + 0.3 * random.nextGaussian();
      other[i] = random.nextGaussian();
      noise[i] = random.nextGaussian();
      bad[i] = random.nextDouble() < 1 / (1 + Math.exp(-(1.5 * strong[i] + 0.6 * other[i] - 1)));
    }
    AutomaticBinning binner = new AutomaticBinning(BinningSettings.defaults());
    Map<String, double[]> woe = new HashMap<>();
    List<NumericColumn> columns =
        List.of(
            new NumericColumn("noise", noise),
            new NumericColumn("twin", twin),
            new NumericColumn("strong", strong),
            new NumericColumn("other", other));
    List<VariableBinning> binnings = columns.stream().map(c -> binner.bin(c, bad)).toList();
    for (int i = 0; i < columns.size(); i++) {
      woe.put(columns.get(i).name(), binnings.get(i).woe(columns.get(i)));
    }
    List<VariableDecision> decisions =
        new SelectVariables(SelectionSettings.defaults()).select(binnings, woe);
    assertThat(decisions)
        .extracting(VariableDecision::variable)
        .containsExactly("noise", "twin", "strong", "other");
    assertThat(decisions.get(0).selected()).isFalse();
    assertThat(decisions.get(0).reason()).startsWith("IV ").contains("below 0.0200");
    assertThat(decisions.get(1).selected()).isFalse();
    assertThat(decisions.get(1).reason()).contains("correlates with strong");
    assertThat(decisions.get(2).selected()).isTrue();
    assertThat(decisions.get(3).selected()).isTrue();
  }
}
