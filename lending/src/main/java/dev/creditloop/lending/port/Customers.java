package dev.creditloop.lending.port;

/** Port: the registered customers, as far as a use case needs to know of them. */
public interface Customers {

  /** Whether a customer with this id is registered. */
  boolean exists(long customerId);
}
