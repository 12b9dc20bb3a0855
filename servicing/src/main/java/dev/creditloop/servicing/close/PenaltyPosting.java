package dev.creditloop.servicing.close;

import java.time.LocalDate;

/**
 * When the daily close posts the penalty it charges to the journal. Penalty is charged to the loan
 * every overdue day either way (the customer owes it, the payoff includes it); this is only the
 * ledger's cadence, an accounting policy of the lender.
 *
 * <ul>
 *   <li>{@link #DAILY}: one entry per loan per day, Dr PENALTY_RECEIVABLE / Cr PENALTY_INCOME,
 *       dated the day.
 *   <li>{@link #MONTH_END}: the days' charges gather on the loan ({@code Loan#penaltyUnposted}) and
 *       are posted in one entry at the close of the month's last day, dated that day. Penalty paid
 *       before then is paid oldest first: what was posted leaves PENALTY_RECEIVABLE, the unposted
 *       rest goes straight to PENALTY_INCOME, as interest paid before it falls due does. A
 *       write-off drops the unposted part (it was never income). Between month ends
 *       PENALTY_RECEIVABLE is the unpaid penalty less the loans' unposted penalty; at every month
 *       end they are equal.
 * </ul>
 *
 * <p>Month-end posting keeps the journal at about two fifths of its size for a book with one loan
 * in ten overdue: on the simulated book (100,000 customers, 18 months) 4.2 M entries instead of
 * 11.1 M, 64 % of which had been daily penalty accruals.
 */
public enum PenaltyPosting {
  DAILY,
  MONTH_END;

  /** Whether the close of {@code epochDay} posts what is unposted. */
  boolean postsOn(long epochDay) {
    if (this == DAILY) {
      return true;
    }
    LocalDate day = LocalDate.ofEpochDay(epochDay);
    return day.getDayOfMonth() == day.lengthOfMonth();
  }
}
