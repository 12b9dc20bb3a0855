package dev.creditloop.scorecard.binning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.scorecard.data.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinEditsTest {

  private final Samples numbers =
      Samples.sample().number(1, 30, 5).number(2, 30, 10).number(3, 20, 20).number(4, 10, 30);
  private final VariableBinning automatic =
      VariableBinning.of(
          "x",
          ColumnType.NUMERIC,
          List.of(
              new BinRule.Range(Double.NEGATIVE_INFINITY, 2),
              new BinRule.Range(2, 3),
              new BinRule.Range(3, Double.POSITIVE_INFINITY)),
          numbers.numeric("x"),
          numbers.labels());

  @Test
  void mergingAdjacentRangesRecountsTheBin() {
    VariableBinning edited =
        BinEdits.none()
            .then(new BinEdit.MergeBins("x", 1, 2))
            .apply(automatic, numbers.numeric("x"), numbers.labels());
    assertThat(edited.bins()).extracting(Bin::label).containsExactly("[-inf, 2)", "[2, +inf)");
    assertThat(edited.bins().get(1).goods()).isEqualTo(60);
    assertThat(edited.bins().get(1).bads()).isEqualTo(60);
  }

  @Test
  void splittingAtAValueAddsABoundaryAndEditsApplyInOrder() {
    BinEdits log =
        BinEdits.none().then(new BinEdit.SplitAt("x", 4)).then(new BinEdit.MergeBins("x", 0, 1));
    VariableBinning edited = log.apply(automatic, numbers.numeric("x"), numbers.labels());
    assertThat(edited.bins())
        .extracting(Bin::label)
        .containsExactly("[-inf, 3)", "[3, 4)", "[4, +inf)");
    assertThat(edited.bins().get(2).bads()).isEqualTo(30);
    assertThat(log.entries())
        .extracting(BinEdit::describe)
        .containsExactly("x: split at 4.0", "x: merge bins 0 and 1");
  }

  @Test
  void editsOfOtherVariablesLeaveTheBinningAlone() {
    VariableBinning same =
        BinEdits.none()
            .then(new BinEdit.SplitAt("y", 2.5))
            .apply(automatic, numbers.numeric("x"), numbers.labels());
    assertThat(same).isSameAs(automatic);
  }

  @Test
  void settingCategoricalGroupsReplacesTheAutomaticOnes() {
    Samples s = Samples.sample().category("a", 30, 5).category("b", 20, 10).category("c", 10, 20);
    VariableBinning auto =
        new AutomaticBinning(BinningSettings.defaults()).bin(s.categorical("c"), s.labels());
    VariableBinning edited =
        BinEdits.none()
            .then(new BinEdit.SetGroups("c", List.of(List.of("a", "c"), List.of("b"))))
            .apply(auto, s.categorical("c"), s.labels());
    assertThat(edited.bins()).extracting(Bin::label).containsExactly("{a, c}", "{b}");
    assertThat(edited.bins().get(0).count()).isEqualTo(65);
  }

  @Test
  void impossibleEditsSayWhy() {
    assertThatThrownBy(
            () ->
                BinEdits.none()
                    .then(new BinEdit.MergeBins("x", 0, 2))
                    .apply(automatic, numbers.numeric("x"), numbers.labels()))
        .hasMessageContaining("only adjacent ranges can merge");
    assertThatThrownBy(
            () ->
                BinEdits.none()
                    .then(new BinEdit.MergeBins("x", 0, 9))
                    .apply(automatic, numbers.numeric("x"), numbers.labels()))
        .hasMessageContaining("bins 0 to 2");
    assertThatThrownBy(
            () ->
                BinEdits.none()
                    .then(new BinEdit.SplitAt("x", 3))
                    .apply(automatic, numbers.numeric("x"), numbers.labels()))
        .hasMessageContaining("already a bin boundary");
    Samples s = Samples.sample().category("a", 30, 5).category("b", 20, 10);
    VariableBinning auto =
        new AutomaticBinning(BinningSettings.defaults()).bin(s.categorical("c"), s.labels());
    assertThatThrownBy(
            () ->
                BinEdits.none()
                    .then(new BinEdit.SetGroups("c", List.of(List.of("a"))))
                    .apply(auto, s.categorical("c"), s.labels()))
        .hasMessageContaining("in no group: [b]");
  }
}
