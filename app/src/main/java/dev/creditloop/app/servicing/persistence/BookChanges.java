package dev.creditloop.app.servicing.persistence;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which customers' lines and loans this server has written, as counters that a copy of the book in
 * memory ({@link CachedLineStandings}) compares against: a copy taken at one count is stale once
 * the count has moved.
 *
 * <p>A write counts when its transaction ends (committed or not), or at once outside a transaction:
 * until the commit, readers see the rows as they were, so a copy of them is still right. Each
 * customer counts on one of {@link #STRIPES} counters (customers sharing one invalidate each
 * other's copies, which costs a read, never a wrong answer); {@link #everything} moves all of them.
 * Writes by another process (a second server, SQL by hand) are not counted: see
 * docs/known-limits.md.
 */
@Component
public class BookChanges {

  /** Counters customers are spread over: 512 KiB of longs. */
  static final int STRIPES = 1 << 16;

  private final AtomicLongArray stripes = new AtomicLongArray(STRIPES);

  /** Moves with every counted write: a reader that sees it unchanged saw no write end meanwhile. */
  private final AtomicLong writes = new AtomicLong();

  /** Moves when everything changed at once (a restart of the copy, a bulk write). */
  private final AtomicLong epoch = new AtomicLong();

  /** A point in the count, taken before a read: {@link #unchangedSince} tells whether it holds. */
  public long mark() {
    return writes.get();
  }

  /** True when no counted write ended since {@code mark}. */
  public boolean unchangedSince(long mark) {
    return writes.get() == mark;
  }

  /** The customer's counter now (with the epoch): a copy holds while both stay the same. */
  long generation(long customerId) {
    return stripes.get(stripe(customerId));
  }

  /** One stripe's counter now: a copy of many customers takes them all before its read. */
  long stripeGeneration(int stripe) {
    return stripes.get(stripe);
  }

  long epoch() {
    return epoch.get();
  }

  /**
   * The customer's lines or loans have been written: counted when the transaction ends, or at once
   * outside one (so call it after the write).
   */
  public void customer(long customerId) {
    whenDone(() -> bump(customerId));
  }

  /** Many customers' loans are being written (the close's batches): counted when it ends. */
  public void customers(long[] customerIds) {
    whenDone(
        () -> {
          for (long id : customerIds) {
            bump(id);
          }
        });
  }

  /** Every copy is stale: counted when the transaction ends, or at once outside one. */
  public void everything() {
    whenDone(
        () -> {
          writes.incrementAndGet();
          epoch.incrementAndGet();
        });
  }

  private void bump(long customerId) {
    // the write count first: a reader that finds it unchanged after reading a counter has a
    // counter no later than the rows it read
    writes.incrementAndGet();
    stripes.incrementAndGet(stripe(customerId));
  }

  static int stripe(long customerId) {
    return (int) (customerId ^ (customerId >>> 32)) & (STRIPES - 1);
  }

  private static void whenDone(Runnable count) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              count.run();
            }
          });
    } else {
      count.run();
    }
  }
}
