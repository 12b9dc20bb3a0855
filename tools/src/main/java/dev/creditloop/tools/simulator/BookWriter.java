package dev.creditloop.tools.simulator;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the book on a thread of its own while the simulation goes on: pieces of work are taken in
 * the order given, each in a transaction of its own. The queue is bounded, so a simulation that
 * runs ahead of the database waits for it instead of filling the heap. A write that fails stops the
 * writer, and the next {@link #submit} or {@link #finish} throws its failure on the simulating
 * thread.
 */
final class BookWriter {

  private static final Runnable END = () -> {};

  private final BlockingQueue<Runnable> queue;
  private final TransactionTemplate tx;
  private final Thread thread;
  private volatile Throwable failure;
  private volatile long busyNanos;
  private volatile long cpuNanos;

  BookWriter(TransactionTemplate tx, int capacity, String name) {
    this.tx = tx;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(this::work, name);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Queues {@code work}, waiting while the queue is full. */
  void submit(Runnable work) {
    try {
      while (!queue.offer(work, 100, TimeUnit.MILLISECONDS)) {
        rethrow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing a write", e);
    }
    rethrow();
  }

  /** Waits until everything queued is written. */
  void finish() {
    submit(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the writer", e);
    }
    rethrow();
  }

  /**
   * Ends the writer thread if it is still running (after a failure of the simulation): what is
   * queued is dropped.
   */
  void stop() {
    thread.interrupt();
  }

  /** Time the writer spent writing (not waiting for work), in seconds. */
  double busySeconds() {
    return busyNanos / 1e9;
  }

  /** CPU time of the writer thread, in seconds (the database's own work is not in it). */
  double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  private void work() {
    try {
      for (Runnable next = queue.take(); next != END; next = queue.take()) {
        long start = System.nanoTime();
        Runnable piece = next;
        tx.executeWithoutResult(status -> piece.run());
        busyNanos += System.nanoTime() - start;
      }
    } catch (Throwable t) {
      failure = t;
      queue.clear();
    } finally {
      cpuNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
  }

  private void rethrow() {
    Throwable t = failure;
    if (t != null) {
      throw new IllegalStateException("writing the simulated book failed: " + t.getMessage(), t);
    }
  }
}
