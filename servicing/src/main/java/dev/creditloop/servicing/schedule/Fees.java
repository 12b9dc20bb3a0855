package dev.creditloop.servicing.schedule;

import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import java.util.Objects;

/**
 * Fees as rates of the principal, each rounded HALF_UP to the fen: the up-front fee (头息) is charged
 * once with the first instalment, never deducted from the amount disbursed; the instalment fee is
 * charged with every instalment.
 */
public record Fees(Rate upfrontFeeRate, Rate installmentFeeRate) {

  public static final Fees NONE = new Fees(Rate.ZERO, Rate.ZERO);

  public Fees {
    Objects.requireNonNull(upfrontFeeRate, "upfrontFeeRate");
    Objects.requireNonNull(installmentFeeRate, "installmentFeeRate");
    if (upfrontFeeRate.isNegative()) {
      throw new ServicingException(
          Problem.INVALID_TERMS, "fees.upfrontFeeRate", "must not be negative");
    }
    if (installmentFeeRate.isNegative()) {
      throw new ServicingException(
          Problem.INVALID_TERMS, "fees.installmentFeeRate", "must not be negative");
    }
  }

  public boolean isNone() {
    return upfrontFeeRate.isZero() && installmentFeeRate.isZero();
  }
}
