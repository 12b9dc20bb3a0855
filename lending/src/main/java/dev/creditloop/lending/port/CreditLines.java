package dev.creditloop.lending.port;

import dev.creditloop.servicing.creditline.CreditLine;
import java.util.List;
import java.util.Optional;

/** Port: the stored credit lines, inserted, read, locked and saved one at a time. */
public interface CreditLines {

  /** The id a new line is granted under. */
  long nextId();

  void insert(CreditLine line);

  Optional<CreditLine> find(long id);

  /** A line as stored together with its customer's standing over all their loans. */
  record WithStanding(CreditLine line, Loans.Standing standing) {}

  /**
   * The line as stored and its customer's standing, locking nothing, read together (one round trip
   * where the store can, or none from a copy in memory kept exact by the store's own writes): what
   * a pre-check needs, and all it reads from the book.
   */
  Optional<WithStanding> findWithStanding(long id);

  /**
   * The line, locked until the transaction ends: two drawdowns on one line queue here, so together
   * they can never exceed what is available.
   */
  Optional<CreditLine> lock(long id);

  /**
   * The line locked as by {@link #lock}, and its customer's standing read in the same statement
   * (after the lock is granted): what a drawdown checks before it decides.
   */
  Optional<WithStanding> lockWithStanding(long id);

  /**
   * Every line of the customer, locked in id order until the transaction ends: a write-off freezes
   * them all, so that a drawdown on any of them either committed before it or waits for it and then
   * finds its line frozen.
   */
  List<CreditLine> lockAllOfCustomer(long customerId);

  void save(CreditLine line);
}
