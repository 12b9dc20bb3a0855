package dev.creditloop.app.demo;

import dev.creditloop.app.customer.Customers;
import dev.creditloop.app.decisioning.Strategies;
import dev.creditloop.app.scoring.ScoringRuns;
import dev.creditloop.app.servicing.CreditLineService;
import dev.creditloop.app.servicing.DailyClose;
import dev.creditloop.app.servicing.Drawdowns;
import dev.creditloop.app.servicing.Repayments;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.decisioning.rule.Action;
import dev.creditloop.decisioning.scorecard.Cutoff;
import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.allocation.Payoff;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.Installment;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small demo book, loaded once into an empty database: five products, 40 customers with lines,
 * and four months of drawdowns, repayments (on time, early, late, never) and daily closes, so the
 * book holds current, overdue (M1 to M3) and settled loans. Deterministic (seed 42).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "creditloop.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoBook implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoBook.class);
  private static final int CUSTOMERS = 40;
  private static final int DAYS = 120;

  private final Products products;
  private final Customers customers;
  private final CreditLineService lines;
  private final Drawdowns drawdowns;
  private final Repayments repayments;
  private final DailyClose close;
  private final BusinessCalendar calendar;
  private final JdbcLoans loans;
  private final Clock clock;
  private final Strategies strategies;
  private final ScoringRuns scoring;

  DemoBook(Products products, Customers customers, CreditLineService lines, Drawdowns drawdowns, Repayments repayments,
           DailyClose close, BusinessCalendar calendar, JdbcLoans loans, Clock clock, Strategies strategies, ScoringRuns scoring) {
    this.strategies = strategies;
    this.scoring = scoring;
    this.products = products;
    this.customers = customers;
    this.lines = lines;
    this.drawdowns = drawdowns;
    this.repayments = repayments;
    this.close = close;
    this.calendar = calendar;
    this.loans = loans;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!products.all().isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    calendar.startAt(today.minusDays(DAYS));
    List<Product> catalogue = List.of(
        product("CASH12", "Cash loan, equal instalments", RepaymentMethod.ANNUITY, TermUnit.MONTHS, List.of(3, 6, 12), "0.18"),
        product("EP12", "Cash loan, equal principal", RepaymentMethod.EQUAL_PRINCIPAL, TermUnit.MONTHS, List.of(6, 12), "0.15"),
        product("FLAT12", "Instalment loan, flat rate", RepaymentMethod.FLAT, TermUnit.MONTHS, List.of(3, 6, 12), "0.09"),
        product("IF6", "Interest first, principal at maturity", RepaymentMethod.INTEREST_FIRST, TermUnit.MONTHS, List.of(3, 6), "0.18"),
        product("PAYDAY", "Short cash loan, one payment", RepaymentMethod.BULLET, TermUnit.DAYS, List.of(7, 14, 21, 30), "0.24"));
    catalogue.forEach(products::add);

    Random random = new Random(42);
    List<Long> lineIds = new ArrayList<>();
    List<Integer> behaviour = new ArrayList<>();
    String[] surnames = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"};
    for (int i = 0; i < CUSTOMERS; i++) {
      var c = customers.add(surnames[i % surnames.length] + " " + (char) ('A' + i % 26) + (i / 26),
          String.format("3101011988%08d", 10_000 + i), String.format("138%08d", 20_000_000 + i));
      Product p = catalogue.get(i % catalogue.size());
      long limit = (5 + random.nextInt(16)) * 1000L;
      CreditLine line = lines.grant(c.id(), p.code(), Money.ofMinor(limit * 100), calendar.today().plusYears(2));
      lineIds.add(line.id());
      behaviour.add(random.nextInt(10)); // 0-5 pays on time, 6-7 pays late, 8 settles early, 9 never pays
    }
    for (int day = 0; day < DAYS; day++) {
      LocalDate date = calendar.today();
      for (int i = 0; i < CUSTOMERS; i++) {
        if (random.nextInt(30) == 0) {
          drawSomething(lineIds.get(i), catalogue.get(i % catalogue.size()), random);
        }
        payAsTheyDo(lineIds.get(i), behaviour.get(i), date, random);
      }
      close.closeThrough(date);
    }
    publishBehaviourCard();
    log.info("demo book loaded: {} customers, business date {}, in {} ms", CUSTOMERS, calendar.today(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Where the shipped behaviour card lives: {@code scorecard bcard --customers 20000 --months 18 --seed 42}'s publish.json. */
  static final String BEHAVIOUR_CARD = "/dev/creditloop/app/demo/bcard-simulated-20000x18-seed42.json";

  /**
   * Publishes the B-card trained on a simulated book into the default drawdown strategy as version 2,
   * a DRAFT for the analyst to backtest against version 1 and activate, and scores the demo book with
   * it as of the last close, so the score history has something to show.
   */
  private void publishBehaviourCard() {
    if (strategies.active("drawdown-default").isEmpty()) {
      return;
    }
    try (var in = DemoBook.class.getResourceAsStream(BEHAVIOUR_CARD)) {
      JsonNode body = JsonMapper.builder().build().readTree(in);
      List<Cutoff> cutoffs = new ArrayList<>();
      for (JsonNode c : body.path("cutoffs")) {
        cutoffs.add(new Cutoff(c.path("below").asDouble(), Action.valueOf(c.path("action").asString()),
            c.path("reason").asString(), c.path("message").asString()));
      }
      var published = strategies.publishScorecard("drawdown-default", 1, "bcard", body.get("card").toString(),
          body.path("reasonCodes").asInt(3), cutoffs, "demo");
      var run = scoring.run(new ScoringRuns.Request(null, "drawdown-default", published.version().version(), "bcard"),
          ScoringRuns.Progress.none());
      log.info("demo: B-card published as drawdown-default v{} (DRAFT); scoring run {} scored {} customers as of {}",
          published.version().version(), run.id(), run.customers(), run.asOf());
    } catch (java.io.IOException | RuntimeException e) {
      log.warn("demo: the behaviour card was not published: {}", e.getMessage());
    }
  }

  private void drawSomething(long lineId, Product product, Random random) {
    int term = new ArrayList<>(product.allowedTerms()).get(random.nextInt(product.allowedTerms().size()));
    long amount = (1 + random.nextInt(30)) * 100L;
    try {
      drawdowns.request(new Drawdowns.Request(lineId, Money.ofMinor(amount * 100), term,
          product.termUnit() == TermUnit.MONTHS, "demo-device-" + lineId), null);
    } catch (RuntimeException refused) {
      // over the available amount: the demo customer simply does not get it
    }
  }

  private void payAsTheyDo(long lineId, int behaviour, LocalDate date, Random random) {
    for (long loanId : openLoans(lineId)) {
      Loan loan = loans.find(loanId).orElseThrow();
      Money due = Money.ZERO;
      for (Installment i : loan.installments()) {
        boolean dueNow = behaviour <= 5 ? !i.dueDate().isAfter(date) : !i.dueDate().plusDays(20).isAfter(date);
        if (!i.isPaid() && dueNow) {
          due = due.plus(i.unpaidTotal());
        }
      }
      if (behaviour == 9) {
        continue;
      }
      if (behaviour == 8 && random.nextInt(20) == 0) {
        due = Payoff.quote(loan, date).total();
      }
      if (due.isPositive()) {
        repayments.repay(new Repayments.Request(loanId, due.min(Payoff.quote(loan, date).total())), null);
      }
    }
  }

  private List<Long> openLoans(long lineId) {
    return loans.openOfLine(lineId);
  }

  private static Product product(String code, String name, RepaymentMethod method, TermUnit unit, List<Integer> terms, String rate) {
    return new Product(code, name, method, unit, new TreeSet<>(terms), Rate.of(rate), DayCountBasis.D360, Rate.of("0.36"), 3,
        Fees.NONE, null, Rate.of("0.36"));
  }
}
