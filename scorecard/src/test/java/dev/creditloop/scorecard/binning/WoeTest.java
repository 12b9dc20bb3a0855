package dev.creditloop.scorecard.binning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.creditloop.scorecard.data.ColumnType;
import dev.creditloop.scorecard.data.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class WoeTest {

  @Test
  void woeAndIvMatchTheHandWorkedExample() {
    // bin  goods bads   %good       %bad          WOE = ln(%good/%bad)          (%good-%bad)*WOE
    // A    40    10     40/100=.40  10/60=.1667   ln(.40/.1667) = ln 2.4 =  0.875469
    // .2333*0.875469 = 0.204276
    // B    50    30     50/100=.50  30/60=.5000   ln(1)                   =  0          0
    // C    10    20     10/100=.10  20/60=.3333   ln(.10/.3333) = ln 0.3 = -1.203973
    // -.2333*-1.203973 = 0.280927
    // IV = 0.204276 + 0 + 0.280927 = 0.485203
    Samples s = Samples.sample().number(1, 40, 10).number(2, 50, 30).number(3, 10, 20);
    VariableBinning b =
        VariableBinning.of(
            "x",
            ColumnType.NUMERIC,
            List.of(
                new BinRule.Range(Double.NEGATIVE_INFINITY, 2),
                new BinRule.Range(2, 3),
                new BinRule.Range(3, Double.POSITIVE_INFINITY)),
            s.numeric("x"),
            s.labels());
    assertThat(b.smoothed()).isFalse();
    assertThat(b.bins().get(0).woe()).isCloseTo(0.875469, within(1e-6));
    assertThat(b.bins().get(1).woe()).isCloseTo(0.0, within(1e-12));
    assertThat(b.bins().get(2).woe()).isCloseTo(-1.203973, within(1e-6));
    assertThat(b.bins().get(0).iv()).isCloseTo(0.204276, within(1e-6));
    assertThat(b.iv()).isCloseTo(0.485203, within(1e-6));
    assertThat(b.bins().get(2).badRate()).isCloseTo(20.0 / 30, within(1e-12));
  }

  @Test
  void aBinWithNoBadsIsSmoothedByHalfACountInEveryBin() {
    // bin goods bads   smoothed: goods+0.5, bads+0.5; totals 30+2*0.5 = 31 and 10+2*0.5 = 11
    // A   10    0      %good 10.5/31 = .338710  %bad 0.5/11 = .045455   WOE ln(7.4516) =  2.008431
    // B   20    10     %good 20.5/31 = .661290  %bad 10.5/11 = .954545  WOE ln(.69278) = -0.367042
    // IV = (.338710-.045455)*2.008431 + (.661290-.954545)*(-0.367042) = 0.588981 + 0.107638 =
    // 0.696620
    Samples s = Samples.sample().number(0, 10, 0).number(1, 20, 10);
    VariableBinning b =
        VariableBinning.of(
            "x",
            ColumnType.NUMERIC,
            List.of(
                new BinRule.Range(Double.NEGATIVE_INFINITY, 1),
                new BinRule.Range(1, Double.POSITIVE_INFINITY)),
            s.numeric("x"),
            s.labels());
    assertThat(b.smoothed()).isTrue();
    assertThat(b.bins().get(0).woe()).isCloseTo(2.008431, within(1e-6));
    assertThat(b.bins().get(1).woe()).isCloseTo(-0.367042, within(1e-6));
    assertThat(b.iv()).isCloseTo(0.696620, within(1e-6));
    assertThat(Double.isFinite(b.iv())).isTrue();
  }

  @Test
  void higherWoeMeansSaferUnderTheStatedConvention() {
    Samples s = Samples.sample().number(0, 90, 10).number(1, 10, 90);
    VariableBinning b =
        VariableBinning.of(
            "x",
            ColumnType.NUMERIC,
            List.of(
                new BinRule.Range(Double.NEGATIVE_INFINITY, 1),
                new BinRule.Range(1, Double.POSITIVE_INFINITY)),
            s.numeric("x"),
            s.labels());
    assertThat(b.bins().get(0).badRate()).isLessThan(b.bins().get(1).badRate());
    assertThat(b.bins().get(0).woe()).isGreaterThan(0);
    assertThat(b.bins().get(1).woe()).isLessThan(0);
  }

  @Test
  void valuesNoBinTakesGetNeutralWoe() {
    Samples s = Samples.sample().category("a", 30, 10).category("b", 10, 30);
    VariableBinning b =
        VariableBinning.of(
            "c",
            ColumnType.CATEGORICAL,
            List.of(new BinRule.Categories(List.of("a")), new BinRule.Categories(List.of("b"))),
            s.categorical("c"),
            s.labels());
    assertThat(b.woe(Value.of("never seen"))).isZero();
    assertThat(b.woe(Value.MISSING)).isZero();
    assertThat(b.indexOf(Value.of("b"))).isEqualTo(1);
  }

  @Test
  void rulesNoRowFallsIntoAreDropped() {
    Samples s = Samples.sample().number(1, 5, 5).number(10, 5, 1);
    VariableBinning b =
        VariableBinning.of(
            "x",
            ColumnType.NUMERIC,
            List.of(
                new BinRule.Missing(),
                new BinRule.Range(Double.NEGATIVE_INFINITY, 5),
                new BinRule.Range(5, Double.POSITIVE_INFINITY)),
            s.numeric("x"),
            s.labels());
    assertThat(b.bins()).extracting(Bin::label).containsExactly("[-inf, 5)", "[5, +inf)");
  }
}
