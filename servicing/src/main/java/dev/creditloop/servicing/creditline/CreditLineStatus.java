package dev.creditloop.servicing.creditline;

/** The status of a credit line; {@link #canBecome} holds every allowed transition. */
public enum CreditLineStatus {
  /** May be drawn. */
  ACTIVE,
  /** May not be drawn until unfrozen; repayments still restore it. */
  FROZEN,
  /** Past its expiry date: no more drawdowns, running loans continue. */
  EXPIRED,
  /** Ended for good. */
  CLOSED;

  public boolean canBecome(CreditLineStatus next) {
    return switch (this) {
      case ACTIVE -> next == FROZEN || next == EXPIRED || next == CLOSED;
      case FROZEN -> next == ACTIVE || next == EXPIRED || next == CLOSED;
      case EXPIRED -> next == CLOSED;
      case CLOSED -> false;
    };
  }
}
