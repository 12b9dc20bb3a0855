package dev.creditloop.scorecard.card;

import dev.creditloop.scorecard.data.Row;
import dev.creditloop.scorecard.data.Value;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When an attribute applies to a row; the shapes PMML predicates take. A comparison with a missing
 * value is false (PMML would say unknown, which no attribute accepts either).
 */
public sealed interface Condition {

  boolean test(Row row);

  /** The field is missing. */
  record IsMissing(String field) implements Condition {
    @Override
    public boolean test(Row row) {
      return row.get(field).isMissing();
    }
  }

  /** The field is present. */
  record IsNotMissing(String field) implements Condition {
    @Override
    public boolean test(Row row) {
      return !row.get(field).isMissing();
    }
  }

  /** Compares the field with a constant: as numbers when both are numbers, else as text. */
  record Compare(String field, Operator operator, String value) implements Condition {
    @Override
    public boolean test(Row row) {
      Value v = row.get(field);
      if (v.isMissing()) {
        return false;
      }
      double constant = Value.of(value).asNumber();
      double x = v.asNumber();
      if (!Double.isNaN(constant) && !Double.isNaN(x)) {
        return operator.holds(Double.compare(x, constant) == 0 ? 0 : (x < constant ? -1 : 1));
      }
      return switch (operator) {
        case EQUAL -> value.equals(v.asText());
        case NOT_EQUAL -> !value.equals(v.asText());
        default -> false;
      };
    }
  }

  /** The field's label is (or, negated, is not) one of the values. */
  record InSet(String field, Set<String> values, boolean negated) implements Condition {
    public InSet {
      // insertion order kept so exports list members the way the bin does, run after run
      values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    @Override
    public boolean test(Row row) {
      Value v = row.get(field);
      if (v.isMissing()) {
        return false;
      }
      return values.contains(v.asText()) != negated;
    }
  }

  record And(List<Condition> parts) implements Condition {
    public And {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(Row row) {
      return parts.stream().allMatch(p -> p.test(row));
    }
  }

  record Or(List<Condition> parts) implements Condition {
    public Or {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(Row row) {
      return parts.stream().anyMatch(p -> p.test(row));
    }
  }

  /** Every row: the catch-all for values the sample never showed. */
  record Always() implements Condition {
    @Override
    public boolean test(Row row) {
      return true;
    }
  }

  record Never() implements Condition {
    @Override
    public boolean test(Row row) {
      return false;
    }
  }

  /** PMML SimplePredicate comparison operators. */
  enum Operator {
    EQUAL("equal"),
    NOT_EQUAL("notEqual"),
    LESS_THAN("lessThan"),
    LESS_OR_EQUAL("lessOrEqual"),
    GREATER_THAN("greaterThan"),
    GREATER_OR_EQUAL("greaterOrEqual");

    private final String pmml;

    Operator(String pmml) {
      this.pmml = pmml;
    }

    public String pmml() {
      return pmml;
    }

    public static Operator fromPmml(String name) {
      for (Operator o : values()) {
        if (o.pmml.equals(name)) {
          return o;
        }
      }
      throw new IllegalArgumentException("unknown comparison operator '" + name + "'");
    }

    boolean holds(int comparison) {
      return switch (this) {
        case EQUAL -> comparison == 0;
        case NOT_EQUAL -> comparison != 0;
        case LESS_THAN -> comparison < 0;
        case LESS_OR_EQUAL -> comparison <= 0;
        case GREATER_THAN -> comparison > 0;
        case GREATER_OR_EQUAL -> comparison >= 0;
      };
    }
  }
}
