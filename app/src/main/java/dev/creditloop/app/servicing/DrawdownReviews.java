package dev.creditloop.app.servicing;

import dev.creditloop.app.scope.DataScope;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.JdbcCreditLines;
import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.app.servicing.web.LoanView;
import dev.creditloop.app.web.ApiProblem;
import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.product.Product;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The manual review queue: drawdowns the strategy sent to a person. Approving disburses (if the
 * line still allows it on the business date); rejecting closes the request. Each action is recorded
 * with who and when.
 */
@Service
public class DrawdownReviews {

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final JdbcCreditLines lines;
  private final Products products;
  private final BusinessCalendar calendar;
  private final BusinessClock businessClock;
  private final ObjectProvider<Drawdowns> drawdowns;
  private final Clock clock;

  DrawdownReviews(
      JdbcClient jdbc,
      TransactionTemplate tx,
      JdbcCreditLines lines,
      Products products,
      BusinessCalendar calendar,
      BusinessClock businessClock,
      ObjectProvider<Drawdowns> drawdowns,
      Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.lines = lines;
    this.products = products;
    this.calendar = calendar;
    this.businessClock = businessClock;
    this.drawdowns = drawdowns;
    this.clock = clock;
  }

  /** One parked drawdown. */
  public record Review(
      long id,
      long creditLineId,
      long customerId,
      String amount,
      int term,
      String termUnit,
      Long decisionId,
      String status,
      Instant requestedAt,
      Instant reviewedAt,
      String reviewedBy,
      String reviewNote,
      Long loanId) {}

  long park(CreditLine line, Drawdowns.Request request, DrawdownGate.Verdict verdict, Instant at) {
    Product product = products.find(line.productCode()).orElseThrow();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into drawdown_review (credit_line_id, customer_id, amount_minor, term_count, term_unit, decision_id, status,"
                + " requested_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?)")
        .params(
            line.id(),
            line.customerId(),
            request.amount().minor(),
            request.term(),
            product.termUnit().name(),
            verdict.decisionId(),
            Timestamp.from(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * The queue oldest first (status null: every status; agency null: every customer's), with ids
   * above {@code afterId} (null: from the oldest).
   */
  public List<Review> list(String status, String agency, Long afterId, int limit) {
    StringBuilder sql = new StringBuilder("select * from drawdown_review where id > ?");
    List<Object> params = new java.util.ArrayList<>(List.of(afterId == null ? 0L : afterId));
    if (status != null) {
      sql.append(" and status = ?");
      params.add(status);
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

  public Review get(long id) {
    return find(id);
  }

  /** Approves and disburses; answers the new loan. */
  public LoanView approve(long id, String reviewer, String note) {
    return tx.execute(
        s -> {
          Review r = lockPending(id);
          CreditLine line = lines.lock(r.creditLineId()).orElseThrow();
          Product product = products.find(line.productCode()).orElseThrow();
          LocalDate today = calendar.today();
          LoanView loan =
              drawdowns
                  .getObject()
                  .disburse(
                      line,
                      product,
                      Money.of(r.amount()),
                      r.term(),
                      today,
                      businessClock.at(today));
          jdbc.sql(
                  "update drawdown_review set status = 'APPROVED', reviewed_at = ?, reviewed_by = ?, review_note = ?, loan_id = ? where id = ?")
              .params(Timestamp.from(clock.instant()), reviewer, note, loan.id(), id)
              .update();
          return loan;
        });
  }

  public Review reject(long id, String reviewer, String note) {
    return tx.execute(
        s -> {
          lockPending(id);
          jdbc.sql(
                  "update drawdown_review set status = 'REJECTED', reviewed_at = ?, reviewed_by = ?, review_note = ? where id = ?")
              .params(Timestamp.from(clock.instant()), reviewer, note, id)
              .update();
          return find(id);
        });
  }

  private Review lockPending(long id) {
    Review r =
        jdbc.sql("select * from drawdown_review where id = ? for update")
            .param(id)
            .query((rs, n) -> map(rs))
            .optional()
            .orElseThrow(() -> ApiProblem.notFound("review", id));
    if (!r.status().equals("PENDING")) {
      throw ApiProblem.conflict("review-already-decided", "review " + id + " is " + r.status());
    }
    return r;
  }

  private Review find(long id) {
    return jdbc.sql("select * from drawdown_review where id = ?")
        .param(id)
        .query((rs, n) -> map(rs))
        .optional()
        .orElseThrow(() -> ApiProblem.notFound("review", id));
  }

  private static Review map(java.sql.ResultSet rs) throws java.sql.SQLException {
    long decision = rs.getLong("decision_id");
    Long decisionId = rs.wasNull() ? null : decision;
    long loan = rs.getLong("loan_id");
    Long loanId = rs.wasNull() ? null : loan;
    Timestamp reviewed = rs.getTimestamp("reviewed_at");
    return new Review(
        rs.getLong("id"),
        rs.getLong("credit_line_id"),
        rs.getLong("customer_id"),
        Money.ofMinor(rs.getLong("amount_minor")).toPlainString(),
        rs.getInt("term_count"),
        rs.getString("term_unit"),
        decisionId,
        rs.getString("status"),
        rs.getTimestamp("requested_at").toInstant(),
        reviewed == null ? null : reviewed.toInstant(),
        rs.getString("reviewed_by"),
        rs.getString("review_note"),
        loanId);
  }
}
