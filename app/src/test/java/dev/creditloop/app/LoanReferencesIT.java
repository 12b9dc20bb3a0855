package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A loan references its line, its line's customer and its line's product as one key (V20): the
 * database refuses a loan whose customer or product is not its line's, and the loan keeps no key of
 * its own to the customer or the product (each was a row lock per drawdown).
 */
class LoanReferencesIT extends BookFixture {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired DataSource dataSource;

  @Test
  void aLoanBelongsToItsLinesCustomerAndProduct() {
    product("CASH12", "ANNUITY", "MONTHS", List.of(3, 6, 12), "0.18");
    product("REF6", "ANNUITY", "MONTHS", List.of(3, 6), "0.20");
    long customer = customer("Reference");
    long other = customer("Other");
    long line = line(customer, "CASH12", "8000.00");
    long loanId = draw(line, "500.00", 3).get("id").asLong();

    // the copy with the line's own customer and product is a valid loan: the refusals below come
    // from the key alone
    assertThat(copyInRolledBack(loanId, customer, "CASH12")).isEqualTo(1);
    assertThatThrownBy(() -> copyInRolledBack(loanId, other, "CASH12"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> copyInRolledBack(loanId, customer, "REF6"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void theLoansOnlyForeignKeyIsItsWholeLine() throws Exception {
    Map<String, String> keys = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), "loan")) {
        while (rs.next()) {
          keys.merge(
              rs.getString("FK_NAME").toLowerCase(Locale.ROOT),
              rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)
                  + "."
                  + rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)
                  + "<-"
                  + rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
              (a, b) -> a + "," + b);
        }
      }
    }
    assertThat(keys).containsOnlyKeys("loan_line_fkey");
    assertThat(keys.get("loan_line_fkey").split(","))
        .containsExactlyInAnyOrder(
            "credit_line.id<-credit_line_id",
            "credit_line.customer_id<-customer_id",
            "credit_line.product_code<-product_code");
  }

  private long customer(String name) {
    return post(
            "/api/v1/customers",
            Map.of("name", name, "idNumber", uniqueIdNumber(), "phone", uniquePhone()))
        .body()
        .get("id")
        .asLong();
  }

  /** Inserts a copy of the loan under a new id with this customer and product, and rolls back. */
  private int copyInRolledBack(long loanId, long customerId, String productCode) {
    return tx.execute(
        status -> {
          status.setRollbackOnly();
          return jdbc.sql(
                  "insert into loan (id, credit_line_id, customer_id, product_code,"
                      + " principal_minor, annual_rate, repayment_method, term_count, term_unit,"
                      + " drawn_on, day_count_basis, penalty_annual_rate, grace_days,"
                      + " allocation_order, status, outstanding_principal_minor, apr, created_at)"
                      + " select id + 1000000000, credit_line_id, ?, ?, principal_minor,"
                      + " annual_rate, repayment_method, term_count, term_unit, drawn_on,"
                      + " day_count_basis, penalty_annual_rate, grace_days, allocation_order,"
                      + " status, outstanding_principal_minor, apr, created_at"
                      + " from loan where id = ?")
              .params(customerId, productCode, loanId)
              .update();
        });
  }
}
