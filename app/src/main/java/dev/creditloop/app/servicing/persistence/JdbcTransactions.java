package dev.creditloop.app.servicing.persistence;

import dev.creditloop.lending.port.Transactions;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lending use cases' unit of work: one database transaction (propagation REQUIRED, so a use
 * case run under an idempotency key joins the key's transaction).
 */
@Component
public class JdbcTransactions implements Transactions {

  private final TransactionTemplate tx;

  JdbcTransactions(TransactionTemplate tx) {
    this.tx = tx;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return tx.execute(s -> work.get());
  }
}
