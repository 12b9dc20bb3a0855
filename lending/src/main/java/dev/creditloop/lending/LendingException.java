package dev.creditloop.lending;

import java.util.Objects;

/**
 * A request a use case refuses before anything is written, for a reason of its own (the ledger's
 * refusals are the servicing core's {@code ServicingException}): what was asked for does not exist,
 * or has already been decided. The edge maps {@link Refusal#code()} to a problem type; nothing was
 * written, so a caller may retry with a corrected request under the same idempotency key.
 */
public final class LendingException extends RuntimeException {

  /** Why; {@link #code()} is the stable problem code. */
  public enum Refusal {
    /** The credit line, loan or review named does not exist. */
    NOT_FOUND("not-found"),
    /** The parked drawdown was already approved or rejected. */
    REVIEW_ALREADY_DECIDED("review-already-decided");

    private final String code;

    Refusal(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final Refusal refusal;

  public LendingException(Refusal refusal, String detail) {
    super(detail);
    this.refusal = Objects.requireNonNull(refusal);
  }

  /** "credit line 7 does not exist". */
  public static LendingException notFound(String what, Object id) {
    return new LendingException(Refusal.NOT_FOUND, what + " " + id + " does not exist");
  }

  public Refusal refusal() {
    return refusal;
  }

  public String code() {
    return refusal.code();
  }
}
