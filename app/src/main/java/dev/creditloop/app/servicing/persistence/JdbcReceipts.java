package dev.creditloop.app.servicing.persistence;

import dev.creditloop.kernel.Money;
import dev.creditloop.lending.repayment.Receipts;
import dev.creditloop.servicing.allocation.AllocatedAmount;
import dev.creditloop.servicing.allocation.Allocation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Money received, in tables {@code repayment} (with its allocation as JSON) and {@code recovery},
 * each row stamped with the wall clock.
 */
@Repository
public class JdbcReceipts implements Receipts {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  JdbcReceipts(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** One allocated amount as stored (and as the API shows it). */
  public record Part(int installment, String component, String amount) {

    public static Part of(AllocatedAmount a) {
      return new Part(a.installment(), a.component().name(), a.amount().toPlainString());
    }
  }

  @Override
  public void repaid(Allocation a) {
    List<Part> parts = a.lines().stream().map(Part::of).toList();
    jdbc.sql(
            "insert into repayment (loan_id, amount_minor, paid_on, settled, allocation, created_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            a.loanId(),
            a.amount().minor(),
            a.on(),
            a.settled(),
            json.writeValueAsString(parts),
            Timestamp.from(clock.instant()))
        .update();
  }

  @Override
  public void recovered(long loanId, Money amount, LocalDate on) {
    jdbc.sql(
            "insert into recovery (loan_id, amount_minor, recovered_on, created_at) values (?, ?, ?, ?)")
        .params(loanId, amount.minor(), on, Timestamp.from(clock.instant()))
        .update();
  }
}
