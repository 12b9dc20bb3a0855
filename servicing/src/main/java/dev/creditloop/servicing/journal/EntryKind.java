package dev.creditloop.servicing.journal;

/** What caused an entry; one kind per servicing operation. */
public enum EntryKind {
  DISBURSEMENT,
  REPAYMENT,
  INTEREST_RECOGNITION,
  PENALTY_ACCRUAL,
  WRITE_OFF
}
