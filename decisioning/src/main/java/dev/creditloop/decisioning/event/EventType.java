package dev.creditloop.decisioning.event;

/**
 * What happened. Types marked as carrying an amount refuse an event without one, so a feature
 * summing amounts never meets a hole.
 */
public enum EventType {
  /** A credit line was granted; the amount is the granted limit. */
  CREDIT_GRANTED(true),
  /** The customer asked to draw down; the amount is the requested amount. */
  DRAWDOWN_REQUESTED(true),
  /** A drawdown request was approved; the amount is the approved amount. */
  DRAWDOWN_APPROVED(true),
  /** A drawdown request was rejected; the amount is the requested amount. */
  DRAWDOWN_REJECTED(true),
  /** Money left for the customer; the amount is the disbursed principal. */
  DRAWDOWN_DISBURSED(true),
  /**
   * Money received; the amount is the whole payment. Attributes: {@link
   * BehaviourEvent#DAYS_PAST_DUE} at payment, {@link BehaviourEvent#ON_TIME}, {@link
   * BehaviourEvent#PRINCIPAL} (the principal part, which lowers the outstanding balance).
   */
  REPAYMENT(true),
  /**
   * An instalment became overdue, reported once per instalment with {@link
   * BehaviourEvent#DAYS_PAST_DUE} as of the report.
   */
  INSTALLMENT_OVERDUE(false),
  /** The line's limit changed; the amount is the new limit. */
  LIMIT_CHANGED(true),
  LOGIN(false),
  DEVICE_SEEN(false),
  /** A position report. Any event may carry a position; position features read every one. */
  GPS_POSITION(false),
  APP_ACTIVITY(false),
  /** A collection attempt (deduction, 扣款) failed; the amount, if any, is what was attempted. */
  PAYMENT_FAILED(false);

  private final boolean carriesAmount;

  EventType(boolean carriesAmount) {
    this.carriesAmount = carriesAmount;
  }

  /** Whether an event of this type must carry an amount. */
  public boolean carriesAmount() {
    return carriesAmount;
  }
}
