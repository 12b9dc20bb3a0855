package dev.creditloop.app.audit.web;

import dev.creditloop.app.audit.AuditRecord;
import dev.creditloop.app.audit.AuditTrail;
import dev.creditloop.app.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(
    name = "Audit trail",
    description = "Every write and refused attempt: who, when, from where, what, before and after")
class AuditController {

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  @Operation(summary = "Search the trail, newest first; page with nextCursor")
  Page<AuditRecord> search(
      @RequestParam(required = false) @Parameter(example = "risk") String actor,
      @RequestParam(required = false) @Parameter(example = "credit-line") String entityType,
      @RequestParam(required = false) @Parameter(example = "42") String entityId,
      @RequestParam(required = false) Long customerId,
      @RequestParam(required = false) @Parameter(example = "2026-12-01T00:00:00Z") Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    // the project's one paging: opaque cursors, limit 1 to 500, one row read ahead
    Page.Request page = Page.Request.of(cursor, limit);
    return page.page(
        trail.search(
            actor, entityType, entityId, customerId, from, to, page.afterId(), page.fetch()),
        AuditRecord::id);
  }

  @GetMapping("/verify")
  @Operation(
      summary =
          "Recompute the hash chain over the whole trail: an edited, inserted or removed record is reported")
  AuditTrail.Verification verify() {
    return trail.verify();
  }
}
