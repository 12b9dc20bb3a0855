package dev.creditloop.simulator;

import dev.creditloop.servicing.close.LoanDayClosed;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.loan.DrawdownResult;
import dev.creditloop.servicing.loan.LoanStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects, as the run goes, what the {@link RealismSummary} needs: month-end buckets per loan
 * (roll rates), the first day each loan went 30+ and 60+ (vintages), drawdowns per customer and day
 * (bursts) and night drawdowns. Loans are indexed by id, which the simulation hands out from 1.
 */
final class RealismTally {

  private static final int NEVER = Integer.MAX_VALUE;
  private static final int BUCKETS = Bucket.values().length;

  private final SimulationConfig config;
  private int[] loanMonth = new int[1024];
  private int[] first30 = new int[1024];
  private int[] first60 = new int[1024];
  private int loans;
  private byte[] lastMonthBuckets = new byte[0];
  private final long[][] transitions = new long[BUCKETS][BUCKETS];
  private long drawdowns;
  private long nightDrawdowns;
  private long repayments;
  private long entries;
  private long events;

  /** Per customer-day with drawdowns: customer id, day index, drawdowns. */
  private final List<long[]> drawdownDays = new ArrayList<>();

  RealismTally(SimulationConfig config) {
    this.config = config;
  }

  void day(DayLog log) {
    int month = monthOf(log.dayIndex);
    for (DrawdownResult d : log.drawdowns) {
      int index = (int) d.loan().id() - 1;
      grow(index + 1);
      loanMonth[index] = month;
      first30[index] = NEVER;
      first60[index] = NEVER;
      loans = Math.max(loans, index + 1);
      entries += d.entries().size();
    }
    entries += log.repayments.size();
    repayments += log.repayments.size();
    for (LoanDayClosed c : log.closes) {
      entries += c.entries().size();
      c.bucketChange().ifPresent(change -> firstDays(change, log.dayIndex));
    }
    events += log.events.size();
    drawdowns += log.drawdowns.size();
    nightDrawdowns += log.nightDrawdowns;
    for (long[] cd : log.drawdownDays) {
      drawdownDays.add(new long[] {cd[0], log.dayIndex, cd[1]});
    }
  }

  private void firstDays(BucketChanged change, int dayIndex) {
    int index = (int) change.loanId() - 1;
    if (change.to().compareTo(Bucket.M2) >= 0 && first30[index] == NEVER) {
      first30[index] = dayIndex;
    }
    if (change.to().compareTo(Bucket.M3) >= 0 && first60[index] == NEVER) {
      first60[index] = dayIndex;
    }
  }

  /** Buckets at the month end; a loan no longer open counts as M0 (settled is cured). */
  void monthEnd(int month, List<Borrower> active) {
    byte[] now = new byte[loans];
    for (Borrower b : active) {
      for (Borrower.OpenLoan o : b.loans) {
        if (o.loan.status() == LoanStatus.OVERDUE) {
          now[(int) o.loan.id() - 1] = (byte) o.loan.bucket().ordinal();
        }
      }
    }
    for (int i = 0; i < lastMonthBuckets.length; i++) {
      transitions[lastMonthBuckets[i]][now[i]]++;
    }
    lastMonthBuckets = now;
  }

  RealismSummary summary(List<GroundTruth> truths, List<Borrower> active) {
    int[] defaultDay = new int[config.customers() + 1];
    Arrays.fill(defaultDay, NEVER);
    long defaulted = 0;
    long fraud = 0;
    for (GroundTruth t : truths) {
      if (t.defaulted()) {
        defaulted++;
        defaultDay[(int) t.customerId()] =
            (int) (t.defaultedOn().toEpochDay() - config.start().toEpochDay());
      }
      fraud += t.fraud() ? 1 : 0;
    }
    long burstDays = 0;
    long burstDefaults = 0;
    long otherDays = 0;
    long otherDefaults = 0;
    for (long[] cd : drawdownDays) {
      int onset = defaultDay[(int) cd[0]];
      // defaulted within 48 hours: the onset falls on the day or one of the two after
      boolean defaultSoon = onset != NEVER && onset >= cd[1] && onset <= cd[1] + 2;
      if (cd[2] >= 5) {
        burstDays++;
        burstDefaults += defaultSoon ? 1 : 0;
      } else {
        otherDays++;
        otherDefaults += defaultSoon ? 1 : 0;
      }
    }
    long open = 0;
    long overdue = 0;
    for (Borrower b : active) {
      for (Borrower.OpenLoan o : b.loans) {
        open++;
        overdue += o.loan.status() == LoanStatus.OVERDUE ? 1 : 0;
      }
    }
    return new RealismSummary(
        config,
        truths.size(),
        loans,
        repayments,
        entries,
        events,
        roll(Bucket.M0),
        roll(Bucket.M1),
        roll(Bucket.M2),
        roll(Bucket.M3),
        vintages(),
        burstDays,
        share(burstDefaults, burstDays),
        otherDays,
        share(otherDefaults, otherDays),
        share(nightDrawdowns, drawdowns),
        share(overdue, open),
        share(defaulted, truths.size()),
        share(fraud, truths.size()));
  }

  /** Share of loans in {@code from} at a month end that are one bucket worse at the next. */
  private double roll(Bucket from) {
    long[] row = transitions[from.ordinal()];
    long total = 0;
    for (long n : row) {
      total += n;
    }
    return share(row[from.ordinal() + 1], total);
  }

  private List<RealismSummary.Vintage> vintages() {
    List<RealismSummary.Vintage> out = new ArrayList<>();
    int lastDay = config.days() - 1;
    for (int month = 1; month <= config.months(); month++) {
      long count = 0;
      int mobs = config.months() - month;
      long[] thirty = new long[mobs];
      long[] sixty = new long[mobs];
      for (int i = 0; i < loans; i++) {
        if (loanMonth[i] != month) {
          continue;
        }
        count++;
        for (int mob = 1; mob <= mobs; mob++) {
          int end = Math.min(lastDay, monthEndIndex(month + mob));
          thirty[mob - 1] += first30[i] <= end ? 1 : 0;
          sixty[mob - 1] += first60[i] <= end ? 1 : 0;
        }
      }
      List<Double> t = new ArrayList<>();
      List<Double> s = new ArrayList<>();
      for (int mob = 0; mob < mobs; mob++) {
        t.add(share(thirty[mob], count));
        s.add(share(sixty[mob], count));
      }
      out.add(
          new RealismSummary.Vintage(month, config.start().plusMonths(month - 1L), count, t, s));
    }
    return out;
  }

  private int monthOf(int dayIndex) {
    var day = config.start().plusDays(dayIndex);
    int month = 1;
    while (!day.isBefore(config.start().plusMonths(month))) {
      month++;
    }
    return month;
  }

  private int monthEndIndex(int month) {
    return (int)
        (config.start().plusMonths(month).minusDays(1).toEpochDay() - config.start().toEpochDay());
  }

  private void grow(int size) {
    if (size > loanMonth.length) {
      int n = Math.max(size, loanMonth.length * 2);
      loanMonth = Arrays.copyOf(loanMonth, n);
      first30 = Arrays.copyOf(first30, n);
      first60 = Arrays.copyOf(first60, n);
    }
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
