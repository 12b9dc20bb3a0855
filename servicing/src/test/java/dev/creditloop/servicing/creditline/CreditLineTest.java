package dev.creditloop.servicing.creditline;

import static dev.creditloop.servicing.fixtures.CreditLineBuilder.aCreditLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.ServicingException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CreditLineTest {

  private static final LocalDate ON = LocalDate.of(2024, 6, 1);

  private static Money m(String amount) {
    return Money.of(amount);
  }

  private static Consumer<ServicingException> problem(String code, String field) {
    return e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.field()).isEqualTo(field);
    };
  }

  @Test
  void drawdownReservesAndRepaymentRestores() {
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    line.reserve(m("3000.00"), ON);
    assertThat(line.available(ON)).isEqualTo(m("2000.00"));
    line.restore(m("1200.00"));
    assertThat(line.outstandingPrincipal()).isEqualTo(m("1800.00"));
    assertThat(line.available(ON)).isEqualTo(m("3200.00"));
  }

  @Test
  void refusesMoreThanAvailable() {
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    line.reserve(m("4000.00"), ON);
    assertThatThrownBy(() -> line.reserve(m("1000.01"), ON))
        .isInstanceOfSatisfying(
            ServicingException.class, problem("amount-exceeds-available", "amount"))
        .hasMessageContaining("1000.00");
    line.reserve(m("1000.00"), ON);
    assertThat(line.available(ON)).isEqualTo(Money.ZERO);
  }

  @Test
  void refusesANonPositiveAmount() {
    assertThatThrownBy(() -> aCreditLine().build().reserve(Money.ZERO, ON))
        .isInstanceOfSatisfying(ServicingException.class, problem("invalid-amount", "amount"));
  }

  @Test
  void frozenLineCannotBeDrawnUntilUnfrozen() {
    CreditLine line = aCreditLine().build();
    CreditLineStatusChanged frozen = line.freeze("early warning red", "risk-bot", ON);
    assertThat(frozen.from()).isEqualTo(CreditLineStatus.ACTIVE);
    assertThat(frozen.to()).isEqualTo(CreditLineStatus.FROZEN);
    assertThatThrownBy(() -> line.reserve(m("1.00"), ON))
        .isInstanceOfSatisfying(ServicingException.class, problem("line-frozen", "creditLine"));
    line.unfreeze("reviewed", "alice", ON);
    line.reserve(m("1.00"), ON);
    assertThatThrownBy(() -> line.unfreeze("again", "alice", ON))
        .isInstanceOfSatisfying(
            ServicingException.class, problem("transition-not-allowed", "status"));
  }

  @Test
  void cannotBeDrawnAfterItsExpiryDateEvenBeforeTheCloseExpiresIt() {
    CreditLine line = aCreditLine().expiringOn(LocalDate.of(2024, 6, 30)).build();
    line.reserve(m("1.00"), LocalDate.of(2024, 6, 30));
    assertThatThrownBy(() -> line.reserve(m("1.00"), LocalDate.of(2024, 7, 1)))
        .isInstanceOfSatisfying(ServicingException.class, problem("line-expired", "creditLine"));
  }

  @Test
  void closeExpiresTheLineTheDayAfterItsExpiryDate() {
    CreditLine line = aCreditLine().expiringOn(LocalDate.of(2024, 6, 30)).build();
    assertThat(line.needsClose(LocalDate.of(2024, 6, 30))).isFalse();
    assertThat(line.closeDay(LocalDate.of(2024, 6, 30))).isEmpty();
    assertThat(line.needsClose(LocalDate.of(2024, 7, 1))).isTrue();
    assertThat(line.closeDay(LocalDate.of(2024, 7, 1)))
        .singleElement()
        .isInstanceOfSatisfying(
            CreditLineStatusChanged.class,
            e -> assertThat(e.to()).isEqualTo(CreditLineStatus.EXPIRED));
    assertThat(line.status()).isEqualTo(CreditLineStatus.EXPIRED);
    assertThat(line.closeDay(LocalDate.of(2024, 7, 1))).isEmpty();
    assertThatThrownBy(() -> line.changeLimit(m("9000.00"), "x", "y", LocalDate.of(2024, 7, 2)))
        .isInstanceOfSatisfying(ServicingException.class, problem("line-expired", "creditLine"));
  }

  @Test
  void limitChangeIsRecordedWithWhoAndWhy() {
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    LimitChanged changed = line.changeLimit(m("8000.00"), "B-card upgrade", "batch-2024-06", ON);
    assertThat(changed.change())
        .isEqualTo(
            new LimitChange(
                m("5000.00"), m("8000.00"), null, null, "B-card upgrade", "batch-2024-06", ON));
    assertThat(changed.lineId()).isEqualTo(1);
    assertThat(line.available(ON)).isEqualTo(m("8000.00"));
  }

  @Test
  void loweredLimitBelowOutstandingLeavesNothingAvailable() {
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    line.reserve(m("4000.00"), ON);
    line.changeLimit(m("3000.00"), "risk up", "alice", ON);
    assertThat(line.available(ON)).isEqualTo(Money.ZERO);
    line.restore(m("1500.00"));
    assertThat(line.available(ON)).isEqualTo(m("500.00"));
    assertThatThrownBy(() -> line.changeLimit(m("-1.00"), "x", "y", ON))
        .isInstanceOfSatisfying(ServicingException.class, problem("invalid-limit", "limit"));
  }

  @Test
  void temporaryLimitIsEffectiveThroughItsLastDayAndDroppedAtTheCloseAfter() {
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    LocalDate until = LocalDate.of(2024, 6, 18);
    LimitChanged granted = line.grantTemporaryLimit(m("8000.00"), until, "618 festival", "ops", ON);
    assertThat(granted.change().newTemporary()).isEqualTo(new TemporaryLimit(m("8000.00"), until));
    assertThat(line.effectiveLimit(until)).isEqualTo(m("8000.00"));
    line.reserve(m("7000.00"), until);
    assertThat(line.effectiveLimit(until.plusDays(1))).isEqualTo(m("5000.00"));
    assertThat(line.available(until.plusDays(1))).isEqualTo(Money.ZERO);

    assertThat(line.closeDay(until)).isEmpty();
    assertThat(line.closeDay(until.plusDays(1)))
        .singleElement()
        .isInstanceOfSatisfying(
            LimitChanged.class, e -> assertThat(e.change().newTemporary()).isNull());
    assertThat(line.temporaryLimit()).isEmpty();
    assertThat(line.needsClose(until.plusDays(1))).isFalse();
  }

  @Test
  void temporaryLimitMustExceedThePermanentOneAndNotBeLapsed() {
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    assertThatThrownBy(() -> line.grantTemporaryLimit(m("5000.00"), ON.plusDays(5), "x", "y", ON))
        .isInstanceOfSatisfying(
            ServicingException.class, problem("invalid-limit", "temporaryLimit"));
    assertThatThrownBy(() -> line.grantTemporaryLimit(m("6000.00"), ON.minusDays(1), "x", "y", ON))
        .isInstanceOfSatisfying(ServicingException.class, problem("invalid-limit", "until"));
  }

  @Test
  void raisingThePermanentLimitToTheTemporaryOneDropsTheTemporary() {
    CreditLine line = aCreditLine().withLimit("5000.00").build();
    line.grantTemporaryLimit(m("8000.00"), ON.plusDays(10), "festival", "ops", ON);
    LimitChanged raised = line.changeLimit(m("8000.00"), "B-card", "batch", ON);
    assertThat(raised.change().oldTemporary()).isNotNull();
    assertThat(raised.change().newTemporary()).isNull();
    assertThat(line.effectiveLimit(ON)).isEqualTo(m("8000.00"));
  }

  @Test
  void closedLineRefusesEverythingButRepayments() {
    CreditLine line = aCreditLine().build();
    line.reserve(m("100.00"), ON);
    line.close("customer request", "alice", ON);
    assertThatThrownBy(() -> line.reserve(m("1.00"), ON))
        .isInstanceOfSatisfying(ServicingException.class, problem("line-closed", "creditLine"));
    assertThatThrownBy(() -> line.freeze("x", "y", ON))
        .isInstanceOfSatisfying(
            ServicingException.class, problem("transition-not-allowed", "status"));
    line.restore(m("100.00"));
    assertThat(line.outstandingPrincipal()).isEqualTo(Money.ZERO);
  }

  @Test
  void snapshotRoundTrips() {
    CreditLine line = aCreditLine().build();
    line.reserve(m("100.00"), ON);
    line.grantTemporaryLimit(m("9000.00"), ON.plusDays(3), "x", "y", ON);
    assertThat(CreditLine.fromSnapshot(line.snapshot()).snapshot()).isEqualTo(line.snapshot());
  }

  @Test
  void statusTransitionsLiveInOnePlace() {
    assertThat(CreditLineStatus.ACTIVE.canBecome(CreditLineStatus.FROZEN)).isTrue();
    assertThat(CreditLineStatus.FROZEN.canBecome(CreditLineStatus.ACTIVE)).isTrue();
    assertThat(CreditLineStatus.EXPIRED.canBecome(CreditLineStatus.ACTIVE)).isFalse();
    assertThat(CreditLineStatus.CLOSED.canBecome(CreditLineStatus.ACTIVE)).isFalse();
  }
}
