package dev.creditloop.app.servicing;

import dev.creditloop.app.customer.Customers;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcCreditLines;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.kernel.Money;
import dev.creditloop.lending.LendingException;
import dev.creditloop.lending.port.BehaviourEvents;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.creditline.CreditLine;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grants credit lines (授信) and changes their limits and status, each change audited. A grant the
 * book cannot take is a {@link GrantException}; a line that does not exist, the lending use cases'
 * not-found.
 */
@Service
public class CreditLineService {

  private final JdbcCreditLines lines;
  private final Customers customers;
  private final Products products;
  private final BusinessCalendar calendar;
  private final BusinessClock clock;
  private final ServicingEventSink events;
  private final BehaviourEvents feed;
  private final TransactionTemplate tx;
  private final JdbcLoans loans;

  CreditLineService(
      JdbcCreditLines lines,
      Customers customers,
      Products products,
      BusinessCalendar calendar,
      BusinessClock clock,
      ServicingEventSink events,
      BehaviourEvents feed,
      TransactionTemplate tx,
      JdbcLoans loans) {
    this.loans = loans;
    this.lines = lines;
    this.customers = customers;
    this.products = products;
    this.calendar = calendar;
    this.clock = clock;
    this.events = events;
    this.feed = feed;
    this.tx = tx;
  }

  public CreditLine grant(long customerId, String productCode, Money limit, LocalDate expiresOn) {
    return tx.execute(
        s -> {
          if (customers.find(customerId).isEmpty()) {
            throw new GrantException(
                GrantException.Refusal.UNKNOWN_CUSTOMER,
                "customer " + customerId + " does not exist");
          }
          if (!products.exists(productCode)) {
            throw new GrantException(
                GrantException.Refusal.UNKNOWN_PRODUCT,
                "product " + productCode + " does not exist");
          }
          LocalDate today = calendar.today();
          if (!expiresOn.isAfter(today)) {
            throw new GrantException(
                GrantException.Refusal.INVALID_EXPIRY, "must be after the business date " + today);
          }
          CreditLine line =
              CreditLine.grant(lines.nextId(), customerId, productCode, limit, today, expiresOn);
          lines.insert(line);
          feed.record(
              new BehaviourEvent(
                  0,
                  EventType.CREDIT_GRANTED,
                  customerId,
                  line.id(),
                  null,
                  clock.at(today),
                  limit,
                  null,
                  Map.of()));
          return line;
        });
  }

  /** Runs a change on a locked line and records what it emitted. */
  public CreditLine change(long lineId, Function<CreditLine, ServicingEvent> change) {
    return tx.execute(
        s -> {
          CreditLine line =
              lines
                  .lock(lineId)
                  .orElseThrow(() -> LendingException.notFound("credit line", lineId));
          ServicingEvent e = change.apply(line);
          lines.save(line);
          events.append(e, null);
          return line;
        });
  }

  /**
   * Unfreezes a line, unless its customer has a written-off loan: then their lines stay closed to
   * drawing.
   */
  public CreditLine unfreeze(long lineId, String reason, String actor) {
    LocalDate today = calendar.today();
    return change(
        lineId,
        line -> {
          loans.requireNoWrittenOffLoan(line.customerId());
          return line.unfreeze(reason, actor, today);
        });
  }

  public LocalDate today() {
    return calendar.today();
  }
}
