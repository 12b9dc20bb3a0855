package dev.creditloop.app.scoring.web;

import dev.creditloop.app.scoring.ScoringRuns;
import dev.creditloop.app.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Scoring", description = "Batch scoring of every customer with a strategy's scorecard (the monthly behaviour score) and each customer's score history")
class ScoringController {

  private final ScoringRuns runs;
  private final JdbcClient jdbc;

  ScoringController(ScoringRuns runs, JdbcClient jdbc) {
    this.runs = runs;
    this.jdbc = jdbc;
  }

  record RunRequest(LocalDate asOf, String strategyId, Integer version, String step) {}

  @PostMapping("/scoring-runs")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Score every customer as of the close of a business day (default: the last closed day) with scorecard "
      + "step `step` (default bcard) of a strategy version (default: the active drawdown strategy). Runs to the end before it "
      + "answers; the scores appear together when the run is DONE. The same card and day twice is a 409.")
  ScoringRuns.Run run(@RequestBody(required = false) RunRequest body) {
    RunRequest r = body == null ? new RunRequest(null, null, null, null) : body;
    dev.creditloop.app.web.Fields f = dev.creditloop.app.web.Fields.check();
    f.that(r.version() == null || r.version() > 0, "version", "must be positive");
    f.that(r.strategyId() == null || !r.strategyId().isBlank(), "strategyId", "must not be blank");
    f.that(r.step() == null || !r.step().isBlank(), "step", "must not be blank");
    f.orThrow();
    return runs.run(new ScoringRuns.Request(r.asOf(), r.strategyId(), r.version(), r.step()), ScoringRuns.Progress.none());
  }

  @GetMapping("/scoring-runs")
  @Operation(summary = "Every scoring run, newest first, with its status, customer count, mean score and customers per cut-off band")
  List<ScoringRuns.Run> list() {
    return runs.list();
  }

  @GetMapping("/scoring-runs/{id}")
  @Operation(summary = "One scoring run")
  ScoringRuns.Run get(@PathVariable long id) {
    return runs.get(id).orElseThrow(() -> ApiProblem.notFound("scoring run", id));
  }

  @GetMapping("/customers/{id}/scores")
  @Operation(summary = "The customer's score history from finished runs, newest first: score, cut-off action and reason codes")
  List<ScoringRuns.CustomerScore> history(@PathVariable long id) {
    if (jdbc.sql("select count(*) from customer where id = ?").param(id).query(Long.class).single() == 0) {
      throw ApiProblem.notFound("customer", id);
    }
    return runs.history(id);
  }
}
