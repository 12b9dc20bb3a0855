package dev.creditloop.app.servicing;

import dev.creditloop.app.servicing.persistence.JdbcCreditLines;
import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.lending.port.BehaviourEvents;
import dev.creditloop.lending.port.LedgerEvents;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.allocation.RepaymentPosted;
import dev.creditloop.servicing.close.InstallmentOverdue;
import dev.creditloop.servicing.creditline.CreditLineStatusChanged;
import dev.creditloop.servicing.creditline.LimitChanged;
import dev.creditloop.servicing.loan.DrawdownDisbursed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Where the ledger's domain events go: limit and status changes into the line's audit trail, and
 * the behaviour that features read (disbursements, repayments, overdue instalments, limit changes)
 * into the event store, in the caller's transaction.
 */
@Component
public class ServicingEventSink implements LedgerEvents {

  private final BehaviourEvents feed;
  private final JdbcCreditLines lines;
  private final BusinessClock clock;

  ServicingEventSink(BehaviourEvents feed, JdbcCreditLines lines, BusinessClock clock) {
    this.feed = feed;
    this.lines = lines;
    this.clock = clock;
  }

  @Override
  public void appendAll(List<? extends ServicingEvent> events) {
    for (ServicingEvent e : events) {
      append(e, null);
    }
  }

  /**
   * Appends one event; {@code at} stamps it (null: the business clock, or the end of its day for
   * close events).
   */
  @Override
  public void append(ServicingEvent e, Instant at) {
    if (e instanceof LimitChanged c) {
      lines.recordLimitChange(c);
      var newLimit =
          c.change().newTemporary() != null
              ? c.change().newTemporary().amount()
              : c.change().newLimit();
      feed.record(
          new BehaviourEvent(
              0,
              EventType.LIMIT_CHANGED,
              c.customerId(),
              c.lineId(),
              null,
              stamp(at, e),
              newLimit,
              null,
              Map.of()));
    } else if (e instanceof CreditLineStatusChanged s) {
      lines.recordStatusChange(s);
    } else if (e instanceof DrawdownDisbursed d) {
      feed.record(
          new BehaviourEvent(
              0,
              EventType.DRAWDOWN_DISBURSED,
              d.customerId(),
              d.lineId(),
              null,
              stamp(at, e),
              d.amount(),
              null,
              Map.of()));
    } else if (e instanceof RepaymentPosted r) {
      feed.record(
          new BehaviourEvent(
              0,
              EventType.REPAYMENT,
              r.customerId(),
              r.lineId(),
              null,
              stamp(at, e),
              r.amount(),
              null,
              Map.of(
                  BehaviourEvent.DAYS_PAST_DUE, String.valueOf(r.daysPastDue()),
                  BehaviourEvent.ON_TIME, String.valueOf(r.daysPastDue() == 0),
                  BehaviourEvent.PRINCIPAL, r.principalRepaid().toPlainString())));
    } else if (e instanceof InstallmentOverdue o) {
      feed.record(
          new BehaviourEvent(
              0,
              EventType.INSTALLMENT_OVERDUE,
              o.customerId(),
              null,
              null,
              BusinessClock.endOf(o.on()),
              null,
              null,
              Map.of(BehaviourEvent.DAYS_PAST_DUE, "1")));
    }
    // settlements, write-offs and bucket changes live in the ledger's own tables
  }

  private Instant stamp(Instant at, ServicingEvent e) {
    if (at != null) {
      return at;
    }
    return e.on().equals(clock.today()) ? clock.now() : BusinessClock.endOf(e.on());
  }
}
