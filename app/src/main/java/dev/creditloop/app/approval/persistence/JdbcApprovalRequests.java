package dev.creditloop.app.approval.persistence;

import dev.creditloop.app.approval.Approval;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code approval_request}. A decision is taken once: {@link #claim} moves a pending
 * request to {@code EXECUTING} with a conditional update, so of two checkers only one wins.
 */
@Repository
public class JdbcApprovalRequests {

  private static final RowMapper<Approval> ROW =
      (rs, n) -> {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Approval(
            rs.getLong("id"),
            rs.getString("operation"),
            rs.getString("kind"),
            rs.getString("method"),
            rs.getString("path"),
            rs.getString("content_type"),
            rs.getString("body"),
            rs.getString("summary"),
            rs.getString("requested_by"),
            rs.getTimestamp("requested_at").toInstant(),
            rs.getString("status"),
            rs.getString("decided_by"),
            decided == null ? null : decided.toInstant(),
            rs.getString("note"),
            (Integer) rs.getObject("result_status", Integer.class),
            rs.getString("result_body"));
      };

  private final JdbcClient jdbc;

  JdbcApprovalRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a pending request; answers its id. */
  public long add(
      String operation,
      String kind,
      String method,
      String path,
      String contentType,
      String body,
      String summary,
      String requestedBy,
      Instant requestedAt) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into approval_request (operation, kind, method, path, content_type, body, summary, requested_by, requested_at, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
        .params(
            operation,
            kind,
            method,
            path,
            contentType,
            body,
            summary,
            requestedBy,
            Timestamp.from(requestedAt))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<Approval> find(long id) {
    return jdbc.sql("select * from approval_request where id = ?").param(id).query(ROW).optional();
  }

  /** Newest first; every condition that is null is left out. */
  public List<Approval> page(String status, String requestedBy, Long beforeId, int limit) {
    StringBuilder sql = new StringBuilder("select * from approval_request where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (status != null) {
      sql.append(" and status = ?");
      params.add(status);
    }
    if (requestedBy != null) {
      sql.append(" and requested_by = ?");
      params.add(requestedBy);
    }
    if (beforeId != null) {
      sql.append(" and id < ?");
      params.add(beforeId);
    }
    sql.append(" order by id desc limit ").append(limit);
    return jdbc.sql(sql.toString()).params(params).query(ROW).list();
  }

  /** Moves a pending request to {@code EXECUTING}; false when it is no longer pending. */
  public boolean claim(long id) {
    return jdbc.sql(
                "update approval_request set status = 'EXECUTING' where id = ? and status = 'PENDING'")
            .param(id)
            .update()
        == 1;
  }

  public void decide(
      long id,
      String status,
      String by,
      Instant at,
      String note,
      Integer resultStatus,
      String resultBody) {
    jdbc.sql(
            """
        update approval_request set status = ?, decided_by = ?, decided_at = ?, note = ?, result_status = ?, result_body = ?
        where id = ?""")
        .params(status, by, Timestamp.from(at), note, resultStatus, resultBody, id)
        .update();
  }
}
