package dev.creditloop.app.servicing.persistence;

import dev.creditloop.lending.close.CloseRuns;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The days' closes in {@code close_run}: STARTED when begun, COMPLETED when done. */
@Repository
public class JdbcCloseRuns implements CloseRuns {

  private static final Logger log = LoggerFactory.getLogger(JdbcCloseRuns.class);

  private final JdbcClient jdbc;

  JdbcCloseRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void begin(LocalDate day, Instant at) {
    // the update locks the day's row, if there is one, against a second close
    int claimed =
        jdbc.sql("update close_run set status = status where business_date = ?")
            .param(day)
            .update();
    if (claimed == 0) {
      jdbc.sql("insert into close_run (business_date, status, started_at) values (?, 'STARTED', ?)")
          .params(day, Timestamp.from(at))
          .update();
    } else {
      log.info("resuming the close of {}", day);
    }
  }

  @Override
  public void complete(LocalDate day, Instant at, long loansClosed) {
    jdbc.sql(
            "update close_run set status = 'COMPLETED', finished_at = ?, loans_processed = loans_processed + ? where business_date = ?")
        .params(Timestamp.from(at), loansClosed, day)
        .update();
  }
}
