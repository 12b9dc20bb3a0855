package dev.creditloop.app.approval.persistence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A credit line's granted limit, which a limit change is measured against to be held or not. */
@Repository
public class JdbcGrantedLimits {

  private final JdbcClient jdbc;

  JdbcGrantedLimits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** In minor units; empty when there is no such line. */
  public Optional<Long> ofLine(long line) {
    return jdbc.sql("select limit_minor from credit_line where id = ?")
        .param(line)
        .query(Long.class)
        .optional();
  }
}
