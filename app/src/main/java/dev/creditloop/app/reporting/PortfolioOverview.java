package dev.creditloop.app.reporting;

import dev.creditloop.kernel.Money;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The book at a glance, as of the business date: what the dashboard shows and the API returns.
 * Vintage: for each month of disbursement, the share of its loans that reached M2 or worse (31+
 * days past due) within k months on book. Every figure can be narrowed to one agency's customers
 * (their lines, loans, decisions): what an agent or an outsourced collector sees.
 */
@Service
public class PortfolioOverview {

  private static final int DAYS = 30;
  private static final int VINTAGES = 6;
  private static final int MONTHS_ON_BOOK = 6;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  PortfolioOverview(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Counts and balances of the book. */
  public record Book(
      long customers,
      long lines,
      String grantedLimits,
      long activeLoans,
      String outstandingPrincipal,
      long overdueLoans,
      String overduePrincipal,
      long writtenOffLoans) {}

  public record BucketShare(String bucket, long loans, String principal) {}

  public record DayDecisions(LocalDate day, long approved, long review, long rejected) {}

  public record RuleCount(String rule, long count) {}

  public record Vintage(String month, long loans, List<Double> badShareByMonthOnBook) {}

  public record Overview(
      LocalDate businessDate,
      Book book,
      List<BucketShare> buckets,
      List<DayDecisions> decisions,
      List<RuleCount> topReasons,
      List<Vintage> vintages) {}

  /** The whole book. */
  public Overview overview() {
    return overview(null);
  }

  /**
   * The book of one agency's customers ({@code agency} null: the whole book). Customers not
   * assigned to the agency count nowhere in its figures.
   */
  public Overview overview(String agency) {
    LocalDate today =
        jdbc.sql("select current_date_ from business_calendar where id = 1")
            .query(LocalDate.class)
            .optional()
            .orElse(LocalDate.now());
    Scope scope = new Scope(agency);
    return new Overview(
        today,
        book(scope),
        buckets(scope),
        decisions(today, scope),
        reasons(today, scope),
        vintages(today, scope));
  }

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

  private Book book(Scope scope) {
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
    return new Book(
        customers,
        lines,
        money(limits),
        active,
        money(outstanding),
        overdue,
        money(overduePrincipal),
        writtenOff);
  }

  private List<BucketShare> buckets(Scope scope) {
    return jdbc.sql(
            "select bucket, count(*) as n, coalesce(sum(outstanding_principal_minor), 0) as p from loan "
                + "where status in ('NORMAL', 'OVERDUE')"
                + scope.and("customer_id")
                + " group by bucket order by bucket")
        .params(scope.params())
        .query(
            (rs, n) ->
                new BucketShare(rs.getString("bucket"), rs.getLong("n"), money(rs.getLong("p"))))
        .list();
  }

  private List<DayDecisions> decisions(LocalDate today, Scope scope) {
    Map<LocalDate, long[]> days = new TreeMap<>();
    for (int i = DAYS - 1; i >= 0; i--) {
      days.put(today.minusDays(i), new long[3]);
    }
    jdbc.sql(
            """
        select cast(decided_at as date) as d, outcome, count(*) as n from decision_log
        where decided_at >= ?"""
                + scope.and("customer_id")
                + " group by cast(decided_at as date), outcome")
        .params(scope.params(Date.valueOf(today.minusDays(DAYS - 1))))
        .query(
            (rs, n) -> {
              long[] row = days.get(rs.getDate("d").toLocalDate());
              if (row != null) {
                int i =
                    switch (rs.getString("outcome")) {
                      case "APPROVE" -> 0;
                      case "REVIEW" -> 1;
                      default -> 2;
                    };
                row[i] += rs.getLong("n");
              }
              return null;
            })
        .list();
    List<DayDecisions> out = new ArrayList<>();
    days.forEach((d, r) -> out.add(new DayDecisions(d, r[0], r[1], r[2])));
    return out;
  }

  private List<RuleCount> reasons(LocalDate today, Scope scope) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql(
            "select reasons from decision_log where decided_at >= ? and outcome <> 'APPROVE'"
                + scope.and("customer_id")
                + " order by id desc limit 20000")
        .params(scope.params(Date.valueOf(today.minusDays(DAYS - 1))))
        .query(
            (rs, n) -> {
              JsonNode reasons = json.readTree(rs.getString(1));
              for (JsonNode r : reasons) {
                String name =
                    r.isString()
                        ? r.asString()
                        : r.path("rule").asString(r.path("code").asString(r.toString()));
                counts.merge(name, 1L, Long::sum);
              }
              return null;
            })
        .list();
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(10)
        .map(e -> new RuleCount(e.getKey(), e.getValue()))
        .toList();
  }

  private List<Vintage> vintages(LocalDate today, Scope scope) {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    YearMonth first = last.minusMonths(VINTAGES - 1);
    Map<String, long[]> loans = new LinkedHashMap<>();
    Map<String, long[]> bad = new HashMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      loans.put(m.toString(), new long[1]);
      bad.put(m.toString(), new long[MONTHS_ON_BOOK]);
    }
    jdbc.sql(
            "select drawn_on from loan where drawn_on >= ? and drawn_on < ?"
                + scope.and("customer_id"))
        .params(
            scope.params(Date.valueOf(first.atDay(1)), Date.valueOf(last.plusMonths(1).atDay(1))))
        .query(
            (rs, n) -> {
              long[] c = loans.get(YearMonth.from(rs.getDate(1).toLocalDate()).toString());
              if (c != null) {
                c[0]++;
              }
              return null;
            })
        .list();
    // the first day each loan reached M2 or worse
    jdbc.sql(
            """
        select l.drawn_on, min(e.on_date) as bad_on from loan l join delinquency_event e on e.loan_id = l.id
        where l.drawn_on >= ? and l.drawn_on < ? and e.to_bucket in ('M2', 'M3', 'M4', 'M5', 'M6', 'M6_PLUS')"""
                + scope.and("l.customer_id")
                + " group by l.id, l.drawn_on")
        .params(
            scope.params(Date.valueOf(first.atDay(1)), Date.valueOf(last.plusMonths(1).atDay(1))))
        .query(
            (rs, n) -> {
              LocalDate drawn = rs.getDate(1).toLocalDate();
              LocalDate badOn = rs.getDate(2).toLocalDate();
              long[] row = bad.get(YearMonth.from(drawn).toString());
              int mob =
                  (int)
                      java.time.temporal.ChronoUnit.MONTHS.between(
                          drawn.withDayOfMonth(1), badOn.withDayOfMonth(1));
              for (int k = Math.max(mob, 0); row != null && k < MONTHS_ON_BOOK; k++) {
                row[k]++;
              }
              return null;
            })
        .list();
    List<Vintage> out = new ArrayList<>();
    loans.forEach(
        (month, n) -> {
          List<Double> shares = new ArrayList<>();
          YearMonth m = YearMonth.parse(month);
          for (int k = 0; k < MONTHS_ON_BOOK; k++) {
            // only months on book that have passed
            if (!m.plusMonths(k).isAfter(YearMonth.from(today))) {
              shares.add(
                  n[0] == 0 ? 0.0 : Math.round(10000.0 * bad.get(month)[k] / n[0]) / 10000.0);
            }
          }
          out.add(new Vintage(month, n[0], shares));
        });
    return out;
  }

  private long count(String sql, Scope scope) {
    return jdbc.sql(sql).params(scope.params()).query(Long.class).single();
  }

  private static String money(long minor) {
    return Money.ofMinor(minor).toPlainString();
  }
}
