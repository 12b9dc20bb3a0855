package dev.creditloop.app.servicing.persistence;

import dev.creditloop.app.bulk.persistence.BulkTable;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.delinquency.DelinquencyHistory;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bucket transitions per loan, with dates: the loan's delinquency history. */
@Repository
public class JdbcDelinquencyHistory implements DelinquencyHistory {

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  JdbcDelinquencyHistory(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  @Override
  public void recordAll(List<BucketChanged> changes) {
    try (BulkTable rows =
        new BulkTable(
            dataSource,
            "delinquency_event",
            List.of("loan_id", "on_date", "from_bucket", "to_bucket", "dpd"),
            5000)) {
      for (BucketChanged c : changes) {
        rows.add(c.loanId(), c.on(), c.from().name(), c.to().name(), c.dpd());
      }
    }
  }

  /** One transition as stored. */
  public record Transition(LocalDate on, String from, String to, int dpd) {}

  public List<Transition> ofLoan(long loanId) {
    return jdbc.sql(
            "select on_date, from_bucket, to_bucket, dpd from delinquency_event where loan_id = ? order by on_date, id")
        .param(loanId)
        .query(
            (rs, n) ->
                new Transition(
                    rs.getDate("on_date").toLocalDate(),
                    rs.getString("from_bucket"),
                    rs.getString("to_bucket"),
                    rs.getInt("dpd")))
        .list();
  }

  /** The transitions of several loans at once, by loan (a loan without any is absent). */
  public java.util.Map<Long, List<Transition>> ofLoans(java.util.Collection<Long> loanIds) {
    java.util.Map<Long, List<Transition>> byLoan = new java.util.HashMap<>();
    if (loanIds.isEmpty()) {
      return byLoan;
    }
    jdbc.sql(
            "select loan_id, on_date, from_bucket, to_bucket, dpd from delinquency_event where loan_id in (:ids) order by on_date, id")
        .param("ids", loanIds)
        .query(
            rs -> {
              byLoan
                  .computeIfAbsent(rs.getLong("loan_id"), k -> new java.util.ArrayList<>())
                  .add(
                      new Transition(
                          rs.getDate("on_date").toLocalDate(),
                          rs.getString("from_bucket"),
                          rs.getString("to_bucket"),
                          rs.getInt("dpd")));
            });
    return byLoan;
  }
}
