package dev.creditloop.servicing.journal;

/** What caused an entry; one kind per servicing operation. */
public enum EntryKind {
  DISBURSEMENT,
  REPAYMENT,
  INTEREST_RECOGNITION,
  PENALTY_ACCRUAL,
  WRITE_OFF,
  /** Interest and fees falling due on a non-accrual loan: to suspense, not income. */
  INTEREST_SUSPENDED,
  /** Penalty posted on a non-accrual loan: to suspense, not income. */
  PENALTY_SUSPENDED,
  /** Money received on a written-off loan. */
  RECOVERY
}
