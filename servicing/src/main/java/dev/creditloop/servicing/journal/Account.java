package dev.creditloop.servicing.journal;

/** The ledger accounts the servicing core posts to. A balance is debits minus credits. */
public enum Account {
  /** Outstanding principal of open loans. */
  LOANS_RECEIVABLE,
  /** Interest recognised (fallen due) and not yet paid. */
  INTEREST_RECEIVABLE,
  /** Fees recognised (fallen due) and not yet paid. */
  FEE_RECEIVABLE,
  /** Penalty interest accrued and not yet paid. */
  PENALTY_RECEIVABLE,
  INTEREST_INCOME,
  FEE_INCOME,
  PENALTY_INCOME,
  /**
   * Contra-receivables of non-accrual loans (非应计): interest, fees and penalty that fell due or were
   * charged after the loan stopped accruing, owed but not income. Credit balances; moved to income
   * when paid, cleared against the receivable at write-off.
   */
  INTEREST_SUSPENSE,
  FEE_SUSPENSE,
  PENALTY_SUSPENSE,
  /** Money received on written-off loans. */
  RECOVERY_INCOME,
  /** Money in transit with the payment channels: credited at disbursement, debited at repayment. */
  CASH_CLEARING,
  WRITE_OFF_EXPENSE
}
