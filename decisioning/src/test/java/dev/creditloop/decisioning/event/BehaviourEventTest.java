package dev.creditloop.decisioning.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creditloop.kernel.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BehaviourEventTest {

  private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");

  @Test
  void typesThatCarryAnAmountRefuseAnEventWithout() {
    assertThatThrownBy(() -> BehaviourEvent.of(EventType.DRAWDOWN_REQUESTED, 1, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs an amount");
  }

  @Test
  void positionMustBeOnEarth() {
    assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeoPoint(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void repaymentFactsDefaultSensibly() {
    BehaviourEvent paid = BehaviourEvent.of(EventType.REPAYMENT, 1, NOW, Money.of("500"));

    assertThat(paid.daysPastDue()).isZero();
    assertThat(paid.onTime()).isTrue();
    assertThat(paid.principal()).isEqualTo(Money.of("500"));
  }

  @Test
  void repaymentFactsComeFromAttributes() {
    BehaviourEvent paid =
        BehaviourEvent.of(EventType.REPAYMENT, 1, NOW, Money.of("500"))
            .withAttribute(BehaviourEvent.DAYS_PAST_DUE, "3")
            .withAttribute(BehaviourEvent.PRINCIPAL, "420.50");

    assertThat(paid.daysPastDue()).isEqualTo(3);
    assertThat(paid.onTime()).isFalse();
    assertThat(paid.principal()).isEqualTo(Money.of("420.50"));
  }

  @Test
  void badAttributesFailWhereTheEventEnters() {
    BehaviourEvent paid = BehaviourEvent.of(EventType.REPAYMENT, 1, NOW, Money.of("500"));

    assertThatThrownBy(() -> paid.withAttribute(BehaviourEvent.DAYS_PAST_DUE, "-1"))
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> paid.withAttribute(BehaviourEvent.DAYS_PAST_DUE, "three"))
        .hasMessageContaining("integer");
    assertThatThrownBy(() -> paid.withAttribute(BehaviourEvent.ON_TIME, "yes"))
        .hasMessageContaining("on_time");
    assertThatThrownBy(() -> paid.withAttribute(BehaviourEvent.PRINCIPAL, "1.234"))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void negativeAmountIsRefused() {
    assertThatThrownBy(() -> BehaviourEvent.of(EventType.REPAYMENT, 1, NOW, Money.of("-1")))
        .hasMessageContaining("negative");
  }
}
