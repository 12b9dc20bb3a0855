package dev.creditloop.tools.demo;

import dev.creditloop.app.customer.Customers;
import dev.creditloop.app.decisioning.BehaviourFeed;
import dev.creditloop.app.decisioning.Strategies;
import dev.creditloop.app.scoring.ScoringRuns;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcLoans;
import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.lending.drawdown.DrawdownCommand;
import dev.creditloop.lending.drawdown.RequestDrawdown;
import dev.creditloop.lending.line.GrantCommand;
import dev.creditloop.lending.line.GrantCreditLine;
import dev.creditloop.lending.scoring.ScoringOutcome;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import dev.creditloop.simulator.SimulationConfig;
import dev.creditloop.tools.simulator.SimulationRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo book, loaded once into an empty database. Its history is a simulated book (the portfolio
 * simulator through {@link SimulationRunner}: {@code creditloop.demo.simulated-customers}
 * customers, six months ending yesterday, seed 42, ground truth and realism summary included), so
 * it holds current, overdue (M1 and worse), settled and written-off loans with their journal and
 * behaviour events. On top of it, today: the five repayment methods as products, 40 customers with
 * lines and a drawdown each, one of them parked in the manual review queue (a third drawdown within
 * 24 hours). Then the B-card trained on a simulated book is published as a draft of the drawdown
 * strategy and the book is scored with it as of yesterday. A small book belongs to {@link
 * DemoUsers#AGENCY} (every eighth of today's customers and a few simulated ones, current and
 * overdue), which is all the demo users {@code agent} and {@code collector-east} see. Deterministic
 * apart from today's date.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "creditloop.demo.enabled", havingValue = "true")
