package dev.creditloop.app.web;

import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Validates a request's fields at the edge and collects every issue, so one answer names all
 * offending fields. Money must be positive with at most two decimals; rates are exact decimals.
 */
public final class Fields {

  private final List<ApiProblem.FieldIssue> issues = new ArrayList<>();

  public static Fields check() {
    return new Fields();
  }

  public <T> T required(String field, T value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      issues.add(new ApiProblem.FieldIssue(field, "is required"));
    }
    return value;
  }

  public Money positiveMoney(String field, BigDecimal value) {
    if (value == null) {
      issues.add(new ApiProblem.FieldIssue(field, "is required"));
      return null;
    }
    if (value.stripTrailingZeros().scale() > 2) {
      issues.add(new ApiProblem.FieldIssue(field, "has more than two decimals"));
      return null;
    }
    if (value.signum() <= 0) {
      issues.add(new ApiProblem.FieldIssue(field, "must be greater than zero"));
      return null;
    }
    if (value.compareTo(new BigDecimal("1000000000000")) > 0) {
      issues.add(new ApiProblem.FieldIssue(field, "is too large"));
      return null;
    }
    return Money.of(value);
  }

  public Money optionalPositiveMoney(String field, BigDecimal value) {
    return value == null ? null : positiveMoney(field, value);
  }

  public Rate rate(String field, BigDecimal value, boolean required) {
    if (value == null) {
      if (required) {
        issues.add(new ApiProblem.FieldIssue(field, "is required"));
      }
      return null;
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.TEN) > 0) {
      issues.add(
          new ApiProblem.FieldIssue(field, "must be a decimal rate between 0 and 10, e.g. 0.24"));
      return null;
    }
    return Rate.of(value);
  }

  public int positiveInt(String field, Integer value, int max) {
    if (value == null) {
      issues.add(new ApiProblem.FieldIssue(field, "is required"));
      return 0;
    }
    if (value <= 0 || value > max) {
      issues.add(new ApiProblem.FieldIssue(field, "must be between 1 and " + max));
      return 0;
    }
    return value;
  }

  public void that(boolean ok, String field, String reason) {
    if (!ok) {
      issues.add(new ApiProblem.FieldIssue(field, reason));
    }
  }

  /** A required enum value given by name; an unknown name is an issue listing the allowed ones. */
  public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
    required(field, value);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      that(false, field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  public LocalDate date(String field, LocalDate value) {
    return required(field, value);
  }

  public boolean hasIssues() {
    return !issues.isEmpty();
  }

  /** Throws one 400 problem naming every offending field, if there is any. */
  public void orThrow() {
    if (issues.isEmpty()) {
      return;
    }
    String code =
        issues.stream().allMatch(i -> i.reason().equals("is required"))
            ? "missing-field"
            : "invalid-field";
    String detail =
        issues.stream()
            .map(i -> i.field() + " " + i.reason())
            .reduce((a, b) -> a + "; " + b)
            .orElse("");
    throw new ApiProblem(HttpStatus.BAD_REQUEST, code, detail, issues);
  }
}
