package dev.creditloop.scorecard.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetTest {

  private static Dataset csv(String text) {
    return CsvReader.parse(text, "t.csv", CsvOptions.defaults());
  }

  @Test
  void theBadValueBecomesTrueAndTheTargetLeavesTheFeatures() {
    LabelledData l =
        new Target("status", "default").label(csv("x,status\n1,ok\n2,default\n3,ok\n"));
    assertThat(l.labels()).containsExactly(false, true, false);
    assertThat(l.features().columnNames()).containsExactly("x");
    assertThat(l.bads()).isEqualTo(1);
  }

  @Test
  void aNumericTargetMatchesTheBadValueAsANumber() {
    LabelledData l = new Target("y", "1").label(csv("x,y\n5,0\n6,1.0\n7,1\n"));
    assertThat(l.labels()).containsExactly(false, true, true);
  }

  @Test
  void rowsWithAMissingOutcomeAreLeftOut() {
    LabelledData l = new Target("y", "bad").label(csv("x,y\n1,good\n2,\n3,bad\n"));
    assertThat(l.size()).isEqualTo(2);
    assertThat(((NumericColumn) l.features().column("x")).get(1)).isEqualTo(3.0);
  }

  @Test
  void unknownColumnAbsentValueAndOneClassAreClearErrors() {
    Dataset d = csv("x,y\n1,good\n2,good\n");
    assertThatThrownBy(() -> new Target("z", "bad").label(d))
        .isInstanceOf(Target.TargetException.class)
        .hasMessageContaining("target column 'z' not found")
        .hasMessageContaining("[x, y]");
    assertThatThrownBy(() -> new Target("y", "bad").label(d))
        .hasMessageContaining("bad value 'bad' does not occur in column 'y'")
        .hasMessageContaining("[good]");
    assertThatThrownBy(() -> new Target("y", "good").label(d)).hasMessageContaining("every row");
  }
}
