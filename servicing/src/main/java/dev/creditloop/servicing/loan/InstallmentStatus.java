package dev.creditloop.servicing.loan;

/**
 * The status of an instalment. There is no separate "due" status: on its due date an instalment is
 * payable and still PENDING; unpaid at the close of that date it becomes OVERDUE.
 */
public enum InstallmentStatus {
  PENDING,
  OVERDUE,
  /** Nothing left to pay: paid, or the rest waived at early settlement. */
  PAID;

  public boolean canBecome(InstallmentStatus next) {
    return switch (this) {
      case PENDING -> next == OVERDUE || next == PAID;
      case OVERDUE -> next == PAID;
      case PAID -> false;
    };
  }
}
