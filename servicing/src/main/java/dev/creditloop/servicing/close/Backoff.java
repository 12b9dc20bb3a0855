package dev.creditloop.servicing.close;

/**
 * How long the close waits before loading again loans that repayments changed under it, by how many
 * batches in a row met such changes. The close never gives up on a day; the wait keeps it from
 * spinning against a loan that is being repaid over and over.
 */
@FunctionalInterface
public interface Backoff {

  /**
   * Waits before the {@code conflictsInARow}-th retry (1 for the first); may throw {@link
   * CloseStopped}.
   */
  void pause(int conflictsInARow);

  /**
   * Sleeps {@code firstMillis}, doubling each time up to {@code maxMillis}; an interrupt stops the
   * close.
   */
  static Backoff sleeping(long firstMillis, long maxMillis) {
    if (firstMillis < 0 || maxMillis < firstMillis) {
      throw new IllegalArgumentException("need 0 <= firstMillis <= maxMillis");
    }
    return conflicts -> {
      long millis = firstMillis << Math.min(Math.max(conflicts - 1, 0), 20);
      try {
        Thread.sleep(Math.min(millis, maxMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CloseStopped("interrupted while waiting to redo changed loans");
      }
    };
  }
}
