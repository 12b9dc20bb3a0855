package dev.creditloop.lending.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.kernel.Money;
import dev.creditloop.lending.InMemoryLending;
import dev.creditloop.lending.LendingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GrantCreditLineTest {

  /** A business date of its own, apart from the fixture's TODAY, so the grant must read it. */
  private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 5, 4);

  private final InMemoryLending book = new InMemoryLending();
  private final GrantCreditLine grant =
      new GrantCreditLine(
          book.units, book.customers, book.products, book.lines, book.behaviour, book.calendar);

  @BeforeEach
  void registerCustomer() {
    book.customers.ids.add(7L);
    book.calendar.today = BUSINESS_DATE;
  }

  @Test
  void aGrantStoresAnActiveLineFromTheBusinessDateAndRecordsCreditGrantedWithItsLimit() {
    CreditLine line =
        grant.grant(new GrantCommand(7, "CASH", Money.of("8000.00"), BUSINESS_DATE.plusYears(2)));

    assertThat(book.units.begun).isEqualTo(1);
    assertThat(book.lines.stored).containsOnlyKeys(line.id());
    CreditLine stored = book.line(line.id());
    assertThat(stored.customerId()).isEqualTo(7);
    assertThat(stored.productCode()).isEqualTo("CASH");
    assertThat(stored.limit()).isEqualTo(Money.of("8000.00"));
    assertThat(stored.outstandingPrincipal()).isEqualTo(Money.ZERO);
    assertThat(stored.status()).isEqualTo(CreditLineStatus.ACTIVE);
    assertThat(stored.grantedOn()).isEqualTo(BUSINESS_DATE);
    assertThat(stored.expiresOn()).isEqualTo(BUSINESS_DATE.plusYears(2));
    assertThat(book.behaviour.recorded)
        .singleElement()
        .satisfies(
            (BehaviourEvent e) -> {
              assertThat(e.type()).isEqualTo(EventType.CREDIT_GRANTED);
              assertThat(e.customerId()).isEqualTo(7);
              assertThat(e.creditLineId()).isEqualTo(line.id());
              assertThat(e.amount()).isEqualTo(Money.of("8000.00"));
              assertThat(e.occurredAt()).isEqualTo(book.calendar.at(BUSINESS_DATE));
            });
  }

  @Test
  void aCustomerThatDoesNotExistIsRefusedOnCustomerId() {
    assertRefused(
        new GrantCommand(8, "CASH", Money.of("8000.00"), BUSINESS_DATE.plusYears(2)),
        LendingException.Refusal.UNKNOWN_CUSTOMER,
        "customer 8 does not exist");
    assertThat(LendingException.Refusal.UNKNOWN_CUSTOMER.code()).isEqualTo("unknown-customer");
    assertThat(LendingException.Refusal.UNKNOWN_CUSTOMER.field()).isEqualTo("customerId");
  }

  @Test
  void aProductThatDoesNotExistIsRefusedOnProductCode() {
    assertRefused(
        new GrantCommand(7, "NOPE", Money.of("8000.00"), BUSINESS_DATE.plusYears(2)),
        LendingException.Refusal.UNKNOWN_PRODUCT,
        "product NOPE does not exist");
    assertThat(LendingException.Refusal.UNKNOWN_PRODUCT.code()).isEqualTo("unknown-product");
    assertThat(LendingException.Refusal.UNKNOWN_PRODUCT.field()).isEqualTo("productCode");
  }

  @Test
  void anExpiryNotAfterTheBusinessDateIsRefusedOnExpiresOn() {
    assertRefused(
        new GrantCommand(7, "CASH", Money.of("8000.00"), BUSINESS_DATE),
        LendingException.Refusal.INVALID_EXPIRY,
        "must be after the business date 2026-05-04");
    assertRefused(
        new GrantCommand(7, "CASH", Money.of("8000.00"), BUSINESS_DATE.minusDays(1)),
        LendingException.Refusal.INVALID_EXPIRY,
        "must be after the business date 2026-05-04");
    assertThat(LendingException.Refusal.INVALID_EXPIRY.code()).isEqualTo("invalid-expiry");
    assertThat(LendingException.Refusal.INVALID_EXPIRY.field()).isEqualTo("expiresOn");

    CreditLine dayAfter =
        grant.grant(new GrantCommand(7, "CASH", Money.of("8000.00"), BUSINESS_DATE.plusDays(1)));
    assertThat(book.line(dayAfter.id()).expiresOn()).isEqualTo(BUSINESS_DATE.plusDays(1));
  }

  private void assertRefused(
      GrantCommand command, LendingException.Refusal refusal, String detail) {
    assertThatThrownBy(() -> grant.grant(command))
        .isInstanceOfSatisfying(
            LendingException.class,
            e -> {
              assertThat(e.refusal()).isEqualTo(refusal);
              assertThat(e.getMessage()).isEqualTo(detail);
            });
    assertThat(book.lines.stored).isEmpty();
    assertThat(book.behaviour.recorded).isEmpty();
  }
}
