package dev.creditloop.app.decisioning.web;

import dev.creditloop.app.decisioning.BacktestRuns;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.lending.backtest.BacktestCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/backtests")
@Tag(
    name = "Strategies",
    description =
        "Versioned strategy documents (YAML or JSON): type-checked when saved, then activated")
class BacktestController {

  private final BacktestRuns runs;

  BacktestController(BacktestRuns runs) {
    this.runs = runs;
  }

  /**
   * A background backtest: what it replays, where it is (requests replayed of all; 0 of 0 while it
   * reads them), and its report once DONE, as the synchronous backtest answers it.
   */
  record RunView(
      long id,
      String strategyId,
      int version,
      Integer compareWithVersion,
      LocalDate from,
      LocalDate to,
      int outcomeDays,
      String startedBy,
      String status,
      long done,
      long total,
      Instant queuedAt,
      Instant finishedAt,
      Map<String, Object> result,
      String failure) {

    static RunView of(BacktestRuns.Run run) {
      BacktestCommand c = run.command();
      return new RunView(
          run.id(),
          c.strategyId(),
          c.version(),
          c.compareWithVersion(),
          c.from(),
          c.to(),
          c.outcomeDays(),
          run.startedBy(),
          run.status().name(),
          run.done(),
          run.total(),
          run.queuedAt(),
          run.finishedAt(),
          run.outcome() == null ? null : BacktestView.of(run.outcome()),
          run.failure());
    }
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "A backtest started in the background: status (QUEUED, RUNNING, DONE, FAILED), requests replayed "
              + "(done of total), and the result once DONE. Kept in memory: a restart forgets runs.")
  RunView get(@PathVariable long id) {
    return RunView.of(runs.get(id).orElseThrow(() -> ApiProblem.notFound("backtest", id)));
  }
}
