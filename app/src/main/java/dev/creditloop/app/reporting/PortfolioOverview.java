package dev.creditloop.app.reporting;

import dev.creditloop.app.reporting.persistence.JdbcBookFigures;
import dev.creditloop.kernel.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  private final JdbcBookFigures figures;
  private final JsonMapper json;

  PortfolioOverview(JdbcBookFigures figures, JsonMapper json) {
    this.figures = figures;
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
    LocalDate today = figures.businessDate().orElse(LocalDate.now());
    return new Overview(
        today,
        book(agency),
        buckets(agency),
        decisions(today, agency),
        reasons(today, agency),
        vintages(today, agency));
  }

  private Book book(String agency) {
    JdbcBookFigures.BookCounts c = figures.book(agency);
    return new Book(
        c.customers(),
        c.lines(),
        money(c.grantedLimitsMinor()),
        c.activeLoans(),
        money(c.outstandingPrincipalMinor()),
        c.overdueLoans(),
        money(c.overduePrincipalMinor()),
        c.writtenOffLoans());
  }

  private List<BucketShare> buckets(String agency) {
    return figures.buckets(agency).stream()
        .map(b -> new BucketShare(b.bucket(), b.loans(), money(b.principalMinor())))
        .toList();
  }

  private List<DayDecisions> decisions(LocalDate today, String agency) {
    Map<LocalDate, long[]> days = new TreeMap<>();
    for (int i = DAYS - 1; i >= 0; i--) {
      days.put(today.minusDays(i), new long[3]);
    }
    for (JdbcBookFigures.DecisionCount c :
        figures.decisionsSince(today.minusDays(DAYS - 1), agency)) {
      long[] row = days.get(c.day());
      if (row != null) {
        int i =
            switch (c.outcome()) {
              case "APPROVE" -> 0;
              case "REVIEW" -> 1;
              default -> 2;
            };
        row[i] += c.count();
      }
    }
    List<DayDecisions> out = new ArrayList<>();
    days.forEach((d, r) -> out.add(new DayDecisions(d, r[0], r[1], r[2])));
    return out;
  }

  private List<RuleCount> reasons(LocalDate today, String agency) {
    Map<String, Long> counts = new HashMap<>();
    figures.refusalReasonsSince(
        today.minusDays(DAYS - 1),
        agency,
        text -> {
          JsonNode reasons = json.readTree(text);
          for (JsonNode r : reasons) {
            String name =
                r.isString()
                    ? r.asString()
                    : r.path("rule").asString(r.path("code").asString(r.toString()));
            counts.merge(name, 1L, Long::sum);
          }
        });
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(10)
        .map(e -> new RuleCount(e.getKey(), e.getValue()))
        .toList();
  }

  private List<Vintage> vintages(LocalDate today, String agency) {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    YearMonth first = last.minusMonths(VINTAGES - 1);
    Map<String, long[]> loans = new LinkedHashMap<>();
    Map<String, long[]> bad = new HashMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      loans.put(m.toString(), new long[1]);
      bad.put(m.toString(), new long[MONTHS_ON_BOOK]);
    }
    LocalDate from = first.atDay(1);
    LocalDate until = last.plusMonths(1).atDay(1);
    figures.drawnBetween(
        from,
        until,
        agency,
        drawn -> {
          long[] c = loans.get(YearMonth.from(drawn).toString());
          if (c != null) {
            c[0]++;
          }
        });
    // the first day each loan reached M2 or worse
    figures.firstM2Between(
        from,
        until,
        agency,
        (drawn, badOn) -> {
          long[] row = bad.get(YearMonth.from(drawn).toString());
          int mob =
              (int)
                  java.time.temporal.ChronoUnit.MONTHS.between(
                      drawn.withDayOfMonth(1), badOn.withDayOfMonth(1));
          for (int k = Math.max(mob, 0); row != null && k < MONTHS_ON_BOOK; k++) {
            row[k]++;
          }
        });
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

  private static String money(long minor) {
    return Money.ofMinor(minor).toPlainString();
  }
}
