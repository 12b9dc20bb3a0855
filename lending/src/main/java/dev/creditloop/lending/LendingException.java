package dev.creditloop.lending;

import java.util.Objects;

/**
 * A request a use case refuses before anything is written, for a reason of its own (the ledger's
 * refusals are the servicing core's {@code ServicingException}): what was asked for does not exist,
 * has already been decided, or a grant names what the book does not hold. The edge maps {@link
 * Refusal#code()} to a problem type and {@link Refusal#field()}, when there is one, to the
 * offending field; nothing was written, so a caller may retry with a corrected request under the
 * same idempotency key.
 */
public final class LendingException extends RuntimeException {

  /** Why; {@link #code()} is the stable problem code, {@link #field()} the request's field. */
  public enum Refusal {
    /** The credit line, loan or review named does not exist. */
    NOT_FOUND("not-found", null),
    /** The parked drawdown was already approved or rejected. */
    REVIEW_ALREADY_DECIDED("review-already-decided", null),
    /** A line is to be granted to a customer who does not exist. */
    UNKNOWN_CUSTOMER("unknown-customer", "customerId"),
    /** A line is to be granted on a product that does not exist. */
    UNKNOWN_PRODUCT("unknown-product", "productCode"),
    /** A line is to be granted with an expiry that is not after the business date. */
    INVALID_EXPIRY("invalid-expiry", "expiresOn");

    private final String code;
    private final String field;

    Refusal(String code, String field) {
      this.code = code;
      this.field = field;
    }

    public String code() {
      return code;
    }

    /** The request field at fault, as the API names it; null when the refusal names none. */
    public String field() {
      return field;
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

  /**
   * A line to be granted to a customer who does not exist (or, at the edge, whom the caller's data
   * scope does not reach: refused alike).
   */
  public static LendingException unknownCustomer(long customerId) {
    return new LendingException(
        Refusal.UNKNOWN_CUSTOMER, "customer " + customerId + " does not exist");
  }

  public Refusal refusal() {
    return refusal;
  }

  public String code() {
    return refusal.code();
  }
}
