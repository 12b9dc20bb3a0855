package dev.creditloop.servicing.loan;

/** The status of a loan; {@link #canBecome} holds every allowed transition. */
public enum LoanStatus {
  /** Nothing past due at the last close. */
  NORMAL,
  /** Something past due at the last close. */
  OVERDUE,
  /** Paid off, normally or early; final. */
  SETTLED,
  /** Written off as a loss; final. */
  WRITTEN_OFF;

  public boolean isOpen() {
    return this == NORMAL || this == OVERDUE;
  }

  public boolean canBecome(LoanStatus next) {
    return switch (this) {
      case NORMAL -> next == OVERDUE || next == SETTLED || next == WRITTEN_OFF;
      case OVERDUE -> next == NORMAL || next == SETTLED || next == WRITTEN_OFF;
      case SETTLED, WRITTEN_OFF -> false;
    };
  }
}
