package dev.creditloop.app.servicing.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.servicing.DrawdownReviews;
import dev.creditloop.app.web.Fields;
import dev.creditloop.app.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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

  private final DrawdownReviews reviews;
  private final DataScope scope;

  ReviewController(DrawdownReviews reviews, DataScope scope) {
    this.reviews = reviews;
    this.scope = scope;
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
  Page<DrawdownReviews.Review> list(
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
        reviews.list(
            status.equals("ALL") ? null : status, scope.agency(), page.afterId(), page.fetch()),
        DrawdownReviews.Review::id);
  }

  @GetMapping("/{id}")
  DrawdownReviews.Review get(@PathVariable long id) {
    return reviews.get(id);
  }

  @PostMapping("/{id}/approve")
  @Operation(summary = "Approve and disburse (the line must still allow it)")
  LoanView approve(
      @PathVariable long id, @RequestBody ReviewAction body, java.security.Principal principal) {
    return reviews.approve(
        id,
        dev.creditloop.app.web.Actors.signedIn(body.reviewer(), principal, "reviewer"),
        body.note());
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "Reject the parked drawdown")
  DrawdownReviews.Review reject(
      @PathVariable long id, @RequestBody ReviewAction body, java.security.Principal principal) {
    return reviews.reject(
        id,
        dev.creditloop.app.web.Actors.signedIn(body.reviewer(), principal, "reviewer"),
        body.note());
  }
}
