package dev.creditloop.app.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The monthly behaviour score as a job, when {@code creditloop.scoring.cron} is set (e.g. {@code 0
 * 30 1 * * *}, 01:30 Asia/Shanghai every night, after the nightly close): scores the book as of the
 * latest closed month end unless that month is scored already, so a daily schedule scores each
 * month once, on the first night after its last day is closed. Off by default; {@code POST
 * /api/v1/scoring-runs} always works.
 */
@Configuration
@EnableScheduling
class MonthlyScoring {

  private static final Logger log = LoggerFactory.getLogger(MonthlyScoring.class);

  private final ScoringRuns runs;

  MonthlyScoring(ScoringRuns runs) {
    this.runs = runs;
  }

  @Scheduled(cron = "${creditloop.scoring.cron:-}", zone = "Asia/Shanghai")
  void scoreLatestMonthEnd() {
    runs.scoreLatestMonthEndIfDue(ScoringRuns.Progress.none())
        .ifPresent(
            run ->
                log.info(
                    "monthly scoring: run {} as of {} with {} v{}: {} customers, bands {}",
                    run.id(),
                    run.asOf(),
                    run.strategyId(),
                    run.strategyVersion(),
                    run.customers(),
                    run.bands()));
  }
}
