package dev.creditloop.scorecard.binning;

import dev.creditloop.scorecard.data.CategoricalColumn;
import dev.creditloop.scorecard.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made samples: value, how many goods, how many bads. */
final class Samples {

  final List<Double> numbers = new ArrayList<>();
  final List<String> labels = new ArrayList<>();
  final List<Boolean> bad = new ArrayList<>();

  static Samples sample() {
    return new Samples();
  }

  Samples number(double value, int goods, int bads) {
    for (int i = 0; i < goods + bads; i++) {
      numbers.add(value);
      bad.add(i >= goods);
    }
    return this;
  }

  Samples category(String value, int goods, int bads) {
    for (int i = 0; i < goods + bads; i++) {
      labels.add(value);
      bad.add(i >= goods);
    }
    return this;
  }

  NumericColumn numeric(String name) {
    return new NumericColumn(
        name, numbers.stream().mapToDouble(d -> d == null ? Double.NaN : d).toArray());
  }

  CategoricalColumn categorical(String name) {
    return new CategoricalColumn(name, labels.toArray(new String[0]));
  }

  boolean[] labels() {
    boolean[] out = new boolean[bad.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bad.get(i);
    }
    return out;
  }
}
