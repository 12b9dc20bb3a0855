package dev.creditloop.lending.writeoff;

import static dev.creditloop.lending.InMemoryLending.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.lending.InMemoryLending;
import dev.creditloop.lending.LendingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineStatus;
import dev.creditloop.servicing.creditline.CreditLineStatusChanged;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.loan.LoanWrittenOff;
import org.junit.jupiter.api.Test;

class WriteOffLoanTest {

  private final InMemoryLending book = new InMemoryLending();
  private final WriteOffLoan writeOff =
      new WriteOffLoan(
          book.units, book.loans, book.lines, book.journal, book.events, book.calendar);

  @Test
  void aWriteOffLocksLoanAndLineAndSavesBothWithItsEntriesAndEvents() {
    CreditLine line = book.grant(1, 7, "5000.00");
    Loan drawn =
        new DrawDown()
            .draw(line, InMemoryLending.CASH, Money.of("3000.00"), 3, 40, TODAY.minusDays(3))
            .loan();
    book.lines.save(line);
    book.loans.stored.put(drawn.id(), drawn.snapshot());

    Loan loan = writeOff.writeOff(40, "uncollectable", "ops");

    assertThat(loan.status()).isEqualTo(LoanStatus.WRITTEN_OFF);
    assertThat(book.loan(40).status()).isEqualTo(LoanStatus.WRITTEN_OFF);
    assertThat(book.line(1).status()).isEqualTo(CreditLineStatus.FROZEN);
    assertThat(book.loans.locked).containsExactly(40L);
    assertThat(book.lines.locked).containsExactly(1L);
    assertThat(book.journal.posted).isNotEmpty();
    assertThat(book.events.appended).hasAtLeastOneElementOfType(LoanWrittenOff.class);
  }

  @Test
  void aWriteOffLocksEveryLineOfTheCustomerInIdOrderAndFreezesTheActiveOnes() {
    CreditLine other = book.grant(1, 7, "2000.00");
    CreditLine line = book.grant(2, 7, "5000.00");
    CreditLine closed = book.grant(3, 7, "1000.00");
    closed.close("customer asked", "ops", TODAY.minusDays(10));
    book.lines.save(closed);
    CreditLine stranger = book.grant(4, 8, "1000.00");
    Loan drawn =
        new DrawDown()
            .draw(line, InMemoryLending.CASH, Money.of("3000.00"), 3, 40, TODAY.minusDays(3))
            .loan();
    book.lines.save(line);
    book.loans.stored.put(drawn.id(), drawn.snapshot());

    writeOff.writeOff(40, "uncollectable", "ops");

    assertThat(book.lines.locked).containsExactly(1L, 2L, 3L);
    assertThat(book.line(1).status()).isEqualTo(CreditLineStatus.FROZEN);
    assertThat(book.line(2).status()).isEqualTo(CreditLineStatus.FROZEN);
    assertThat(book.line(3).status()).isEqualTo(CreditLineStatus.CLOSED);
    assertThat(book.line(4).status()).isEqualTo(CreditLineStatus.ACTIVE);
    assertThat(other.id()).isEqualTo(1);
    assertThat(stranger.customerId()).isEqualTo(8);
    assertThat(book.events.appended)
        .filteredOn(e -> e instanceof CreditLineStatusChanged c && c.lineId() == 1)
        .singleElement()
        .satisfies(
            e -> {
              CreditLineStatusChanged c = (CreditLineStatusChanged) e;
              assertThat(c.to()).isEqualTo(CreditLineStatus.FROZEN);
              assertThat(c.reason()).isEqualTo("loan 40 on line 2 written off");
            });
  }

  @Test
  void aLoanThatDoesNotExistIsNotFound() {
    assertThatThrownBy(() -> writeOff.writeOff(41, "x", "ops"))
        .isInstanceOf(LendingException.class)
        .hasMessage("loan 41 does not exist");
  }
}
