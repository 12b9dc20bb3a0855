package dev.creditloop.scorecard.binning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.scorecard.data.CategoricalColumn;
import dev.creditloop.scorecard.data.NumericColumn;
import dev.creditloop.scorecard.data.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutomaticBinningTest {

  private static final AutomaticBinning IV = new AutomaticBinning(BinningSettings.defaults());
  private static final AutomaticBinning CHI =
      new AutomaticBinning(BinningSettings.defaults().withMethod(BinningMethod.CHI_MERGE));

  @Test
  void oneDistinctValueGivesOneRangeCoveringEverything() {
    Samples s = Samples.sample().number(7, 60, 40);
    for (AutomaticBinning binner : List.of(IV, CHI)) {
      VariableBinning b = binner.bin(s.numeric("x"), s.labels());
      assertThat(b.bins()).hasSize(1);
      assertThat(b.bins().get(0).rule()).isEqualTo(BinRule.Range.all());
      assertThat(b.iv()).isCloseTo(0, within(1e-12));
      assertThat(b.woe(Value.of(-1e9))).isEqualTo(b.woe(Value.of(7)));
    }
  }

  @Test
  void aBinWithOnlyBadsKeepsAFiniteWoe() {
    // values 0..9 mostly good; value 100 only bad and large enough to be its own bin
    Samples s = Samples.sample();
    for (int v = 0; v < 10; v++) {
      s.number(v, 9, 1);
    }
    s.number(100, 0, 30);
    for (AutomaticBinning binner : List.of(IV, CHI)) {
      VariableBinning b = binner.bin(s.numeric("x"), s.labels());
      Bin last = b.bins().get(b.bins().size() - 1);
      assertThat(last.goods()).isZero();
      assertThat(last.bads()).isEqualTo(30);
      assertThat(b.smoothed()).isTrue();
      assertThat(last.woe()).isFinite().isNegative();
      assertThat(b.iv()).isFinite().isPositive();
    }
  }

  @Test
  void aColumnMissingOnEveryRowHasOnlyTheMissingBin() {
    double[] values = new double[50];
    Arrays.fill(values, Double.NaN);
    boolean[] bad = new boolean[50];
    for (int i = 0; i < 50; i += 5) {
      bad[i] = true;
    }
    VariableBinning b = IV.bin(new NumericColumn("x", values), bad);
    assertThat(b.bins()).extracting(Bin::rule).containsExactly(new BinRule.Missing());
    assertThat(b.iv()).isZero();
    assertThat(b.woe(Value.of(3))).isZero();
    VariableBinning c = IV.bin(new CategoricalColumn("c", new String[50]), bad);
    assertThat(c.bins()).extracting(Bin::rule).containsExactly(new BinRule.Missing());
  }

  @Test
  void missingAndSpecialValuesGetBinsOfTheirOwn() {
    Samples s = Samples.sample();
    for (int v = 1; v <= 40; v++) {
      s.number(v, 4, v % 5 == 0 ? 2 : 0);
    }
    s.number(-1, 5, 15).number(999, 3, 3);
    s.numbers.add(null);
    s.bad.add(true);
    AutomaticBinning binner =
        new AutomaticBinning(
            BinningSettings.defaults()
                .withSpecialValues(SpecialValues.everywhere(Set.of(-1.0, 999.0, 555.0))));
    VariableBinning b = binner.bin(s.numeric("x"), s.labels());
    assertThat(b.bins().get(0).rule()).isEqualTo(new BinRule.Missing());
    assertThat(b.bins().get(1).rule()).isEqualTo(new BinRule.Special(-1));
    assertThat(b.bins().get(2).rule()).isEqualTo(new BinRule.Special(999));
    assertThat(b.bins().get(1).count()).isEqualTo(20);
    // 555 is declared but absent: no empty bin for it
    assertThat(b.bins()).noneMatch(bin -> bin.rule().equals(new BinRule.Special(555)));
    // specials never leak into the ranges: the first range starts at -inf but holds 1..
    assertThat(b.indexOf(Value.of(-1))).isEqualTo(1);
    assertThat(b.indexOf(Value.of(998))).isGreaterThan(2);
  }

  @Test
  void tinySamplesStillGiveAUsableBinning() {
    Samples s = Samples.sample().number(1, 1, 0).number(2, 0, 1).number(3, 1, 0);
    for (AutomaticBinning binner : List.of(IV, CHI)) {
      VariableBinning b = binner.bin(s.numeric("x"), s.labels());
      assertThat(b.count()).isEqualTo(3);
      assertThat(b.bins()).allSatisfy(bin -> assertThat(bin.woe()).isFinite());
    }
  }

  @Test
  void numericBinsRespectMaxBinsMinShareAndAMonotonicTrend() {
    Random random = new Random(7);
    int n = 2000;
    double[] x = new double[n];
    boolean[] bad = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.round(random.nextGaussian() * 100) / 10.0;
      bad[i] = random.nextDouble() < 1 / (1 + Math.exp(-(0.4 * x[i] - 1)));
    }
    for (BinningMethod method : BinningMethod.values()) {
      BinningSettings settings =
          BinningSettings.defaults().withMethod(method).withMaxBins(5).withMinBinShare(0.08);
      VariableBinning b = new AutomaticBinning(settings).bin(new NumericColumn("x", x), bad);
      assertThat(b.bins()).hasSizeBetween(2, 5);
      assertThat(b.bins()).allSatisfy(bin -> assertThat(bin.count()).isGreaterThanOrEqualTo(160));
      // risk rises with x, so WOE must fall bin after bin
      for (int i = 1; i < b.bins().size(); i++) {
        assertThat(b.bins().get(i).woe())
            .as(method + " " + b)
            .isLessThan(b.bins().get(i - 1).woe());
      }
      assertThat(b.count()).isEqualTo(n);
    }
  }

  @Test
  void trendNoneAllowsAUShape() {
    Samples s = Samples.sample();
    for (int v = 0; v < 30; v++) {
      int risky = v < 10 || v >= 20 ? 6 : 1;
      s.number(v, 20 - risky, risky);
    }
    VariableBinning free =
        new AutomaticBinning(BinningSettings.defaults().withTrend(Trend.NONE))
            .bin(s.numeric("x"), s.labels());
    VariableBinning monotonic = IV.bin(s.numeric("x"), s.labels());
    assertThat(free.iv()).isGreaterThan(monotonic.iv());
    double middle = free.woe(Value.of(15));
    assertThat(middle).isGreaterThan(free.woe(Value.of(2))).isGreaterThan(free.woe(Value.of(27)));
  }

  @Test
  void categoriesAreGroupedByBadRateAndSmallOnesMerged() {
    Samples s =
        Samples.sample()
            .category("own", 400, 40)
            .category("rent", 150, 100)
            .category("free", 80, 55)
            .category("boat", 2, 1);
    for (AutomaticBinning binner : List.of(IV, CHI)) {
      VariableBinning b = binner.bin(s.categorical("housing"), s.labels());
      int own = b.indexOf(Value.of("own"));
      assertThat(b.indexOf(Value.of("boat")))
          .as("3 rows cannot stand alone at a 5% minimum")
          .isNotEqualTo(-1);
      assertThat(b.bins()).allSatisfy(bin -> assertThat(bin.count()).isGreaterThanOrEqualTo(42));
      assertThat(b.bins().get(own).woe())
          .isEqualTo(b.bins().stream().mapToDouble(Bin::woe).max().orElseThrow());
      assertThat(b.indexOf(Value.of("never seen"))).isEqualTo(-1);
    }
  }

  @Test
  void chiMergeMergesBinsWhoseBadRatesDoNotDifferSignificantly() {
    // cells 0..3 share one bad rate (20%), cells 4..7 another (60%): two bins survive
    Samples s = Samples.sample();
    for (int v = 0; v < 8; v++) {
      s.number(v, v < 4 ? 80 : 40, v < 4 ? 20 : 60);
    }
    VariableBinning b =
        new AutomaticBinning(
                BinningSettings.defaults().withMethod(BinningMethod.CHI_MERGE).withFineBins(8))
            .bin(s.numeric("x"), s.labels());
    assertThat(b.bins()).extracting(Bin::label).containsExactly("[-inf, 4)", "[4, +inf)");
    assertThat(ChiMerge.threshold(0.05)).isCloseTo(3.841459, within(1e-6));
  }
}
