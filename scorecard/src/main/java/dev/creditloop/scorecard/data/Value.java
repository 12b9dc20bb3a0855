package dev.creditloop.scorecard.data;

/** One cell of a row: a number, a label, or nothing. */
public sealed interface Value {

  Value MISSING = new Missing();

  static Value of(double number) {
    return Double.isNaN(number) ? MISSING : new Number(number);
  }

  static Value of(String text) {
    return text == null ? MISSING : new Text(text);
  }

  default boolean isMissing() {
    return this instanceof Missing;
  }

  /**
   * The value as a category label; integral numbers print without a fraction ("3", not "3.0") so
   * that a code read as a number still matches the label a categorical column holds.
   */
  default String asText() {
    if (this instanceof Number n) {
      double v = n.value();
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
    return this instanceof Text t ? t.value() : null;
  }

  /** The value as a number: a text that is a plain decimal is parsed, anything else is NaN. */
  default double asNumber() {
    if (this instanceof Number n) {
      return n.value();
    }
    if (this instanceof Text t && CsvReader.DECIMAL.matcher(t.value().trim()).matches()) {
      return Double.parseDouble(t.value().trim());
    }
    return Double.NaN;
  }

  /** A number. Never NaN: NaN is {@link #MISSING}. */
  record Number(double value) implements Value {
    public Number {
      if (Double.isNaN(value)) {
        throw new IllegalArgumentException("NaN is a missing value, not a number");
      }
    }

    @Override
    public String toString() {
      return Double.toString(value);
    }
  }

  /** A categorical label, compared exactly (case and spaces matter). */
  record Text(String value) implements Value {
    public Text {
      if (value == null) {
        throw new IllegalArgumentException("text is required; use Value.MISSING");
      }
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** No value. */
  record Missing() implements Value {
    @Override
    public String toString() {
      return "<missing>";
    }
  }
}
