package dev.creditloop.app.servicing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Money;
import dev.creditloop.lending.port.CreditLines.WithStanding;
import dev.creditloop.lending.port.Loans;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineSnapshot;
import dev.creditloop.servicing.creditline.CreditLineStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** When the copy answers from memory, and when it must read (the rules of {@link BookChanges}). */
class CachedLineStandingsTest {

  private final BookChanges changes = new BookChanges();
  private final AtomicInteger reads = new AtomicInteger();
  private Money outstanding = Money.ofMinor(0);

  /** Runs during the store's read, as a write ending meanwhile would. */
  private Runnable duringRead = () -> {};

  private final JdbcCreditLines store =
      new JdbcCreditLines(null, null, null, changes) {
        @Override
        public Optional<WithStanding> findWithStanding(long id) {
          reads.incrementAndGet();
          WithStanding read =
              new WithStanding(
                  CreditLine.fromSnapshot(
                      new CreditLineSnapshot(
                          id,
                          7,
                          "CASH",
                          Money.ofMinor(1_000_000),
                          null,
                          outstanding,
                          CreditLineStatus.ACTIVE,
                          LocalDate.of(2026, 1, 1),
                          LocalDate.of(2028, 1, 1))),
                  new Loans.Standing(Optional.empty(), 0));
          duringRead.run();
          return Optional.of(read);
        }
      };

  private final CachedLineStandings copy = new CachedLineStandings(store, changes, null, 10);

  private long outstandingSeen() {
    return copy.findWithStanding(70).orElseThrow().line().outstandingPrincipal().minor();
  }

  @Test
  void aLineIsReadOnceUntilItsCustomersCountMoves() {
    assertThat(outstandingSeen()).isZero();
    assertThat(outstandingSeen()).isZero();
    assertThat(reads).hasValue(1);

    outstanding = Money.ofMinor(50_000);
    changes.customer(8); // another customer (another stripe): the copy holds
    assertThat(outstandingSeen()).isZero();
    assertThat(reads).hasValue(1);

    changes.customer(7);
    assertThat(outstandingSeen()).isEqualTo(50_000);
    assertThat(reads).hasValue(2);
    assertThat(outstandingSeen()).isEqualTo(50_000);
    assertThat(reads).hasValue(2);

    changes.everything();
    assertThat(outstandingSeen()).isEqualTo(50_000);
    assertThat(reads).hasValue(3);
  }

  @Test
  void aLineReadWhileAWriteEndedIsAnsweredButNotKept() {
    duringRead = () -> changes.customer(9);
    assertThat(outstandingSeen()).isZero();
    assertThat(outstandingSeen()).isZero();
    assertThat(reads).as("nothing was kept").hasValue(2);
    duringRead = () -> {};
    outstandingSeen();
    outstandingSeen();
    assertThat(reads).hasValue(3);
  }

  @Test
  void theCopyIsBoundedAndOffAtZero() {
    for (long line = 1; line <= 25; line++) {
      copy.findWithStanding(line);
    }
    assertThat(copy.size()).isLessThanOrEqualTo(10);
    CachedLineStandings off = new CachedLineStandings(store, changes, null, 0);
    off.findWithStanding(1);
    off.findWithStanding(1);
    assertThat(off.size()).isZero();
  }
}
