package dev.creditloop.servicing;

import java.util.Objects;

/**
 * A request the servicing core refuses, with the stable {@link Problem} code, the request field at
 * fault (as the app's API names it: "amount", "term", "allowedTerms"...) and a reason a person can
 * read.
 */
public final class ServicingException extends RuntimeException {

  private final Problem problem;
  private final String field;
  private final String reason;

  public ServicingException(Problem problem, String field, String reason) {
    super(field + ": " + reason);
    this.problem = Objects.requireNonNull(problem);
    this.field = Objects.requireNonNull(field);
    this.reason = Objects.requireNonNull(reason);
  }

  public Problem problem() {
    return problem;
  }

  /** The stable code, e.g. "payoff-exceeded". */
  public String code() {
    return problem.code();
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
