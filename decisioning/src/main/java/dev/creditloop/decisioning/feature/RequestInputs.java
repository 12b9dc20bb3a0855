package dev.creditloop.decisioning.feature;

import dev.creditloop.kernel.Money;
import java.util.Arrays;

/**
 * Values the caller supplies for the request features of a catalogue (see {@link
 * BehaviourCatalogue#requestInputs()}), e.g. {@code request_amount}. Immutable; an input not
 * supplied is missing (NaN). Names are checked against the catalogue when features are filled.
 */
public final class RequestInputs {

  private static final RequestInputs NONE = new RequestInputs(new String[0], new double[0]);

  private final String[] names;
  private final double[] values;

  private RequestInputs(String[] names, double[] values) {
    this.names = names;
    this.values = values;
  }

  public static RequestInputs none() {
    return NONE;
  }

  /** These inputs and one more (or a new value for one already set). */
  public RequestInputs with(String name, double value) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        double[] changed = values.clone();
        changed[i] = value;
        return new RequestInputs(names, changed);
      }
    }
    String[] moreNames = Arrays.copyOf(names, names.length + 1);
    double[] moreValues = Arrays.copyOf(values, values.length + 1);
    moreNames[names.length] = name;
    moreValues[values.length] = value;
    return new RequestInputs(moreNames, moreValues);
  }

  /** An amount input, in yuan: features are numbers, and this is where money becomes one. */
  public RequestInputs with(String name, Money amount) {
    return with(name, amount.minor() / 100.0);
  }

  int size() {
    return names.length;
  }

  String name(int i) {
    return names[i];
  }

  double value(int i) {
    return values[i];
  }
}
