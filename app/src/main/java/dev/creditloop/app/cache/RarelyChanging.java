package dev.creditloop.app.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One value read from the database that changes rarely. {@link #get} answers the value in memory
 * while it is younger than {@code maxAge}, else loads it again. A write through this instance calls
 * {@link #invalidate}: the value is dropped at once and, inside a transaction, again when the
 * transaction ends, so a reader that loaded the old row between the write and its commit does not
 * keep it. Writes by other instances (or straight to the database) are seen after at most {@code
 * maxAge}.
 *
 * <p>A loader may look at the value it replaces ({@link Loader}) and keep it when a cheap check
 * says nothing changed, so a large value is re-read only when it did.
 */
public final class RarelyChanging<T> {

  /** Loads the value; {@code previous} is the value held before (null: none), to keep if fresh. */
  @FunctionalInterface
  public interface Loader<T> {
    T load(T previous);
  }

  private record Held<T>(T value, long loadedAt, long generation) {}

  private final long maxAgeNanos;
  private final Loader<T> loader;
  private final LongSupplier nanoTime;
  private final AtomicLong generation = new AtomicLong();
  private volatile Held<T> held;

  public RarelyChanging(Duration maxAge, Loader<T> loader) {
    this(maxAge, loader, System::nanoTime);
  }

  RarelyChanging(Duration maxAge, Loader<T> loader, LongSupplier nanoTime) {
    this.maxAgeNanos = maxAge.toNanos();
    this.loader = loader;
    this.nanoTime = nanoTime;
  }

  /** A value that needs no check beyond reading it again. */
  public static <T> RarelyChanging<T> of(Duration maxAge, Supplier<T> load) {
    return new RarelyChanging<>(maxAge, previous -> load.get());
  }

  public T get() {
    long now = nanoTime.getAsLong();
    Held<T> h = held;
    long g = generation.get();
    if (h != null && h.generation() == g && now - h.loadedAt() < maxAgeNanos) {
      return h.value();
    }
    // after an invalidation the previous value is not offered for keeping: it may be the stale one
    T value = loader.load(h != null && h.generation() == g ? h.value() : null);
    // a write that invalidated while this load ran may have committed after the read: keep nothing
    if (generation.get() == g) {
      held = new Held<>(value, now, g);
    }
    return value;
  }

  /**
   * Drops the value: now and, when called inside a transaction, once more when it has ended
   * (committed or not).
   */
  public void invalidate() {
    generation.incrementAndGet();
    held = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              generation.incrementAndGet();
              held = null;
            }
          });
    }
  }
}
