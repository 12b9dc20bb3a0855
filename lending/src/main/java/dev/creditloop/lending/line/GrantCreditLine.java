package dev.creditloop.lending.line;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.lending.LendingException;
import dev.creditloop.lending.port.BehaviourEvents;
import dev.creditloop.lending.port.BusinessCalendar;
import dev.creditloop.lending.port.CreditLines;
import dev.creditloop.lending.port.Customers;
import dev.creditloop.lending.port.Products;
import dev.creditloop.lending.port.Transactions;
import dev.creditloop.servicing.creditline.CreditLine;
import java.time.LocalDate;
import java.util.Map;

/**
 * Grants a credit line (授信) in one unit of work: an ACTIVE line granted on the business date with
 * nothing drawn, and a CREDIT_GRANTED behaviour event with its limit. Refused, with nothing
 * written, when the customer or the product does not exist or the expiry is not after the business
 * date ({@link LendingException} {@code unknown-customer}, {@code unknown-product}, {@code
 * invalid-expiry}). Answers the new line.
 */
public final class GrantCreditLine {

  private final Transactions transactions;
  private final Customers customers;
  private final Products products;
  private final CreditLines lines;
  private final BehaviourEvents behaviour;
  private final BusinessCalendar calendar;

  public GrantCreditLine(
      Transactions transactions,
      Customers customers,
      Products products,
      CreditLines lines,
      BehaviourEvents behaviour,
      BusinessCalendar calendar) {
    this.transactions = transactions;
    this.customers = customers;
    this.products = products;
    this.lines = lines;
    this.behaviour = behaviour;
    this.calendar = calendar;
  }

  public CreditLine grant(GrantCommand command) {
    return transactions.inTransaction(() -> grantChecked(command));
  }

  private CreditLine grantChecked(GrantCommand command) {
    if (!customers.exists(command.customerId())) {
      throw LendingException.unknownCustomer(command.customerId());
    }
    if (products.find(command.productCode()).isEmpty()) {
      throw new LendingException(
          LendingException.Refusal.UNKNOWN_PRODUCT,
          "product " + command.productCode() + " does not exist");
    }
    LocalDate today = calendar.today();
    if (!command.expiresOn().isAfter(today)) {
      throw new LendingException(
          LendingException.Refusal.INVALID_EXPIRY, "must be after the business date " + today);
    }
    CreditLine line =
        CreditLine.grant(
            lines.nextId(),
            command.customerId(),
            command.productCode(),
            command.limit(),
            today,
            command.expiresOn());
    lines.insert(line);
    behaviour.record(
        new BehaviourEvent(
            0,
            EventType.CREDIT_GRANTED,
            line.customerId(),
            line.id(),
            null,
            calendar.at(today),
            line.limit(),
            null,
            Map.of()));
    return line;
  }
}
