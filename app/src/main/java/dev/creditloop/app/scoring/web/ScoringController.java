package dev.creditloop.app.scoring.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

import dev.creditloop.app.scoring.ScoringRuns;
import dev.creditloop.app.scoring.persistence.JdbcScoringBook;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Page;
import dev.creditloop.lending.scoring.ScoringOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "Scoring",
    description =
        "Batch scoring of every customer with a strategy's scorecard (the monthly behaviour score) and each customer's score history")
class ScoringController {

  private final ScoringRuns runs;
  private final JdbcScoringBook book;

  ScoringController(ScoringRuns runs, JdbcScoringBook book) {
    this.runs = runs;
    this.book = book;
  }

  record RunRequest(
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "2026-11-30",
              description =
                  "score as of the close of this day; default: the " + "last closed business day")
          LocalDate asOf,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "drawdown-default",
              maxLength = 64,
              description =
                  "the strategy whose scorecard step scores; default: the active drawdown strategy")
          String strategyId,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "2",
              description = "the strategy version; default: its active version")
          Integer version,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "bcard",
              maxLength = 64,
              description = "the scorecard step; default bcard")
          String step) {}

  @PostMapping("/scoring-runs")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Score every customer as of the close of a business day (default: the last closed day) with scorecard "
              + "step `step` (default bcard) of a strategy version (default: the active drawdown strategy). Runs to the end before it "
              + "answers; the scores appear together when the run is DONE. The same card and day twice is a 409.")
  ScoringRuns.Run run(@RequestBody(required = false) RunRequest body) {
    RunRequest r = body == null ? new RunRequest(null, null, null, null) : body;
    dev.creditloop.app.web.Fields f = dev.creditloop.app.web.Fields.check();
    f.that(r.version() == null || r.version() > 0, "version", "must be positive");
    f.that(r.strategyId() == null || !r.strategyId().isBlank(), "strategyId", "must not be blank");
    f.that(r.step() == null || !r.step().isBlank(), "step", "must not be blank");
    f.orThrow();
    ScoringOutcome outcome =
        runs.run(
            new ScoringRuns.Request(r.asOf(), r.strategyId(), r.version(), r.step()),
            ScoringRuns.Progress.none());
    if (outcome instanceof ScoringOutcome.Refused refused) {
      throw ApiProblem.unprocessable(refused.code(), refused.field(), refused.reason());
    }
    if (outcome instanceof ScoringOutcome.AlreadyScored done) {
      throw ApiProblem.conflict("scoring-run-exists", done.reason());
    }
    return runs.get(((ScoringOutcome.Scored) outcome).runId()).orElseThrow();
  }

  @GetMapping("/scoring-runs")
  @Operation(
      summary =
          "Every scoring run, newest first, a page at a time (cursor and limit), with its status, customer count, "
              + "mean score and customers per cut-off band")
  Page<ScoringRuns.Run> list(
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return Page.Request.of(cursor, limit)
        .pageOf(runs.list(), ScoringRuns.Run::id, Long::valueOf, true);
  }

  @GetMapping("/scoring-runs/{id}")
  @Operation(summary = "One scoring run")
  ScoringRuns.Run get(@PathVariable long id) {
    return runs.get(id).orElseThrow(() -> ApiProblem.notFound("scoring run", id));
  }

  @GetMapping("/customers/{id}/scores")
  @Operation(
      summary =
          "The customer's score history from finished runs, newest first, a page at a time (cursor and limit): "
              + "score, cut-off action and reason codes")
  Page<ScoringRuns.CustomerScore> history(
      @PathVariable long id,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    Page.Request page = Page.Request.of(cursor, limit);
    if (!book.customerExists(id)) {
      throw ApiProblem.notFound("customer", id);
    }
    // newest as-of first, then the later run: a key whose text order is that order
    return page.pageOf(
        runs.history(id), h -> h.asOf() + "/" + String.format("%019d", h.runId()), k -> k, true);
  }
}
