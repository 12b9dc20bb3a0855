package dev.creditloop.lending.writeoff;

import static dev.creditloop.lending.InMemoryLending.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.lending.InMemoryLending;
import dev.creditloop.lending.LendingException;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineStatus;
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
  void aLoanThatDoesNotExistIsNotFound() {
    assertThatThrownBy(() -> writeOff.writeOff(41, "x", "ops"))
        .isInstanceOf(LendingException.class)
        .hasMessage("loan 41 does not exist");
  }
}
