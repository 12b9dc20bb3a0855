package dev.creditloop.simulator;

import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.decisioning.event.EventType;
import dev.creditloop.kernel.Money;
import dev.creditloop.lending.drawdown.DrawdownGate;
import dev.creditloop.servicing.loan.DrawDown;
import dev.creditloop.servicing.loan.DrawdownResult;
import dev.creditloop.servicing.schedule.TermUnit;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Drawdowns (支用): how often a customer draws (funding need, festivals), how much (a share of what
 * is available, sometimes the sensitive amounts 99/499/999), when (now and then at night), and the
 * abnormal patterns: fraud rings draw the whole limit at night right after the grant, a customer
 * about to default may draw many times in one day (bust-out).
 */
final class Spending {

  static final double SENSITIVE_SHARE = 0.06;
  private static final long[] SENSITIVE_YUAN = {99, 499, 999};

  /** Chance, per day and unit of funding need, of a day split into many small drawdowns. */
  private static final double SPLIT_DAY = 0.002;

  private final DrawDown drawDown = new DrawDown();
  private long lastLoanId;

  long loansDrawn() {
    return lastLoanId;
  }

  void spend(Borrower b, LocalDate day, boolean bustOut, double season, DayLog log) {
    SplittableRandom r = b.random;
    int drawn;
    if (b.fraud) {
      if (!day.equals(b.profile.grantedOn().plusDays(b.profile.fraudDelayDays()))) {
        return;
      }
      drawn = fraudBurst(b, day, log);
      b.inDefault = true;
      b.defaultedOn = day;
      log.defaults.add(b.truth());
    } else if (bustOut) {
      drawn = burst(b, day, 5 + r.nextInt(4), r.nextDouble() < 0.5, log);
    } else if (b.inDefault) {
      return;
    } else {
      double lambda = b.fundingNeed / 30 * season * (b.hasLoans() ? 0.6 : 1.0);
      if (r.nextDouble() < SPLIT_DAY * b.fundingNeed) {
        drawn = burst(b, day, 5 + r.nextInt(3), false, log);
      } else {
        int count = poisson(r, lambda);
        drawn = 0;
        String device = null;
        for (int i = 0; i < count; i++) {
          long yuan = ordinaryAmount(b, day);
          if (yuan == 0) {
            break;
          }
          if (device == null) {
            device = Moments.device(b);
          }
          drawn += draw(b, day, yuan, Moments.ordinaryTime(r), device, log) ? 1 : 0;
        }
      }
    }
    if (drawn > 0) {
      log.drawdownDays.add(new long[] {b.id(), drawn});
    }
  }

