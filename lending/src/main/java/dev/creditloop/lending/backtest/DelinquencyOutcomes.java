package dev.creditloop.lending.backtest;

import java.time.LocalDate;

/** Port: how customers' loans fared, from the ledger's delinquency history. */
public interface DelinquencyOutcomes {

  /**
   * Whether a loan of the customer reached M2 or worse on a day in ({@code after}, {@code
   * through}].
   */
  boolean wentBad(long customerId, LocalDate after, LocalDate through);
}
