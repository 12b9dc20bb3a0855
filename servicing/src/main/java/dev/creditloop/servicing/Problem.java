package dev.creditloop.servicing;

/**
 * Why a servicing request was refused. {@link #code()} is stable: the app maps it to an RFC 9457
 * problem type, so a code is never renamed once published.
 */
public enum Problem {
  /** A product definition breaks a rule; the field and reason say which. */
  INVALID_PRODUCT("invalid-product"),
  /** Schedule terms (principal, rate, term, dates) are not usable. */
  INVALID_TERMS("invalid-terms"),
  /** An amount is zero, negative or otherwise unusable. */
  INVALID_AMOUNT("invalid-amount"),
  /** The product does not offer the requested term. */
  TERM_NOT_ALLOWED("term-not-allowed"),
  /** The APR of the requested loan is above the product's cap. */
  APR_CAP_EXCEEDED("apr-cap-exceeded"),
  /** The credit line belongs to another product than the one requested. */
  PRODUCT_MISMATCH("product-mismatch"),
  /** The drawdown is larger than the line's available amount. */
  AMOUNT_EXCEEDS_AVAILABLE("amount-exceeds-available"),
  LINE_FROZEN("line-frozen"),
  LINE_EXPIRED("line-expired"),
  LINE_CLOSED("line-closed"),
  /** A limit or temporary limit is negative, not above the permanent limit, or already lapsed. */
  INVALID_LIMIT("invalid-limit"),
  /** The requested status change is not allowed from the current status. */
  TRANSITION_NOT_ALLOWED("transition-not-allowed"),
  /** A repayment is larger than the payoff amount; the reason carries the payoff. */
  PAYOFF_EXCEEDED("payoff-exceeded"),
  /** The loan is settled or written off. */
  LOAN_NOT_OPEN("loan-not-open"),
  /** The operation is dated on or before a business date the loan has already closed. */
  DATE_ALREADY_CLOSED("date-already-closed"),
  /** A close would take the business date past the wall-clock date plus the days allowed ahead. */
  CLOSE_TOO_FAR_AHEAD("close-too-far-ahead"),
  /** A close asks for more days than one call may close. */
  TOO_MANY_DAYS_TO_CLOSE("too-many-days-to-close"),
  /** A recovery on a written-off loan is more than is left of what was written off. */
  RECOVERY_EXCEEDED("recovery-exceeded"),
  /** The customer has a written-off loan: their lines stay closed to drawing. */
  CUSTOMER_WRITTEN_OFF("customer-written-off");

  private final String code;

  Problem(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
