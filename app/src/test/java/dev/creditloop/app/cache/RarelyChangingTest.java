package dev.creditloop.app.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RarelyChangingTest {

  private final AtomicLong nanos = new AtomicLong();
  private final AtomicInteger row = new AtomicInteger(1);
  private final AtomicInteger reads = new AtomicInteger();

  private RarelyChanging<Integer> cached(RarelyChanging.Loader<Integer> loader) {
    return new RarelyChanging<>(Duration.ofSeconds(1), loader, nanos::get);
  }

  private Integer read(Integer previous) {
    reads.incrementAndGet();
    return row.get();
  }

  @Test
  void aWriteElsewhereIsSeenOnceTheValueIsOlderThanItsMaxAge() {
    RarelyChanging<Integer> value = cached(this::read);
    assertThat(value.get()).isEqualTo(1);
    row.set(2); // another instance writes

    nanos.addAndGet(Duration.ofMillis(999).toNanos());
    assertThat(value.get()).isEqualTo(1);
    nanos.addAndGet(Duration.ofMillis(1).toNanos());
    assertThat(value.get()).isEqualTo(2);
    assertThat(reads).hasValue(2);
  }

  @Test
  void aWriteThroughThisInstanceIsSeenByTheNextRead() {
    RarelyChanging<Integer> value = cached(this::read);
    assertThat(value.get()).isEqualTo(1);

    row.set(2);
    value.invalidate();

    assertThat(value.get()).isEqualTo(2);
  }

  @Test
  void aValueLoadedWhileAWriteInvalidatedIsNotKept() {
    RarelyChanging<Integer>[] value = new RarelyChanging[1];
    AtomicInteger loads = new AtomicInteger();
    value[0] =
        cached(
            previous -> {
              Integer read = row.get();
              if (loads.incrementAndGet() == 1) {
                // a write commits after this load read the old row
                row.set(2);
                value[0].invalidate();
              }
              return read;
            });

    assertThat(value[0].get()).isEqualTo(1);
    assertThat(value[0].get()).isEqualTo(2);
  }

  @Test
  void theLoaderIsOfferedTheValueItReplacesUnlessAWriteDroppedIt() {
    List<Integer> offered = new ArrayList<>();
    RarelyChanging<Integer> value =
        cached(
            previous -> {
              offered.add(previous);
              return row.get();
            });
    value.get();
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    value.get();
    value.invalidate();
    value.get();

    assertThat(offered).containsExactly(null, 1, null);
  }
}
