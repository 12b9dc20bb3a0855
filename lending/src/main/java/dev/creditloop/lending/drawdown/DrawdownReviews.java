package dev.creditloop.lending.drawdown;

import java.time.Instant;
import java.util.Optional;

/** Port: the stored manual-review queue of drawdowns. */
public interface DrawdownReviews {

  /** Stores a PENDING review (its id is ignored) and answers the id it was given. */
  long park(Review pending);

  Optional<Review> find(long id);

  /** The review, locked until the transaction ends: two reviewers of one request queue here. */
  Optional<Review> lock(long id);

  void approved(long id, String reviewer, String note, long loanId, Instant at);

  void rejected(long id, String reviewer, String note, Instant at);
}
