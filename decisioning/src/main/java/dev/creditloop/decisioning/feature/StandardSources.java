package dev.creditloop.decisioning.feature;

import static dev.creditloop.decisioning.event.EventType.APP_ACTIVITY;
import static dev.creditloop.decisioning.event.EventType.CREDIT_GRANTED;
import static dev.creditloop.decisioning.event.EventType.DRAWDOWN_APPROVED;
import static dev.creditloop.decisioning.event.EventType.DRAWDOWN_DISBURSED;
import static dev.creditloop.decisioning.event.EventType.DRAWDOWN_REJECTED;
import static dev.creditloop.decisioning.event.EventType.DRAWDOWN_REQUESTED;
import static dev.creditloop.decisioning.event.EventType.INSTALLMENT_OVERDUE;
import static dev.creditloop.decisioning.event.EventType.LIMIT_CHANGED;
import static dev.creditloop.decisioning.event.EventType.LOGIN;
import static dev.creditloop.decisioning.event.EventType.PAYMENT_FAILED;
import static dev.creditloop.decisioning.event.EventType.REPAYMENT;
import static dev.creditloop.decisioning.feature.Entity.CREDIT_LINE;
import static dev.creditloop.decisioning.feature.Entity.CUSTOMER;
import static dev.creditloop.decisioning.feature.Entity.DEVICE;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event sources the standard features read. "Drawdown" in a feature name means a drawdown
 * request (an attempt, approved or not), except where the feature says disbursed.
 */
final class StandardSources {

  /** Amounts just under a round figure, favoured by cash-out schemes, in yuan. */
  static final Set<Long> SENSITIVE_AMOUNTS_YUAN =
      Set.of(99L, 199L, 299L, 499L, 999L, 1999L, 2999L, 4999L, 9999L, 19999L);

  /** 02:00 to 05:00 local time, when a genuine borrower is rarely awake to borrow. */
  static final EventFilter NIGHT = new EventFilter.LocalHourIn(2, 5);

  static final Source DRAWDOWNS = Source.of(CUSTOMER, DRAWDOWN_REQUESTED, Measure.AMOUNT);
  static final Source NIGHT_DRAWDOWNS = DRAWDOWNS.where(NIGHT);
  static final Source SENSITIVE_DRAWDOWNS =
      DRAWDOWNS.where(
          new EventFilter.AmountIn(
              SENSITIVE_AMOUNTS_YUAN.stream().map(y -> y * 100).collect(Collectors.toSet())));
  static final Source APPROVALS = Source.of(CUSTOMER, DRAWDOWN_APPROVED, Measure.AMOUNT);
  static final Source REJECTIONS = Source.of(CUSTOMER, DRAWDOWN_REJECTED, Measure.AMOUNT);
  static final Source DISBURSEMENTS = Source.of(CUSTOMER, DRAWDOWN_DISBURSED, Measure.AMOUNT);
  static final Source REPAYMENTS = Source.of(CUSTOMER, REPAYMENT, Measure.AMOUNT);
  static final Source ON_TIME_REPAYMENTS =
      REPAYMENTS.where(new EventFilter.OnTime(true)).measuring(Measure.ONE);
  static final Source LATE_REPAYMENTS =
      REPAYMENTS.where(new EventFilter.OnTime(false)).measuring(Measure.ONE);
  static final Source REPAYMENT_DAYS_PAST_DUE = REPAYMENTS.measuring(Measure.DAYS_PAST_DUE);
  static final Source DAYS_PAST_DUE =
      new Source(
          CUSTOMER,
          Set.of(REPAYMENT, INSTALLMENT_OVERDUE),
          new EventFilter.Always(),
          Measure.DAYS_PAST_DUE);
  static final Source OVERDUES = Source.of(CUSTOMER, INSTALLMENT_OVERDUE, Measure.DAYS_PAST_DUE);
  static final Source PAYMENT_FAILURES = Source.of(CUSTOMER, PAYMENT_FAILED, Measure.ONE);
  static final Source LOGINS = Source.of(CUSTOMER, LOGIN, Measure.ONE);
  static final Source APP_USE = Source.of(CUSTOMER, APP_ACTIVITY, Measure.ONE);
  static final Source NIGHT_APP_USE = APP_USE.where(NIGHT);
  static final Source POSITIONS =
      Source.anyType(CUSTOMER, new EventFilter.HasPosition(), Measure.POSITION);
  static final Source DEVICES =
      Source.anyType(CUSTOMER, new EventFilter.HasDevice(), Measure.DEVICE);
  static final Source GRANTS = Source.of(CUSTOMER, CREDIT_GRANTED, Measure.AMOUNT);

  static final Source LINE_GRANTS = Source.of(CREDIT_LINE, CREDIT_GRANTED, Measure.AMOUNT);
  static final Source LINE_LIMITS =
      new Source(
          CREDIT_LINE,
          Set.of(CREDIT_GRANTED, LIMIT_CHANGED),
          new EventFilter.Always(),
          Measure.AMOUNT);
  static final Source LINE_LIMIT_CHANGES = Source.of(CREDIT_LINE, LIMIT_CHANGED, Measure.AMOUNT);
  static final Source LINE_DISBURSEMENTS =
      Source.of(CREDIT_LINE, DRAWDOWN_DISBURSED, Measure.AMOUNT);
  static final Source LINE_REPAID_PRINCIPAL = Source.of(CREDIT_LINE, REPAYMENT, Measure.PRINCIPAL);

  static final Source DEVICE_CUSTOMERS =
      Source.anyType(DEVICE, new EventFilter.Always(), Measure.CUSTOMER);
  static final Source DEVICE_DRAWDOWNS = Source.of(DEVICE, DRAWDOWN_REQUESTED, Measure.ONE);

  private StandardSources() {}
}
