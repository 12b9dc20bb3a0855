package dev.creditloop.decisioning.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.kernel.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryEventStoreTest {

  private static final Instant T = Instant.parse("2025-03-10T02:00:00Z");

  private final InMemoryEventStore store = new InMemoryEventStore();

  @Test
  void appendAssignsIncreasingSequences() {
    BehaviourEvent first = store.append(BehaviourEvent.of(EventType.LOGIN, 1, T));
    BehaviourEvent second = store.append(BehaviourEvent.of(EventType.LOGIN, 1, T));

    assertThat(second.sequence()).isGreaterThan(first.sequence());
  }

  @Test
  void readsInTimeOrderThenArrivalOrderUpToTheInstantInclusive() {
    store.append(BehaviourEvent.of(EventType.LOGIN, 1, T.plusSeconds(60)));
    BehaviourEvent a = store.append(BehaviourEvent.of(EventType.LOGIN, 1, T));
    BehaviourEvent b = store.append(BehaviourEvent.of(EventType.APP_ACTIVITY, 1, T));
    BehaviourEvent late = store.append(BehaviourEvent.of(EventType.LOGIN, 1, T.minusSeconds(60)));
    store.append(BehaviourEvent.of(EventType.LOGIN, 2, T));

    assertThat(store.customerEvents(1, T)).containsExactly(late, a, b);
  }

  @Test
  void readsByCreditLineAndDevice() {
    BehaviourEvent drawn =
        store.append(
            BehaviourEvent.of(EventType.DRAWDOWN_DISBURSED, 1, T, Money.of("100"))
                .withCreditLine(10)
                .withDevice("d1"));
    store.append(BehaviourEvent.of(EventType.LOGIN, 1, T).withDevice("d2"));

    assertThat(store.creditLineEvents(10, T)).containsExactly(drawn);
    assertThat(store.deviceEvents("d1", T)).containsExactly(drawn);
    assertThat(store.creditLineEvents(11, T)).isEmpty();
  }

  @Test
  void replaysEverythingInTimeOrder() {
    store.append(BehaviourEvent.of(EventType.LOGIN, 2, T.plusSeconds(1)));
    store.append(BehaviourEvent.of(EventType.LOGIN, 1, T));
    store.append(BehaviourEvent.of(EventType.LOGIN, 1, T.plusSeconds(5)));
    List<Instant> seen = new ArrayList<>();

    store.forEachInTimeOrder(T.plusSeconds(1), e -> seen.add(e.occurredAt()));

    assertThat(seen).containsExactly(T, T.plusSeconds(1));
  }
}
