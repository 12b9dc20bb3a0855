package dev.creditloop.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  private static String render(List<LineDiff.Line> lines) {
    StringBuilder b = new StringBuilder();
    lines.forEach(l -> b.append(l.kind()).append(l.text()).append('\n'));
    return b.toString();
  }

  @Test
  void aChangedLineIsShownRemovedThenAdded() {
    String older = "id: s\nversion: 1\nrules:\n  - when: x > 1\n";
    String newer = "id: s\nversion: 2\nrules:\n  - when: x > 1\n  - when: y < 2\n";
    assertThat(render(LineDiff.of(older, newer)))
        .isEqualTo(
            " id: s\n-version: 1\n+version: 2\n rules:\n   - when: x > 1\n+  - when: y < 2\n \n");
  }

  @Test
  void identicalTextsHaveNoChanges() {
    assertThat(LineDiff.of("a\nb", "a\nb")).allMatch(l -> l.kind() == ' ');
  }

  @Test
  void everythingNewIsAdded() {
    assertThat(render(LineDiff.of(null, "a\nb"))).isEqualTo("+a\n+b\n");
  }
}
