package dev.creditloop.app.scope.persistence;

import dev.creditloop.app.scope.DataScope.Kind;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows the data scope asks: which agency the customer of a customer, line, loan or review is
 * assigned to, and the path a held command will call.
 */
@Repository
public class JdbcCaseAgencies {

  private final JdbcClient jdbc;

  JdbcCaseAgencies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The agency of the entity's customer: empty when the entity does not exist, an empty agency when
   * the customer is unassigned.
   */
  public Optional<Optional<String>> agencyOf(Kind kind, long id) {
    String sql =
        switch (kind) {
          case CUSTOMER -> "select agency from customer where id = ?";
          case CREDIT_LINE ->
              "select c.agency from credit_line x join customer c on c.id = x.customer_id where x.id = ?";
          case LOAN ->
              "select c.agency from loan x join customer c on c.id = x.customer_id where x.id = ?";
          case REVIEW ->
              "select c.agency from drawdown_review x join customer c on c.id = x.customer_id where x.id = ?";
          case DECISION, APPROVAL ->
              throw new IllegalArgumentException(kind + " is not a row with a customer id");
        };
    return jdbc.sql(sql)
        .param(id)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .optional();
  }

  /** The API path of a held command; empty when there is no such command. */
  public Optional<String> heldPath(long approvalId) {
    return jdbc.sql("select path from approval_request where id = ?")
        .param(approvalId)
        .query(String.class)
        .optional();
  }
}
