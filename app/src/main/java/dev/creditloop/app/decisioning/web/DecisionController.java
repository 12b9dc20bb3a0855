package dev.creditloop.app.decisioning.web;

import dev.creditloop.app.decisioning.persistence.DecisionLog;
import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Fields;
import dev.creditloop.app.web.Page;
import dev.creditloop.decisioning.strategy.Outcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(
    name = "Decision log",
    description = "Every decision with the strategy version, inputs, rules and bins behind it")
class DecisionController {

  private final DecisionLog log;
  private final DataScope scope;

  DecisionController(DecisionLog log, DataScope scope) {
    this.log = log;
    this.scope = scope;
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "One decision, explained: strategy and version, arm, segment, features read, rules, rows and bins hit")
  DecisionLog.Logged get(@PathVariable long id) {
    return log.find(id).orElseThrow(() -> ApiProblem.notFound("decision", id));
  }

  @GetMapping
  @Operation(
      summary =
          "Decisions, newest first, a page at a time (cursor and limit); optionally only a customer's (customerId), "
              + "one outcome (APPROVE, REVIEW, REJECT) or those decided in [from, to) (ISO instants, e.g. 2026-11-01T00:00:00Z). "
              + "Pre-check decisions appear once the background writer has stored them (a few milliseconds).")
  Page<DecisionLog.Logged> list(
      @RequestParam(required = false) Long customerId,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    Fields f = Fields.check();
    f.that(
        outcome == null || Arrays.stream(Outcome.values()).anyMatch(o -> o.name().equals(outcome)),
        "outcome",
        "must be one of " + Arrays.toString(Outcome.values()));
    f.that(from == null || to == null || from.isBefore(to), "to", "must be after from");
    f.orThrow();
    Page.Request page = Page.Request.of(cursor, limit);
    return page.page(
        log.page(
            new DecisionLog.Filter(customerId, outcome, from, to, scope.agency()),
            page.afterId(),
            page.fetch()),
        DecisionLog.Logged::id);
  }
}
