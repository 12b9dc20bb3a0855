package dev.creditloop.app.bulk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes held back to the end of a unit of work (or to its next read), so that a drawdown's rows
 * reach PostgreSQL in one round trip instead of one per table. Off unless the unit of work turns it
 * on with {@link #inThisUnitOfWork}; inserts through {@link BulkTable} are then held, and a store
 * asks {@link #executeLater} for any other write, which holds it back when it is on and says so, or
 * else leaves the write to the store. See {@link DeferringConnection} for what is held back and
 * when it is sent.
 */
public final class DeferredWrites {

  private DeferredWrites() {}

  /**
   * The server's data source, whose connections can hold writes back: wraps the data source bean
   * (the pool), so that the transaction manager, the templates and the stores all share it.
   */
  public static BeanPostProcessor wrappingTheDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource ds && !(bean instanceof Source) ? new Source(ds) : bean;
      }
    };
  }

  /**
   * Holds back, from now to the end of the current unit of work, the writes its stores offer.
   * Outside a transaction it does nothing.
   */
  public static void inThisUnitOfWork(DataSource dataSource) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return;
    }
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      if (c instanceof DeferringConnection d) {
        d.deferFromNowOn();
      }
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /**
   * Holds back a statement whose update count nobody reads when the current unit of work holds its
   * writes back; false (nothing done) when it does not. Inserts are held by {@link BulkTable}.
   */
  public static boolean executeLater(DataSource dataSource, String sql, Object... parameters) {
    DeferringConnection d = deferring(dataSource);
    if (d == null) {
      return false;
    }
    d.executeLater(sql, parameters);
    return true;
  }

  private static DeferringConnection deferring(DataSource dataSource) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return null;
    }
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      return c instanceof DeferringConnection d && d.defers() ? d : null;
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /** The pool, its connections wrapped; whether they are PostgreSQL's is asked once. */
  static final class Source extends DelegatingDataSource {

    private volatile Boolean postgres;

    Source(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return wrap(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return wrap(obtainTargetDataSource().getConnection(username, password));
    }

    private Connection wrap(Connection c) throws SQLException {
      Boolean pg = postgres;
      if (pg == null) {
        pg = c.isWrapperFor(org.postgresql.PGConnection.class);
        postgres = pg;
      }
      return new DeferringConnection(c, pg);
    }
  }
}
