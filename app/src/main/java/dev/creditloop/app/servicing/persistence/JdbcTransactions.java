package dev.creditloop.app.servicing.persistence;

import dev.creditloop.app.bulk.persistence.DeferredWrites;
import dev.creditloop.lending.port.Transactions;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lending use cases' unit of work: one database transaction (propagation REQUIRED, so a use
 * case run under an idempotency key joins the key's transaction).
 */
@Component
public class JdbcTransactions implements Transactions {

  private final TransactionTemplate tx;
  private final DataSource dataSource;

  JdbcTransactions(TransactionTemplate tx, DataSource dataSource) {
    this.tx = tx;
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return tx.execute(s -> work.get());
  }

  /**
   * The same unit of work, whose inserts and updates the stores hold back and send together at its
   * next read or its commit ({@link DeferredWrites}): on PostgreSQL a drawdown's loan, schedule,
   * line, journal, events and decision go in one round trip.
   */
  public Transactions writingBehind() {
    return new Transactions() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return tx.execute(
            s -> {
              DeferredWrites.inThisUnitOfWork(dataSource);
              return work.get();
            });
      }
    };
  }
}
