package dev.creditloop.app.approval.web;

import dev.creditloop.app.approval.Approval;
import dev.creditloop.app.approval.Approvals;
import dev.creditloop.app.security.StaffPrincipal;
import dev.creditloop.app.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/approvals")
@Tag(
    name = "Approvals (four-eyes)",
    description = "Sensitive commands held until a second person approves them")
class ApprovalController {

  private final Approvals approvals;

  ApprovalController(Approvals approvals) {
    this.approvals = approvals;
  }

  record Decision(
      @Schema(example = "checked the recovery file", description = "why; required to reject")
          String note) {}

  @GetMapping
  @Operation(
      summary = "The approval inbox, newest first (filter by status, e.g. PENDING, and submitter)")
  Page<Approval> list(
      @RequestParam(required = false) @Parameter(example = "PENDING") String status,
      @RequestParam(required = false) String requestedBy,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    Page.Request page = Page.Request.of(cursor, limit);
    return page.page(
        approvals.list(status, requestedBy, page.afterId(), page.fetch()), Approval::id);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One held command and what became of it")
  Approval get(@PathVariable long id) {
    return approvals.get(id);
  }

  @PostMapping("/{id}/approve")
  @Operation(
      summary =
          "Approve: the command is carried out now as submitted; not by its submitter, only by a role that may do it")
  Approval approve(
      @PathVariable long id,
      @RequestBody(required = false) Decision body,
      @AuthenticationPrincipal StaffPrincipal me,
      HttpServletRequest request,
      HttpServletResponse response) {
    return approvals.approve(id, me, body == null ? null : body.note(), request, response);
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "Reject with a note; the command is not carried out")
  Approval reject(
      @PathVariable long id,
      @RequestBody(required = false) Decision body,
      @AuthenticationPrincipal StaffPrincipal me) {
    return approvals.reject(id, me, body == null ? null : body.note());
  }

  @PostMapping("/{id}/cancel")
  @Operation(summary = "Withdraw one's own submission")
  Approval cancel(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me) {
    return approvals.cancel(id, me);
  }
}
