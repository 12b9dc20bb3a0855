package dev.creditloop.app.decisioning.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.creditloop.app.decisioning.BacktestRuns;
import dev.creditloop.app.decisioning.Strategies;
import dev.creditloop.app.decisioning.persistence.JdbcStrategies;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.app.web.Page;
import dev.creditloop.decisioning.backtest.BacktestProgress;
import dev.creditloop.lending.backtest.BacktestCommand;
import dev.creditloop.lending.backtest.BacktestStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/strategies")
@Tag(
    name = "Strategies",
    description =
        "Versioned strategy documents (YAML or JSON): type-checked when saved, then activated")
class StrategyController {

  private final Strategies strategies;
  private final JdbcStrategies store;
  private final BacktestStrategy backtest;
  private final BacktestRuns backtestRuns;

  StrategyController(
      Strategies strategies,
      JdbcStrategies store,
      BacktestStrategy backtest,
      BacktestRuns backtestRuns) {
    this.strategies = strategies;
    this.store = store;
    this.backtest = backtest;
    this.backtestRuns = backtestRuns;
  }

  record BacktestRequest(
      @Schema(
              requiredMode = REQUIRED,
              example = "2026-05-01",
              description = "the first day of drawdown requests replayed")
          java.time.LocalDate from,
      @Schema(
              requiredMode = REQUIRED,
              example = "2026-05-14",
              description = "the last day of drawdown requests replayed")
          java.time.LocalDate to,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "2",
              description = "a second version of the same strategy to compare with")
          Integer compareWithVersion,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "90",
              description =
                  "a request's outcome is bad when its loan reaches M2+ within this many days; default 90, at most 730")
          Integer outcomeDays) {}

  @PostMapping("/{id}/versions/{version}/backtest")
  @Operation(
      summary =
          "Replay the drawdown requests of [from, to] through this version with point-in-time features: approve / "
              + "review / reject rates, rule hit rates and overlaps, bad rates where outcomes are known (M2+ within outcomeDays, default 90); "
              + "with compareWithVersion, two versions side by side")
  java.util.Map<String, Object> backtest(
      @PathVariable String id, @PathVariable int version, @RequestBody BacktestRequest body) {
    return BacktestView.of(backtest.run(command(id, version, body), BacktestProgress.none()));
  }

  @PostMapping("/{id}/versions/{version}/backtests")
  @Operation(
      summary =
          "Start the same backtest in the background: answers 202 at once with the run (Location: /api/v1/backtests/{id}), "
              + "whose progress and result GET /api/v1/backtests/{id} shows. Runs are kept in memory: a restart forgets them.")
  ResponseEntity<BacktestController.RunView> startBacktest(
      @PathVariable String id,
      @PathVariable int version,
      @RequestBody BacktestRequest body,
      @RequestHeader(value = "X-Actor", required = false) String actor) {
    BacktestRuns.Run run =
        backtestRuns.start(
            command(id, version, body), actor == null || actor.isBlank() ? "api" : actor);
    return ResponseEntity.accepted()
        .location(java.net.URI.create("/api/v1/backtests/" + run.id()))
        .body(BacktestController.RunView.of(run));
  }

  /** The request checked field by field, and the versions it names found. */
  private BacktestCommand command(String id, int version, BacktestRequest body) {
    dev.creditloop.app.web.Fields f = dev.creditloop.app.web.Fields.check();
    f.date("from", body.from());
    f.date("to", body.to());
    if (body.from() != null && body.to() != null) {
      f.that(!body.to().isBefore(body.from()), "to", "must not be before from");
    }
    int outcomeDays = body.outcomeDays() == null ? 90 : body.outcomeDays();
    f.that(outcomeDays > 0 && outcomeDays <= 730, "outcomeDays", "must be between 1 and 730");
    f.orThrow();
    store
        .get(id, version)
        .orElseThrow(() -> ApiProblem.notFound("strategy version", id + " v" + version));
    if (body.compareWithVersion() != null) {
      store
          .get(id, body.compareWithVersion())
          .orElseThrow(
              () -> ApiProblem.notFound("strategy version", id + " v" + body.compareWithVersion()));
    }
    return new BacktestCommand(
        id, version, body.compareWithVersion(), body.from(), body.to(), outcomeDays);
  }

  record VersionSummary(
      String strategyId,
      int version,
      String status,
      String format,
      String createdBy,
      java.time.Instant createdAt,
      java.time.Instant activatedAt) {
    static VersionSummary of(JdbcStrategies.StoredVersion v) {
      return new VersionSummary(
          v.strategyId(),
          v.version(),
          v.status(),
          v.format(),
          v.createdBy(),
          v.createdAt(),
          v.activatedAt());
    }
  }

  @PostMapping(
      consumes = {
        "application/yaml",
        "application/x-yaml",
        "text/yaml",
        "text/plain",
        "application/json"
      })
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Save a strategy version (the document's id and version). Every expression is parsed and type-checked "
              + "against the feature catalogue; a document that does not compile is refused with each problem's path, line, column and cause.")
  VersionSummary save(
      @RequestBody String document,
      @RequestHeader(value = "X-Actor", required = false) String actor) {
    if (document == null || document.isBlank()) {
      throw ApiProblem.badField("missing-field", "body", "the strategy document is empty");
    }
    return VersionSummary.of(
        strategies.save(document, actor == null || actor.isBlank() ? "api" : actor));
  }

  @GetMapping
  @Operation(
      summary =
          "Every stored version with its status, by strategy id then version, a page at a time (cursor and limit)")
  Page<VersionSummary> list(
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return Page.Request.of(cursor, limit)
        .pageOf(
            store.all().stream().map(VersionSummary::of).toList(),
            v -> v.strategyId() + "/" + String.format("%010d", v.version()),
            k -> k,
            false);
  }

  @GetMapping("/{id}/versions/{version}")
  @Operation(summary = "One version with its document as written")
  JdbcStrategies.StoredVersion get(@PathVariable String id, @PathVariable int version) {
    return store
        .get(id, version)
        .orElseThrow(() -> ApiProblem.notFound("strategy version", id + " v" + version));
  }

  @PostMapping("/{id}/versions/{version}/activate")
  @Operation(
      summary = "Make this version the active one (the previously active version is retired)")
  VersionSummary activate(@PathVariable String id, @PathVariable int version) {
    return VersionSummary.of(strategies.activate(id, version));
  }

  /**
   * One cut-off: a score below {@code below} gives {@code action} (REJECT or REVIEW) with a reason
   * code.
   */
  record CutoffBody(
      @Schema(
              requiredMode = REQUIRED,
              example = "560",
              description = "scores below this get the action; ascending across cut-offs")
          java.math.BigDecimal below,
      @Schema(requiredMode = REQUIRED, example = "REJECT", description = "REJECT or REVIEW")
          String action,
      @Schema(
              requiredMode = REQUIRED,
              example = "BCARD_LOW",
              maxLength = 64,
              description = "the reason code a decision gives")
          String reason,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "behaviour score below 560",
              maxLength = 256,
              description = "words for the reason code")
          String message) {}

  /** A card exported by the workbench and where it goes. */
  record PublishScorecardBody(
      @Schema(
              requiredMode = REQUIRED,
              type = "object",
              example = "{\"format\": \"creditloop-scorecard/1\", \"characteristics\": []}",
              description =
                  "the card as the workbench exports it (scorecard.json of `scorecard train` or `scorecard bcard`)")
          tools.jackson.databind.JsonNode card,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "1",
              description = "the version the new draft is based on; default: the active one")
          Integer baseVersion,
      @Schema(
              requiredMode = NOT_REQUIRED,
              example = "3",
              description =
                  "how many reason codes a decision gives, 0 to 20; default: " + "the step's")
          Integer reasonCodes,
      @Schema(
              requiredMode = NOT_REQUIRED,
              description =
                  "cut-offs replacing the step's, ascending; absent: the step keeps its own",
              example = "[{\"below\": 560, \"action\": \"REJECT\", \"reason\": \"BCARD_LOW\"}]")
          List<CutoffBody> cutoffs) {}

  record PublishedBody(
      VersionSummary version,
      int basedOn,
      String step,
      String cardName,
      String scaling,
      int characteristics) {}

  @PostMapping(value = "/{id}/scorecards/{step}", consumes = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Publish a scorecard trained by the workbench (its creditloop-scorecard/1 JSON, e.g. scorecard.json of "
              + "`scorecard train`) into scorecard step {step} of the strategy, as a new DRAFT version based on baseVersion (default: the "
              + "active one). Cut-offs given replace the step's, else the step keeps its own. Activate the new version after a backtest.")
  PublishedBody publishScorecard(
      @PathVariable String id,
      @PathVariable String step,
      @RequestBody PublishScorecardBody body,
      @RequestHeader(value = "X-Actor", required = false) String actor) {
    dev.creditloop.app.web.Fields f = dev.creditloop.app.web.Fields.check();
    f.required("card", body.card());
    f.that(body.card() == null || body.card().isObject(), "card", "must be the card's JSON object");
    f.that(
        body.reasonCodes() == null || (body.reasonCodes() >= 0 && body.reasonCodes() <= 20),
        "reasonCodes",
        "must be between 0 and 20");
    List<dev.creditloop.decisioning.scorecard.Cutoff> cutoffs = new java.util.ArrayList<>();
    List<CutoffBody> given = body.cutoffs() == null ? List.of() : body.cutoffs();
    for (int i = 0; i < given.size(); i++) {
      CutoffBody c = given.get(i);
      String at = "cutoffs[" + i + "]";
      if (c == null) {
        f.that(false, at, "must not be null");
        continue;
      }
      f.required(at + ".below", c.below());
      dev.creditloop.decisioning.rule.Action action =
          f.enumValue(at + ".action", c.action(), dev.creditloop.decisioning.rule.Action.class);
      f.that(
          action == null || action != dev.creditloop.decisioning.rule.Action.PASS,
          at + ".action",
          "must be REJECT or REVIEW");
      f.that(c.reason() != null && !c.reason().isBlank(), at + ".reason", "is required");
      if (i > 0
          && c.below() != null
          && given.get(i - 1) != null
          && given.get(i - 1).below() != null) {
        f.that(
            c.below().compareTo(given.get(i - 1).below()) > 0,
            at + ".below",
            "cut-offs must be in strictly ascending order");
      }
      if (c.below() != null && action != null) {
        cutoffs.add(
            new dev.creditloop.decisioning.scorecard.Cutoff(
                c.below().doubleValue(), action, c.reason(), c.message()));
      }
    }
    f.orThrow();
    Strategies.Published p =
        strategies.publishScorecard(
            id,
            body.baseVersion(),
            step,
            body.card().toString(),
            body.reasonCodes(),
            cutoffs,
            actor == null || actor.isBlank() ? "api" : actor);
    return new PublishedBody(
        VersionSummary.of(p.version()),
        p.basedOn(),
        step,
        p.cardName(),
        p.scaling(),
        p.characteristics());
  }
}
