package dev.creditloop.scorecard.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {

  private static boolean[] labels(int bads, int goods) {
    boolean[] bad = new boolean[bads + goods];
    for (int i = 0; i < bads; i++) {
      bad[i * (bads + goods) / bads] = true;
    }
    return bad;
  }

  @Test
  void everyFoldGetsItsShareOfBadsAndGoods() {
    boolean[] bad = labels(300, 700);
    int[] fold = StratifiedFolds.assign(bad, 5, 42);
    int[] bads = new int[5];
    int[] rows = new int[5];
    for (int i = 0; i < bad.length; i++) {
      rows[fold[i]]++;
      bads[fold[i]] += bad[i] ? 1 : 0;
    }
    assertThat(bads).containsOnly(60);
    assertThat(rows).containsOnly(200);
  }

  @Test
  void sizesDifferByAtMostOneWhenTheyCannotBeEqual() {
    boolean[] bad = labels(7, 16);
    int[] fold = StratifiedFolds.assign(bad, 3, 1);
    int[] rows = new int[3];
    int[] bads = new int[3];
    for (int i = 0; i < fold.length; i++) {
      rows[fold[i]]++;
      bads[fold[i]] += bad[i] ? 1 : 0;
    }
    assertThat(rows).containsExactlyInAnyOrder(8, 8, 7);
    assertThat(bads).containsExactlyInAnyOrder(3, 2, 2);
  }

  @Test
  void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
    boolean[] bad = labels(30, 70);
    assertThat(StratifiedFolds.assign(bad, 5, 9)).isEqualTo(StratifiedFolds.assign(bad, 5, 9));
    assertThat(StratifiedFolds.assign(bad, 5, 9)).isNotEqualTo(StratifiedFolds.assign(bad, 5, 10));
  }

  @Test
  void tooFewBadsForTheFoldsIsAnError() {
    assertThatThrownBy(() -> StratifiedFolds.assign(labels(3, 50), 5, 1))
        .hasMessageContaining("at least 5 bads");
    assertThatThrownBy(() -> StratifiedFolds.assign(labels(30, 50), 1, 1))
        .hasMessageContaining("at least 2 folds");
  }
}
