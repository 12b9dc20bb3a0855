package dev.creditloop.simulator;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.lending.drawdown.DrawdownGate;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.close.CloseLoanDay;
import dev.creditloop.servicing.close.InstallmentOverdue;
import dev.creditloop.servicing.close.LoanDayClosed;
import dev.creditloop.servicing.close.PenaltyPosting;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.loan.LoanStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a simulation: day by day from the start, customers are granted lines, draw, repay or default
 * (the behaviour in {@link Spending} and {@link Repaying}), and every loan with work to do is
 * closed with the real {@link CloseLoanDay}: the same loans the app's daily close selects (overdue,
 * or something due), so the book ends exactly as running the API day by day would leave it.
 *
 * <p>Deterministic: the same config gives the same book, byte for byte. Each customer draws from
 * random streams of its own; ids are handed out in a fixed order (customers by id, lines = customer
 * id, loans in the order drawn: day, then grant order).
 */
public final class Simulation {

  /** Chance a day that a defaulted customer starts paying again (about 17% a month). */
  static final double DAILY_CURE = 0.006;

  /** Share of defaults that start with a bust-out burst of drawdowns. */
  static final double BUST_OUT_SHARE = 0.2;

  private final CloseLoanDay closeLoanDay;

  /** A simulation whose closes post penalty to the journal daily. */
  public Simulation() {
    this(PenaltyPosting.DAILY);
  }

  /**
   * A simulation whose closes post penalty at {@code posting}'s cadence, as the lender's daily
   * close does.
   */
  public Simulation(PenaltyPosting posting) {
    this(posting, CloseLoanDay.DEFAULT_NON_ACCRUAL_DPD);
  }

  /**
   * As {@link #Simulation(PenaltyPosting)}, with loans becoming non-accrual at {@code
   * nonAccrualDpd}.
   */
  public Simulation(PenaltyPosting posting, int nonAccrualDpd) {
    this.closeLoanDay = new CloseLoanDay(posting, nonAccrualDpd);
  }

  public RealismSummary run(SimulationConfig config, SimulationSink sink) {
    return run(config, sink, APPROVE_ALL, SimulatedFeed.NONE);
  }

  /** Every request the line could pay out is granted, and no decision is logged. */
  public static final DrawdownGate APPROVE_ALL =
      request -> DrawdownGate.Verdict.approveWithoutDecision();

  /**
   * As {@link #run(SimulationConfig, SimulationSink)}, with {@code gate} deciding each drawdown
   * request the line could pay out (a strategy in the loop) and {@code feed} seeing the events its
   * features read. REVIEW is granted: a reviewer in the loop is not simulated. A refused customer
   * does not get the money, so the book that follows differs from the one granting everything.
   */
  public RealismSummary run(
      SimulationConfig config, SimulationSink sink, DrawdownGate gate, SimulatedFeed feed) {
    long started = System.nanoTime();
    CustomerProfile[] profiles = Population.draw(config);
    List<List<CustomerProfile>> arrivals = new ArrayList<>(config.days());
    for (int d = 0; d < config.days(); d++) {
      arrivals.add(new ArrayList<>());
    }
    for (CustomerProfile p : profiles) {
      arrivals.get((int) (p.grantedOn().toEpochDay() - config.start().toEpochDay())).add(p);
    }
    List<Borrower> active = new ArrayList<>(profiles.length);
    List<Borrower> closing = new ArrayList<>();
    Spending spending = new Spending();
    Repaying repaying = new Repaying();
    RealismTally tally = new RealismTally(config);
    int month = 1;
    LocalDate monthEnd = config.start().plusMonths(1).minusDays(1);
    for (int d = 0; d < config.days(); d++) {
      LocalDate day = config.start().plusDays(d);
      DayLog log = new DayLog(day, d, gate, feed);
      for (CustomerProfile p : arrivals.get(d)) {
        active.add(grant(p, config, log));
      }
      boolean shock = config.inShock(day);
      double season = Moments.season(day);
      long today = day.toEpochDay();
      for (Borrower b : active) {
        live(b, day, shock, season, spending, repaying, log);
        // only a customer's own day changes its loans: after it, whether they need a close today is
        // known
        if (b.closeFrom <= today) {
          closing.add(b);
        }
      }
      for (Borrower b : closing) {
        close(b, day, log);
      }
      closing.clear();
      tally.day(log);
      SimulatedDay simulated = log.toDay();
      feed.dayEnded(simulated.events());
      sink.day(simulated);
      if (day.equals(monthEnd)) {
        long open = 0;
        long overdue = 0;
        for (Borrower b : active) {
          for (Borrower.OpenLoan o : b.loans) {
            open++;
            overdue += o.loan.status() == LoanStatus.OVERDUE ? 1 : 0;
          }
        }
        tally.monthEnd(month, active);
        sink.monthEnded(
            new MonthEnd(
                month,
                day,
                active.size(),
                spending.loansDrawn(),
                open,
                overdue,
                (System.nanoTime() - started) / 1_000_000));
        month++;
        monthEnd = config.start().plusMonths(month).minusDays(1);
      }
    }
    List<GroundTruth> truths = new ArrayList<>(active.size());
    active.stream()
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .forEach(b -> truths.add(b.truth()));
    RealismSummary summary = tally.summary(truths, active);
    sink.finished(new SimulationEnd(config.lastDay(), List.copyOf(truths), summary));
    return summary;
  }

