package dev.creditloop.app.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts (longest common subsequence), for comparing two versions of a strategy.
 */
final class LineDiff {

  /** One line of the diff: kept in both, removed from the old text, or added in the new one. */
  record Line(char kind, String text) {
    public String css() {
      return kind == '+' ? "added" : kind == '-' ? "removed" : "same";
    }
  }

  private LineDiff() {}

  static List<Line> of(String older, String newer) {
    String[] a = older == null ? new String[0] : older.split("\n", -1);
    String[] b = newer == null ? new String[0] : newer.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        out.add(new Line(' ', a[i++]));
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        // removals before additions, as a unified diff shows a changed line
        out.add(new Line('-', a[i++]));
      } else {
        out.add(new Line('+', b[j++]));
      }
    }
    return out;
  }
}
