package dev.creditloop.lending.port;

import java.util.function.Supplier;

/**
 * Port: the unit of work a use case states for itself. Everything {@code work} writes commits
 * together or not at all; rows it locks stay locked until then. Called inside a unit of work
 * already running (an idempotency key's), it joins it.
 */
public interface Transactions {

  <T> T inTransaction(Supplier<T> work);
}
