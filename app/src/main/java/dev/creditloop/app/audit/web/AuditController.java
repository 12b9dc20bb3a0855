package dev.creditloop.app.audit.web;

import dev.creditloop.app.audit.AuditRecord;
import dev.creditloop.app.audit.AuditTrail;
import dev.creditloop.app.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
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

  record Page(List<AuditRecord> items, String nextCursor) {}

  @GetMapping
  @Operation(summary = "Search the trail, newest first; page with nextCursor")
  Page search(
      @RequestParam(required = false) @Parameter(example = "risk") String actor,
      @RequestParam(required = false) @Parameter(example = "credit-line") String entityType,
      @RequestParam(required = false) @Parameter(example = "42") String entityId,
      @RequestParam(required = false) Long customerId,
      @RequestParam(required = false) @Parameter(example = "2026-12-01T00:00:00Z") Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 500) {
      throw ApiProblem.badField("invalid-field", "limit", "between 1 and 500");
    }
    Long before = null;
    if (cursor != null) {
      try {
        before = Long.valueOf(cursor);
      } catch (NumberFormatException e) {
        throw ApiProblem.badField("invalid-field", "cursor", "not a cursor this API gave");
      }
    }
    List<AuditRecord> items =
        trail.search(actor, entityType, entityId, customerId, from, to, before, limit);
    String next = items.size() == limit ? String.valueOf(items.get(items.size() - 1).id()) : null;
    return new Page(items, next);
  }

  @GetMapping("/verify")
  @Operation(
      summary =
          "Recompute the hash chain over the whole trail: an edited, inserted or removed record is reported")
  AuditTrail.Verification verify() {
    return trail.verify();
  }
}
