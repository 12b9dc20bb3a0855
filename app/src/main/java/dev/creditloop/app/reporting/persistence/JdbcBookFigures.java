package dev.creditloop.app.reporting.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The book's figures as the portfolio overview reads them, money in minor units. Every method takes
 * an agency: null reads the whole book, otherwise only the rows of customers assigned to it. The
 * long reads hand each row to a callback instead of answering a list.
 */
@Repository
public class JdbcBookFigures {

  private final JdbcClient jdbc;

  JdbcBookFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Counts and balances of the book (money in minor units). */
  public record BookCounts(
      long customers,
      long lines,
      long grantedLimitsMinor,
      long activeLoans,
      long outstandingPrincipalMinor,
      long overdueLoans,
      long overduePrincipalMinor,
      long writtenOffLoans) {}

  public record BucketRow(String bucket, long loans, long principalMinor) {}

  public record DecisionCount(LocalDate day, String outcome, long count) {}

  /**
   * One agency's rows, or all: the condition to add to a query over a table with a customer id, and
   * the parameter it needs.
   */
  private record Scope(String agency) {
    String and(String customerIdColumn) {
      return agency == null
          ? ""
          : " and " + customerIdColumn + " in (select id from customer where agency = ?)";
    }

    Object[] params(Object... before) {
      if (agency == null) {
        return before;
      }
      Object[] out = java.util.Arrays.copyOf(before, before.length + 1);
      out[before.length] = agency;
      return out;
    }
  }

  /** The business date the calendar holds, if it holds one. */
  public Optional<LocalDate> businessDate() {
    return jdbc.sql("select current_date_ from business_calendar where id = 1")
        .query(LocalDate.class)
        .optional();
  }

  public BookCounts book(String agency) {
    Scope scope = new Scope(agency);
    long customers =
        count(
            "select count(*) from customer where "
                + (scope.agency() == null ? "1 = 1" : "agency = ?"),
            scope);
    long lines =
        count("select count(*) from credit_line where 1 = 1" + scope.and("customer_id"), scope);
    long limits =
        count(
            "select coalesce(sum(limit_minor), 0) from credit_line where status = 'ACTIVE'"
                + scope.and("customer_id"),
            scope);
    long active =
        count(
            "select count(*) from loan where status in ('NORMAL', 'OVERDUE')"
                + scope.and("customer_id"),
            scope);
    long outstanding =
        count(
            "select coalesce(sum(outstanding_principal_minor), 0) from loan where status in ('NORMAL', 'OVERDUE')"
                + scope.and("customer_id"),
            scope);
    long overdue =
        count(
            "select count(*) from loan where status = 'OVERDUE'" + scope.and("customer_id"), scope);
    long overduePrincipal =
        count(
            "select coalesce(sum(outstanding_principal_minor), 0) from loan where status = 'OVERDUE'"
                + scope.and("customer_id"),
            scope);
    long writtenOff =
        count(
            "select count(*) from loan where status = 'WRITTEN_OFF'" + scope.and("customer_id"),
            scope);
    return new BookCounts(
        customers, lines, limits, active, outstanding, overdue, overduePrincipal, writtenOff);
  }

  /** Active loans (normal or overdue) by delinquency bucket, in bucket order. */
  public List<BucketRow> buckets(String agency) {
    Scope scope = new Scope(agency);
    return jdbc.sql(
            "select bucket, count(*) as n, coalesce(sum(outstanding_principal_minor), 0) as p from loan "
                + "where status in ('NORMAL', 'OVERDUE')"
                + scope.and("customer_id")
                + " group by bucket order by bucket")
        .params(scope.params())
        .query((rs, n) -> new BucketRow(rs.getString("bucket"), rs.getLong("n"), rs.getLong("p")))
        .list();
  }

  /** Decisions taken on or after {@code from}, counted by day and outcome. */
  public List<DecisionCount> decisionsSince(LocalDate from, String agency) {
    Scope scope = new Scope(agency);
    return jdbc.sql(
            """
        select cast(decided_at as date) as d, outcome, count(*) as n from decision_log
        where decided_at >= ?"""
                + scope.and("customer_id")
                + " group by cast(decided_at as date), outcome")
        .params(scope.params(Date.valueOf(from)))
        .query(
            (rs, n) ->
                new DecisionCount(
                    rs.getDate("d").toLocalDate(), rs.getString("outcome"), rs.getLong("n")))
        .list();
  }

  /**
   * The reasons (JSON arrays) of the latest 20,000 decisions on or after {@code from} that did not
   * approve, newest first.
   */
  public void refusalReasonsSince(LocalDate from, String agency, Consumer<String> each) {
    Scope scope = new Scope(agency);
    jdbc.sql(
            "select reasons from decision_log where decided_at >= ? and outcome <> 'APPROVE'"
                + scope.and("customer_id")
                + " order by id desc limit 20000")
        .params(scope.params(Date.valueOf(from)))
        .query(
            (rs, n) -> {
              each.accept(rs.getString(1));
              return null;
            })
        .list();
  }

  /**
   * The disbursement date of every loan drawn on or after {@code from} and before {@code until}.
   */
  public void drawnBetween(
      LocalDate from, LocalDate until, String agency, Consumer<LocalDate> each) {
    Scope scope = new Scope(agency);
    jdbc.sql(
            "select drawn_on from loan where drawn_on >= ? and drawn_on < ?"
                + scope.and("customer_id"))
        .params(scope.params(Date.valueOf(from), Date.valueOf(until)))
        .query(
            (rs, n) -> {
              each.accept(rs.getDate(1).toLocalDate());
              return null;
            })
        .list();
  }

  /**
   * For every loan drawn on or after {@code from} and before {@code until} that reached M2 or
   * worse: its disbursement date and the first day it did.
   */
  public void firstM2Between(
      LocalDate from, LocalDate until, String agency, BiConsumer<LocalDate, LocalDate> each) {
    Scope scope = new Scope(agency);
    jdbc.sql(
            """
        select l.drawn_on, min(e.on_date) as bad_on from loan l join delinquency_event e on e.loan_id = l.id
        where l.drawn_on >= ? and l.drawn_on < ? and e.to_bucket in ('M2', 'M3', 'M4', 'M5', 'M6', 'M6_PLUS')"""
                + scope.and("l.customer_id")
                + " group by l.id, l.drawn_on")
        .params(scope.params(Date.valueOf(from), Date.valueOf(until)))
        .query(
            (rs, n) -> {
              each.accept(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate());
              return null;
            })
        .list();
  }

  private long count(String sql, Scope scope) {
    return jdbc.sql(sql).params(scope.params()).query(Long.class).single();
  }
}
