package dev.creditloop.app.servicing.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.servicing.persistence.JdbcDrawdownReviews;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.app.web.Page;
import dev.creditloop.lending.drawdown.Review;
import dev.creditloop.lending.drawdown.ReviewCommand;
import dev.creditloop.lending.drawdown.ReviewDrawdown;
import dev.creditloop.lending.drawdown.ReviewOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/drawdown-reviews")
@Tag(name = "Manual review", description = "Drawdowns the strategy parked for a person")
class ReviewController {

  private final JdbcDrawdownReviews reviews;
  private final ReviewDrawdown reviewDrawdown;
  private final DataScope scope;

  ReviewController(JdbcDrawdownReviews reviews, ReviewDrawdown reviewDrawdown, DataScope scope) {
    this.reviews = reviews;
    this.reviewDrawdown = reviewDrawdown;
    this.scope = scope;
  }

  /** One parked drawdown as the API shows it. */
  record ReviewView(
      long id,
      long creditLineId,
      long customerId,
      String amount,
      int term,
      String termUnit,
      Long decisionId,
      String status,
      Instant requestedAt,
      Instant reviewedAt,
      String reviewedBy,
      String reviewNote,
      Long loanId) {

    static ReviewView of(Review r) {
      return new ReviewView(
          r.id(),
          r.creditLineId(),
          r.customerId(),
          r.amount().toPlainString(),
          r.term().count(),
          r.term().unit().name(),
          r.decisionId(),
          r.status().name(),
          r.requestedAt(),
          r.reviewedAt(),
          r.reviewedBy(),
          r.reviewNote(),
          r.loanId());
    }
  }

  record ReviewAction(
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "reviewer.li",
              maxLength = 64,
              description =
                  "who decides: the signed-in user (may be left out; another name is refused)")
          String reviewer,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "income proof checked",
              maxLength = 256,
              description = "why, for the record")
          String note) {}

  @GetMapping
  @Operation(
      summary =
          "The queue, oldest first, a page at a time (cursor and limit); status PENDING (default), APPROVED, "
              + "REJECTED or ALL")
  Page<ReviewView> list(
      @RequestParam(defaultValue = "PENDING") String status,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    Fields f = Fields.check();
    f.that(
        List.of("PENDING", "APPROVED", "REJECTED", "ALL").contains(status),
        "status",
        "must be PENDING, APPROVED, REJECTED or ALL");
    f.orThrow();
    Page.Request page = Page.Request.of(cursor, limit);
    return page.page(
        reviews
            .list(
                status.equals("ALL") ? null : Review.Status.valueOf(status),
                scope.agency(),
                page.afterId(),
                page.fetch())
            .stream()
            .map(ReviewView::of)
            .toList(),
        ReviewView::id);
  }

  @GetMapping("/{id}")
  ReviewView get(@PathVariable long id) {
    return ReviewView.of(reviews.find(id).orElseThrow(() -> ApiProblem.notFound("review", id)));
  }

  @PostMapping("/{id}/approve")
  @Operation(summary = "Approve and disburse (the line must still allow it)")
  LoanView approve(
      @PathVariable long id, @RequestBody ReviewAction body, java.security.Principal principal) {
    ReviewOutcome.Approved approved =
        reviewDrawdown.approve(
            new ReviewCommand(
                id,
                dev.creditloop.app.web.Actors.signedIn(body.reviewer(), principal, "reviewer"),
                body.note()));
    return CreditLineController.disbursed(approved.disbursed());
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "Reject the parked drawdown")
  ReviewView reject(
      @PathVariable long id, @RequestBody ReviewAction body, java.security.Principal principal) {
    ReviewOutcome.Rejected rejected =
        reviewDrawdown.reject(
            new ReviewCommand(
                id,
                dev.creditloop.app.web.Actors.signedIn(body.reviewer(), principal, "reviewer"),
                body.note()));
    return ReviewView.of(rejected.review());
  }
}