  private static Borrower grant(CustomerProfile p, SimulationConfig config, DayLog log) {
    LocalDate on = p.grantedOn();
    CreditLine line =
        CreditLine.grant(
            p.id(), p.id(), p.productCode(), p.limit(), on, on.plusYears(Population.LINE_YEARS));
    Borrower b =
        new Borrower(p, Population.behaviour(config.seed(), p.id()), line, config.shockFactor());
    GroundTruth truth = b.truth();
    log.newCustomers.add(new NewCustomer(p, line, truth));
    int t = Moments.daytime(b.random);
    String device = Moments.device(b);
    double[] where = Moments.position(b);
    log.event(EventType.DEVICE_SEEN, b, t, null, device, where, null);
    log.event(EventType.CREDIT_GRANTED, b, t + 30, p.limit(), device, where, null);
    return b;
  }

  private static void live(
      Borrower b,
      LocalDate day,
      boolean shock,
      double season,
      Spending spending,
      Repaying repaying,
      DayLog log) {
    if (b.fraud) {
      spending.spend(b, day, false, season, log);
      return;
    }
    boolean bustOut = false;
    if (!b.inDefault) {
      if (b.hasLoans() && b.random.nextDouble() < b.hazard(shock)) {
        b.inDefault = true;
        if (b.defaultedOn == null) {
          b.defaultedOn = day;
          log.defaults.add(b.truth());
        }
        bustOut = b.random.nextDouble() < BUST_OUT_SHARE;
      }
    } else if (b.random.nextDouble() < DAILY_CURE) {
      b.inDefault = false;
    }
    if (!b.inDefault) {
      repaying.repay(b, day, log);
    }
    spending.spend(b, day, bustOut, season, log);
  }

  /** The app's close selects a loan that is overdue or has something due; so does this. */
  private static boolean needsClose(Borrower.OpenLoan o, LocalDate day) {
    return (o.overdue || o.nextDue <= day.toEpochDay()) && !o.loan.hasClosed(day);
  }

  private void close(Borrower b, LocalDate day, DayLog log) {
    for (Borrower.OpenLoan o : b.loans) {
      if (!needsClose(o, day)) {
        continue;
      }
      LoanDayClosed closed = closeLoanDay.close(o.loan, day);
      o.refresh();
      if (!closed.applied()) {
        continue;
      }
      log.closes.add(closed);
      for (ServicingEvent e : closed.events()) {
        if (e instanceof InstallmentOverdue) {
          // the close happens at the end of the day; the instalment is 1 day past due at midnight
          log.events.add(
              new BehaviourEvent(
                  0,
                  EventType.INSTALLMENT_OVERDUE,
                  b.id(),
                  b.line.id(),
                  null,
                  log.at(24 * 3600).minusMillis(1),
                  null,
                  null,
                  Map.of(BehaviourEvent.DAYS_PAST_DUE, "1")));
        }
      }
    }
    b.rewake();
  }
}
