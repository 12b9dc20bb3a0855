package dev.creditloop.app.scoring.persistence;

import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.lending.scoring.ScoringBook;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The book as a scoring pass reads it, from {@code credit_line}, {@code loan} and the history. */
@Repository
public class JdbcScoringBook implements ScoringBook {

  private final JdbcClient jdbc;
  private final BusinessCalendar calendar;

  JdbcScoringBook(JdbcClient jdbc, BusinessCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  @Override
  public LocalDate businessDate() {
    return calendar.today();
  }

  @Override
  public List<Holder> holdersAsOf(LocalDate day) {
    return jdbc.sql(
            "select customer_id, max(id) from credit_line where granted_on <= ? group by customer_id"
                + " order by customer_id")
        .param(day)
        .query((rs, n) -> new Holder(rs.getLong(1), rs.getLong(2)))
        .list();
  }

  /** As the drawdown gate reads it: the largest over open loans. */
  @Override
  public Map<Long, Integer> daysPastDueNow() {
    Map<Long, Integer> out = new HashMap<>();
    jdbc.sql(
            "select customer_id, max(dpd) from loan where status in ('NORMAL', 'OVERDUE') and dpd > 0 group by customer_id")
        .query(
            rs -> {
              out.put(rs.getLong(1), rs.getInt(2));
            });
    return out;
  }

  /**
   * Each loan's last bucket change on or before the day, counted on while the loan stayed overdue.
   * A partial repayment that lowers the days past due within a bucket leaves no history row, so
   * between bucket changes this can overstate; exact at every bucket change.
   */
  @Override
  public Map<Long, Integer> daysPastDueAsOf(LocalDate day) {
    Map<Long, long[]> lastPerLoan = new HashMap<>();
    jdbc.sql(
            "select l.customer_id, d.loan_id, d.on_date, d.to_bucket, d.dpd from delinquency_event d join loan l on l.id = d.loan_id"
                + " where d.on_date <= ? order by d.loan_id, d.on_date, d.id")
        .param(day)
        .query(
            rs -> {
              long loan = rs.getLong(2);
              boolean current = "M0".equals(rs.getString(4));
              long dpd =
                  current
                      ? 0
                      : rs.getInt(5) + ChronoUnit.DAYS.between(rs.getDate(3).toLocalDate(), day);
              lastPerLoan.put(loan, new long[] {rs.getLong(1), dpd});
            });
    Map<Long, Integer> out = new HashMap<>();
    for (long[] v : lastPerLoan.values()) {
      if (v[1] > 0) {
        out.merge(v[0], (int) v[1], Math::max);
      }
    }
    return out;
  }

  /** Whether the customer exists (the score history of an unknown customer is a 404). */
  public boolean customerExists(long customerId) {
    return jdbc.sql("select count(*) from customer where id = ?")
            .param(customerId)
            .query(Long.class)
            .single()
        > 0;
  }
}
