package dev.creditloop.lending.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Port: the book as a scoring pass sees it. */
public interface ScoringBook {

  /** A customer and the most recent credit line granted to them by the day scored. */
  record Holder(long customerId, long lineId) {}

  /** The open business day; the days before it are closed. */
  LocalDate businessDate();

  /** Every customer holding a line granted on or before {@code day}, in customer order. */
  List<Holder> holdersAsOf(LocalDate day);

  /**
   * Days past due per customer now: the largest over open loans; customers not overdue left out.
   */
  Map<Long, Integer> daysPastDueNow();

  /**
   * Days past due per customer at the close of an earlier {@code day}, from the delinquency history
   * (exact at every bucket change; between them it may overstate).
   */
  Map<Long, Integer> daysPastDueAsOf(LocalDate day);
}
