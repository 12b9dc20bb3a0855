package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A loan's line, customer and product become one reference: {@code (credit_line_id, customer_id,
 * product_code)} must be a credit line's {@code (id, customer_id, product_code)}. It replaces the
 * loan's three single-column foreign keys (to the line, the customer and the product), and it says
 * more than they did: a loan belongs to its line's customer and carries its line's product, which
 * the ledger has always ensured ({@code DrawDown}) and the database now does too. The line's own
 * keys to its customer and product still hold, so the loan's customer and product still exist.
 *
 * <p>Why: each foreign key is checked by locking the row it names. A drawdown already holds its
 * line locked, so checking the line costs next to nothing; the customer's row and the product's row
 * were locked for every loan as well. That wrote a lock into a customer's page (and, after a
 * checkpoint, the whole page into the WAL) and made every concurrent drawdown of a product share
 * one lock on the product's single row (PostgreSQL then creates a multixact for them). Now the
 * drawdown's loan checks one row, the one it holds.
 *
 * <p>Java, not SQL: the foreign keys V1 made have names only PostgreSQL predicts ({@code
 * loan_customer_id_fkey}); H2 names them otherwise, so they are found in the catalogue. A loan that
 * does not match its line stops the migration with its id, before anything changes.
 */
public class V20__Loans_reference_their_line_whole extends BaseJavaMigration {

  /** The tables whose single-column keys from {@code loan} this replaces. */
  static final Set<String> REPLACED = Set.of("credit_line", "customer", "product");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    refuseMismatchedLoans(c);
    try (Statement st = c.createStatement()) {
      for (String name : replacedKeys(c)) {
        st.execute("alter table loan drop constraint \"" + name + "\"");
      }
      st.execute(
          "alter table credit_line add constraint credit_line_loan_key"
              + " unique (id, customer_id, product_code)");
      st.execute(
          "alter table loan add constraint loan_line_fkey"
              + " foreign key (credit_line_id, customer_id, product_code)"
              + " references credit_line (id, customer_id, product_code)");
    }
  }

  private static void refuseMismatchedLoans(Connection c) throws SQLException {
    List<Long> mismatched = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select l.id from loan l join credit_line c on c.id = l.credit_line_id"
                    + " where l.customer_id <> c.customer_id or l.product_code <> c.product_code"
                    + " order by l.id fetch first 10 rows only")) {
      while (rs.next()) {
        mismatched.add(rs.getLong(1));
      }
    }
    if (!mismatched.isEmpty()) {
      throw new IllegalStateException(
          "loans whose customer or product is not their credit line's (first ids): "
              + mismatched
              + "; correct them before this migration");
    }
  }

  /** The names of the loan's foreign keys to a line, a customer or a product, as stored. */
  private static Set<String> replacedKeys(Connection c) throws SQLException {
    Set<String> names = new LinkedHashSet<>();
    for (String table : List.of("loan", "LOAN")) {
      try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), table)) {
        while (rs.next()) {
          if (REPLACED.contains(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT))) {
            names.add(rs.getString("FK_NAME"));
          }
        }
      }
      if (!names.isEmpty()) {
        break;
      }
    }
    if (names.size() != REPLACED.size()) {
      throw new IllegalStateException(
          "expected the loan's three foreign keys to " + REPLACED + ", found " + names);
    }
    return names;
  }
}