  /** Half the rings take the whole limit at once; the rest split it into a burst; all at night. */
  private int fraudBurst(Borrower b, LocalDate day, DayLog log) {
    SplittableRandom r = b.random;
    String device = Moments.device(b);
    int t = Moments.nightTime(r);
    log.event(EventType.LOGIN, b, t, null, device, Moments.position(b), null);
    if (r.nextDouble() < 0.5) {
      int drawn = draw(b, day, availableYuan(b, day), t + 60, device, log) ? 1 : 0;
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        t += 60 + r.nextInt(600);
        draw(b, day, 499, t, Moments.device(b), log);
      }
      return drawn;
    }
    long first = availableYuan(b, day) * (50 + r.nextInt(21)) / 100;
    int drawn = draw(b, day, first, t + 60, device, log) ? 1 : 0;
    for (int i = 4 + r.nextInt(4); i > 0 && availableYuan(b, day) >= 99; i--) {
      t += 60 + r.nextInt(600);
      drawn += draw(b, day, pieceYuan(b, day), t, Moments.device(b), log) ? 1 : 0;
    }
    return drawn;
  }

  /** Many small drawdowns in one day: sensitive amounts and slices of what is left. */
  private int burst(Borrower b, LocalDate day, int count, boolean night, DayLog log) {
    SplittableRandom r = b.random;
    String device = Moments.device(b);
    int t = night ? Moments.nightTime(r) : Moments.daytime(r) - 3600;
    int drawn = 0;
    for (int i = 0; i < count && availableYuan(b, day) >= 99; i++) {
      t += 60 + r.nextInt(900);
      drawn += draw(b, day, pieceYuan(b, day), t, device, log) ? 1 : 0;
    }
    return drawn;
  }

  private long pieceYuan(Borrower b, LocalDate day) {
    long available = availableYuan(b, day);
    SplittableRandom r = b.random;
    if (r.nextDouble() < 0.4) {
      long sensitive = sensitive(r, available);
      if (sensitive > 0) {
        return sensitive;
      }
    }
    return Math.max(99, Math.min(available, hundreds(available * (10 + r.nextInt(21)) / 100)));
  }

  /** 0 when there is no room to draw. */
  private long ordinaryAmount(Borrower b, LocalDate day) {
    long available = availableYuan(b, day);
    if (available < 99) {
      return 0;
    }
    SplittableRandom r = b.random;
    if (r.nextDouble() < SENSITIVE_SHARE) {
      long sensitive = sensitive(r, available);
      if (sensitive > 0) {
        return sensitive;
      }
    }
    // limit-sensitive customers take a larger share of the room they have
    double exponent = 2.0 - 1.6 * b.profile.limitSensitivity();
    double share = 0.1 + 0.9 * StrictMath.pow(r.nextDouble(), exponent);
    long yuan = hundreds((long) (available * share));
    return yuan >= 100 ? yuan : 99;
  }

  private static long sensitive(SplittableRandom r, long available) {
    long pick = SENSITIVE_YUAN[r.nextInt(SENSITIVE_YUAN.length)];
    return pick <= available ? pick : 0;
  }

  /**
   * Requests a drawdown; above what is available it is rejected, else it goes through the real
   * {@code DrawDown}. Returns whether money left.
   */
  private boolean draw(
      Borrower b, LocalDate day, long yuan, int second, String device, DayLog log) {
    Money amount = Money.ofMinor(yuan * 100);
    double[] where = Moments.position(b);
    BehaviourEvent request =
        log.event(EventType.DRAWDOWN_REQUESTED, b, second, amount, device, where, null);
    if (yuan <= 0 || amount.isGreaterThan(b.line.available(day))) {
      log.event(
          EventType.DRAWDOWN_REJECTED,
          b,
          second + 1,
          yuan <= 0 ? Money.ZERO : amount,
          device,
          where,
          null);
      return false;
    }
    DrawdownGate.Verdict verdict =
        log.gate.assess(
            new DrawdownGate.Request(
                b.id(),
                b.line.id(),
                amount,
                null, // the term is picked after approval
                request.occurredAt(),
                null, // ring members share devices out of time order: not named to the gate
                currentDpd(b),
                false));
    if (verdict.outcome() == DrawdownGate.Outcome.REJECT) {
      log.event(
          EventType.DRAWDOWN_REJECTED,
          b,
          second + 1,
          amount,
          device,
          where,
          Map.of("by", "strategy"));
      log.strategyRejections++;
      return false;
    }
    DrawdownResult d = drawDown.draw(b.line, b.product, amount, term(b), ++lastLoanId, day);
    log.drawdowns.add(d);
    b.opened(new Borrower.OpenLoan(d.loan(), Repaying.prepayDay(b, day)));
    log.event(EventType.DRAWDOWN_APPROVED, b, second + 1, amount, device, where, null);
    log.event(EventType.DRAWDOWN_DISBURSED, b, second + 2, amount, device, where, Map.of());
    if (Moments.isNight(second)) {
      log.nightDrawdowns++;
    }
    return true;
  }

  /** The largest days past due over the customer's open loans, as the ledger reports it. */
  private static int currentDpd(Borrower b) {
    int dpd = 0;
    for (Borrower.OpenLoan o : b.loans) {
      dpd = Math.max(dpd, o.loan.dpd());
    }
    return dpd;
  }

  /** Rate-sensitive customers pick shorter terms. */
  private static int term(Borrower b) {
    SplittableRandom r = b.random;
    double u = r.nextDouble();
    if (b.product.termUnit() == TermUnit.DAYS) {
      return u < 0.5 ? 14 : 30;
    }
    double shortShare = 0.15 + 0.3 * b.profile.rateSensitivity();
    if (b.product.allows(12)) {
      return u < shortShare ? 3 : u < shortShare + 0.35 ? 6 : 12;
    }
    return u < shortShare + 0.2 ? 3 : 6;
  }

  private static long availableYuan(Borrower b, LocalDate day) {
    return b.line.available(day).minor() / 100;
  }

  private static long hundreds(long yuan) {
    return yuan / 100 * 100;
  }

  /** Knuth's method: fine for the small daily rates here. */
  private static int poisson(SplittableRandom r, double lambda) {
    double product = r.nextDouble();
    if (product <= 1 - lambda) {
      // exp(-lambda) >= 1 - lambda: zero, without computing the exponential
      return 0;
    }
    double limit = StrictMath.exp(-lambda);
    int n = 0;
    while (product > limit) {
      n++;
      product *= r.nextDouble();
    }
    return n;
  }
}
