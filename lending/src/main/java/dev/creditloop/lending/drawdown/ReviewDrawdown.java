package dev.creditloop.lending.drawdown;

import dev.creditloop.lending.LendingException;
import dev.creditloop.lending.port.BusinessCalendar;
import dev.creditloop.lending.port.CreditLines;
import dev.creditloop.lending.port.Products;
import dev.creditloop.lending.port.Transactions;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.product.Product;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A person decides a drawdown the gate parked: approving disburses it (if the line still allows it
 * on today's business date, and the customer has no written-off loan meanwhile), rejecting closes
 * it. Each decision is recorded with who, why and when; a review already decided is refused.
 */
public final class ReviewDrawdown {

  private final Transactions transactions;
  private final DrawdownReviews reviews;
  private final CreditLines lines;
  private final Products products;
  private final BusinessCalendar calendar;
  private final Disbursement disbursement;
  private final Clock clock;

  public ReviewDrawdown(
      Transactions transactions,
      DrawdownReviews reviews,
      CreditLines lines,
      Products products,
      BusinessCalendar calendar,
      Disbursement disbursement,
      Clock clock) {
    this.transactions = transactions;
    this.reviews = reviews;
    this.lines = lines;
    this.products = products;
    this.calendar = calendar;
    this.disbursement = disbursement;
    this.clock = clock;
  }

  /** Approves and disburses, in one unit of work with the review and the line locked. */
  public ReviewOutcome.Approved approve(ReviewCommand command) {
    return transactions.inTransaction(() -> approveLocked(command));
  }

  /** Rejects: the request is closed, nothing is disbursed. */
  public ReviewOutcome.Rejected reject(ReviewCommand command) {
    return transactions.inTransaction(() -> rejectLocked(command));
  }

  private ReviewOutcome.Approved approveLocked(ReviewCommand command) {
    Review review = lockPending(command.reviewId());
    CreditLine line = lines.lock(review.creditLineId()).orElseThrow();
    Product product = products.find(line.productCode()).orElseThrow();
    LocalDate today = calendar.today();
    DrawdownOutcome.Disbursed disbursed =
        disbursement.disburse(
            line,
            product,
            review.amount(),
            review.term().count(),
            today,
            calendar.at(today),
            false);
    reviews.approved(
        review.id(), command.reviewer(), command.note(), disbursed.loan().id(), clock.instant());
    return new ReviewOutcome.Approved(review.id(), disbursed);
  }

  private ReviewOutcome.Rejected rejectLocked(ReviewCommand command) {
    Review review = lockPending(command.reviewId());
    reviews.rejected(review.id(), command.reviewer(), command.note(), clock.instant());
    return new ReviewOutcome.Rejected(reviews.find(review.id()).orElseThrow());
  }

  private Review lockPending(long id) {
    Review review = reviews.lock(id).orElseThrow(() -> LendingException.notFound("review", id));
    if (review.status() != Review.Status.PENDING) {
      throw new LendingException(
          LendingException.Refusal.REVIEW_ALREADY_DECIDED,
          "review " + id + " is " + review.status());
    }
    return review;
  }
}
