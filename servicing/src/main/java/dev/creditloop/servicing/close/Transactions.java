package dev.creditloop.servicing.close;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Port: runs the saving of one close batch as one database transaction. */
public interface Transactions {

  void inTransaction(Runnable work);

  /** Runs {@code work} in one transaction and returns what it returned. */
  default <T> T inTransaction(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    inTransaction(() -> result.set(work.get()));
    return result.get();
  }
}
