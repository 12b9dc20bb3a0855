package dev.creditloop.app.servicing.persistence;

import dev.creditloop.app.scope.DataScope;
import dev.creditloop.kernel.Money;
import dev.creditloop.lending.drawdown.DrawdownReviews;
import dev.creditloop.lending.drawdown.Review;
import dev.creditloop.servicing.schedule.Term;
import dev.creditloop.servicing.schedule.TermUnit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The manual-review queue of drawdowns, in table {@code drawdown_review}. */
@Repository
public class JdbcDrawdownReviews implements DrawdownReviews {

  private final JdbcClient jdbc;

  JdbcDrawdownReviews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long park(Review pending) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into drawdown_review (credit_line_id, customer_id, amount_minor, term_count, term_unit, decision_id, status,"
                + " requested_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?)")
        .params(
            pending.creditLineId(),
            pending.customerId(),
            pending.amount().minor(),
            pending.term().count(),
            pending.term().unit().name(),
            pending.decisionId(),
            Timestamp.from(pending.requestedAt()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  @Override
  public Optional<Review> find(long id) {
    return jdbc.sql("select * from drawdown_review where id = ?")
        .param(id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  @Override
  public Optional<Review> lock(long id) {
    return jdbc.sql("select * from drawdown_review where id = ? for update")
        .param(id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  @Override
  public void approved(long id, String reviewer, String note, long loanId, Instant at) {
    jdbc.sql(
            "update drawdown_review set status = 'APPROVED', reviewed_at = ?, reviewed_by = ?, review_note = ?, loan_id = ? where id = ?")
        .params(Timestamp.from(at), reviewer, note, loanId, id)
        .update();
  }

  @Override
  public void rejected(long id, String reviewer, String note, Instant at) {
    jdbc.sql(
            "update drawdown_review set status = 'REJECTED', reviewed_at = ?, reviewed_by = ?, review_note = ? where id = ?")
        .params(Timestamp.from(at), reviewer, note, id)
        .update();
  }

  /**
   * The queue oldest first (status null: every status; agency null: every customer's), with ids
   * above {@code afterId} (null: from the oldest).
   */
  public List<Review> list(Review.Status status, String agency, Long afterId, int limit) {
    StringBuilder sql = new StringBuilder("select * from drawdown_review where id > ?");
    List<Object> params = new ArrayList<>(List.of(afterId == null ? 0L : afterId));
    if (status != null) {
      sql.append(" and status = ?");
      params.add(status.name());
    }
    if (agency != null) {
      sql.append(" and ").append(DataScope.CUSTOMER_OF_AGENCY);
      params.add(agency);
    }
    params.add(limit);
    return jdbc.sql(sql.append(" order by id limit ?").toString())
        .params(params)
        .query((rs, n) -> map(rs))
        .list();
  }

  private static Review map(ResultSet rs) throws SQLException {
    long decision = rs.getLong("decision_id");
    Long decisionId = rs.wasNull() ? null : decision;
    long loan = rs.getLong("loan_id");
    Long loanId = rs.wasNull() ? null : loan;
    Timestamp reviewed = rs.getTimestamp("reviewed_at");
    return new Review(
        rs.getLong("id"),
        rs.getLong("credit_line_id"),
        rs.getLong("customer_id"),
        Money.ofMinor(rs.getLong("amount_minor")),
        new Term(rs.getInt("term_count"), TermUnit.valueOf(rs.getString("term_unit"))),
        decisionId,
        Review.Status.valueOf(rs.getString("status")),
        rs.getTimestamp("requested_at").toInstant(),
        reviewed == null ? null : reviewed.toInstant(),
        rs.getString("reviewed_by"),
        rs.getString("review_note"),
        loanId);
  }
}
