package dev.creditloop.scorecard.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AucProperties {

  /** The rank formula equals counting every (good, bad) pair, ties as half, on tie-heavy scores. */
  @Property(tries = 300)
  void rankAucEqualsPairCounting(
      @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 0, max = 6) Integer> scores,
      @ForAll @Size(min = 40, max = 40) List<Boolean> outcomes) {
    int n = scores.size();
    double[] s = new double[n];
    boolean[] bad = new boolean[n];
    for (int i = 0; i < n; i++) {
      s[i] = scores.get(i);
      bad[i] = outcomes.get(i);
    }
    long bads = outcomes.subList(0, n).stream().filter(b -> b).count();
    Assume.that(bads > 0 && bads < n);
    double wins = 0;
    for (int g = 0; g < n; g++) {
      for (int b = 0; b < n; b++) {
        if (!bad[g] && bad[b]) {
          wins += s[g] > s[b] ? 1 : s[g] == s[b] ? 0.5 : 0;
        }
      }
    }
    assertThat(Auc.of(s, bad)).isCloseTo(wins / (bads * (n - bads)), within(1e-12));
  }
}