class DemoBook implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoBook.class);
  private static final int CUSTOMERS = 40;
  private static final int SIMULATED_MONTHS = 6;

  /**
   * Of the simulated book, how many customers with current loans and how many with overdue loans
   * the agency gets.
   */
  private static final int AGENCY_SIMULATED_EACH = 4;

  private final Products products;
  private final Customers customers;
  private final GrantCreditLine grantCreditLine;
  private final RequestDrawdown drawdowns;
  private final BusinessCalendar calendar;
  private final Clock clock;
  private final Strategies strategies;
  private final ScoringRuns scoring;
  private final SimulationRunner simulation;
  private final int simulatedCustomers;
  private final BehaviourFeed feed;
  private final TransactionTemplate tx;
  private final JdbcLoans loans;

  DemoBook(
      Products products,
      Customers customers,
      GrantCreditLine grantCreditLine,
      RequestDrawdown drawdowns,
      BusinessCalendar calendar,
      Clock clock,
      Strategies strategies,
      ScoringRuns scoring,
      SimulationRunner simulation,
      BehaviourFeed feed,
      TransactionTemplate tx,
      JdbcLoans loans,
      @Value("${creditloop.demo.simulated-customers:2000}") int simulatedCustomers) {
    this.loans = loans;
    this.feed = feed;
    this.tx = tx;
    this.products = products;
    this.customers = customers;
    this.grantCreditLine = grantCreditLine;
    this.drawdowns = drawdowns;
    this.calendar = calendar;
    this.clock = clock;
    this.strategies = strategies;
    this.scoring = scoring;
    this.simulation = simulation;
    this.simulatedCustomers = simulatedCustomers;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!products.all().isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    if (simulatedCustomers > 0) {
      // Six months ending yesterday: the simulation leaves the business date at today.
      simulation.run(
          new SimulationConfig(
              simulatedCustomers,
              SIMULATED_MONTHS,
              42,
              today.minusMonths(SIMULATED_MONTHS),
              0,
              SimulationConfig.DEFAULT_SHOCK_FACTOR),
          System.out);
      // The simulation wrote its events straight to the store: the live features must see them.
      feed.ingestStoredEvents(tx);
    }
    calendar.startAt(today);
    assignSimulatedToAgency(); // before today's loans, which would come first in the list
    List<Product> catalogue =
        List.of(
            product(
                "CASH12",
                "Cash loan, equal instalments",
                RepaymentMethod.ANNUITY,
                TermUnit.MONTHS,
                List.of(3, 6, 12),
                "0.18"),
            product(
                "EP12",
                "Cash loan, equal principal",
                RepaymentMethod.EQUAL_PRINCIPAL,
                TermUnit.MONTHS,
                List.of(6, 12),
                "0.15"),
            product(
                "FLAT12",
                "Instalment loan, flat rate",
                RepaymentMethod.FLAT,
                TermUnit.MONTHS,
                List.of(3, 6, 12),
                "0.09"),
            product(
                "IF6",
                "Interest first, principal at maturity",
                RepaymentMethod.INTEREST_FIRST,
                TermUnit.MONTHS,
                List.of(3, 6),
                "0.18"),
            product(
                "PAYDAY",
                "Short cash loan, one payment",
                RepaymentMethod.BULLET,
                TermUnit.DAYS,
                List.of(7, 14, 21, 30),
                "0.24"));
    catalogue.forEach(products::add);

    Random random = new Random(42);
    String[] surnames = {
      "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"
    };
    for (int i = 0; i < CUSTOMERS; i++) {
      var c =
          customers.add(
              surnames[i % surnames.length] + " " + (char) ('A' + i % 26) + (i / 26),
              String.format("3101011988%08d", 10_000 + i),
              String.format("138%08d", 20_000_000 + i),
              i % 8 == 0 ? DemoUsers.AGENCY : null);
      Product p = catalogue.get(i % catalogue.size());
      long limit = (5 + random.nextInt(16)) * 1000L;
      CreditLine line =
          grantCreditLine.grant(
              new GrantCommand(
                  c.id(), p.code(), Money.ofMinor(limit * 100), calendar.today().plusYears(2)));
      // One customer draws three times at once: the third waits in the review queue
      // (VELOCITY_HIGH).
      int draws = i == 7 ? 3 : 1;
      for (int d = 0; d < draws; d++) {
        drawSomething(line.id(), p, random);
      }
    }
    publishBehaviourCard();
    log.info(
        "demo book loaded: {} simulated customers over {} months and {} more today, business date {}, in {} ms",
        simulatedCustomers,
        SIMULATED_MONTHS,
        CUSTOMERS,
        calendar.today(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * A few simulated customers with current and with overdue loans go to the demo agency, for its
   * collector.
   */
  private void assignSimulatedToAgency() {
    for (String status : List.of("NORMAL", "OVERDUE")) {
      loans
          .search(new JdbcLoans.Filter(status, null, null, null, null, null, null), null, 200)
          .stream()
          .map(Loan::customerId)
          .distinct()
          .limit(AGENCY_SIMULATED_EACH)
          .forEach(customer -> customers.assignAgency(customer, DemoUsers.AGENCY));
    }
  }

  /**
   * Where the shipped behaviour card lives: {@code scorecard bcard --customers 20000 --months 18
   * --seed 42}'s publish.json.
   */
  static final String BEHAVIOUR_CARD =
      "/dev/creditloop/tools/demo/bcard-simulated-20000x18-seed42.json";

  /**
   * Publishes the B-card trained on a simulated book into the default drawdown strategy as version
   * 2, a DRAFT for the analyst to backtest against version 1 and activate, and scores the simulated
   * book with it as of the last close (yesterday), so the score history has something to show.
   */
  private void publishBehaviourCard() {
    if (strategies.active("drawdown-default").isEmpty()) {
      return;
    }
    try (var in = DemoBook.class.getResourceAsStream(BEHAVIOUR_CARD)) {
      var release = Strategies.CardRelease.of(JsonMapper.builder().build().readTree(in));
      var published =
          strategies.publishScorecard(
              "drawdown-default",
              1,
              "bcard",
              release.cardJson(),
              release.reasonCodes(),
              release.cutoffs(),
              "demo");
      ScoringOutcome outcome =
          scoring.run(
              new ScoringRuns.Request(
                  null, "drawdown-default", published.version().version(), "bcard"),
              ScoringRuns.Progress.none());
      if (!(outcome instanceof ScoringOutcome.Scored scored)) {
        log.warn("demo: the behaviour card did not score the book: {}", outcome);
        return;
      }
      ScoringRuns.Run run = scoring.get(scored.runId()).orElseThrow();
      log.info(
          "demo: B-card published as drawdown-default v{} (DRAFT); scoring run {} scored {} customers as of {}",
          published.version().version(),
          run.id(),
          run.customers(),
          run.asOf());
    } catch (java.io.IOException | RuntimeException e) {
      log.warn("demo: the behaviour card was not published: {}", e.getMessage());
    }
  }

  private void drawSomething(long lineId, Product product, Random random) {
    int term =
        new ArrayList<>(product.allowedTerms()).get(random.nextInt(product.allowedTerms().size()));
    long amount = (1 + random.nextInt(30)) * 100L;
    try {
      drawdowns.request(
          new DrawdownCommand(
              lineId,
              Money.ofMinor(amount * 100),
              term,
              product.termUnit() == TermUnit.MONTHS,
              "demo-device-" + lineId));
    } catch (RuntimeException refused) {
      // over the available amount: the demo customer simply does not get it
    }
  }

  private static Product product(
      String code,
      String name,
      RepaymentMethod method,
      TermUnit unit,
      List<Integer> terms,
      String rate) {
    return new Product(
        code,
        name,
        method,
        unit,
        new TreeSet<>(terms),
        Rate.of(rate),
        DayCountBasis.D360,
        Rate.of("0.36"),
        3,
        Fees.NONE,
        null,
        Rate.of("0.36"));
  }
}
