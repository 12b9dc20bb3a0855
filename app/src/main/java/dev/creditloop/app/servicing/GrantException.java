package dev.creditloop.app.servicing;

import java.util.Objects;

/**
 * A credit-line grant refused before anything is written: the customer or product named does not
 * exist, or the expiry is not after the business date. The edge maps {@link Refusal#code()} to a
 * problem type and {@link Refusal#field()} to the offending field.
 */
public final class GrantException extends RuntimeException {

  /** Why, with the stable problem code and the request field at fault. */
  public enum Refusal {
    UNKNOWN_CUSTOMER("unknown-customer", "customerId"),
    UNKNOWN_PRODUCT("unknown-product", "productCode"),
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

    public String field() {
      return field;
    }
  }

  private final Refusal refusal;

  public GrantException(Refusal refusal, String reason) {
    super(reason);
    this.refusal = Objects.requireNonNull(refusal);
  }

  public Refusal refusal() {
    return refusal;
  }
}
