package dev.creditloop.app.decisioning;

import java.util.List;
import java.util.Objects;

/**
 * A strategy request refused before anything is written: the version named does not exist, exists
 * already, is retired, or the document or card does not compile. The edge maps {@link
 * Refusal#code()} to a problem type; {@link #issues()} names each offending field.
 */
public final class StrategyException extends RuntimeException {

  /** Why; {@link #code()} is the stable problem code. */
  public enum Refusal {
    /** The strategy or version named does not exist. */
    NOT_FOUND("not-found"),
    /** The version saved exists already; versions are immutable. */
    VERSION_EXISTS("strategy-version-exists"),
    /** A retired version cannot become active again. */
    RETIRED("strategy-retired"),
    /** The document does not compile. */
    INVALID("strategy-invalid"),
    /** The card cannot be served. */
    SCORECARD_INVALID("scorecard-invalid"),
    /** The base version has no scorecard step of that name. */
    STEP_UNKNOWN("scorecard-step-unknown");

    private final String code;

    Refusal(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** One offending input: a path such as {@code version} or {@code card.characteristics[0]}. */
  public record Issue(String field, String reason) {}

  private final Refusal refusal;
  private final List<Issue> issues;

  public StrategyException(Refusal refusal, String detail, List<Issue> issues) {
    super(detail);
    this.refusal = Objects.requireNonNull(refusal);
    this.issues = List.copyOf(issues);
  }

  /** "strategy version drawdown-default v7 does not exist". */
  public static StrategyException notFound(String what, Object id) {
    return new StrategyException(Refusal.NOT_FOUND, what + " " + id + " does not exist", List.of());
  }

  public Refusal refusal() {
    return refusal;
  }

  public String code() {
    return refusal.code();
  }

  public List<Issue> issues() {
    return issues;
  }
}
