package dev.creditloop.app.audit.persistence;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of an audited entity as they stand, each as a map from lower-case column label to a
 * JSON-ready value (timestamps as ISO instants). Only the entity kinds listed here, by their keys:
 * no SQL from outside.
 */
@Repository
public class JdbcAuditedRows {

  private final JdbcClient jdbc;

  JdbcAuditedRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The entity's rows; empty when it does not exist or is not a kind kept. */
  public List<Map<String, Object>> of(String entityType, String key) {
    return switch (entityType) {
      case "credit-line" -> rows("select * from credit_line where id = ?", asLong(key));
      case "loan" -> rows("select * from loan where id = ?", asLong(key));
      case "product" -> rows("select * from product where code = ?", key);
      case "customer" -> rows("select * from customer where id = ?", asLong(key));
      case "drawdown-review" -> rows("select * from drawdown_review where id = ?", asLong(key));
      case "list-entry" -> rows("select * from list_entry where id = ?", asLong(key));
      case "strategy" ->
          rows(
              "select strategy_id, version, status, created_by, activated_at from strategy_version "
                  + "where strategy_id = ? order by version",
              key);
      case "user" -> user(key);
      // never the secret's hash: who, what for, and its life
      case "api-token" ->
          rows(
              "select id, username, name, hint, created_at, expires_at, last_used_at, revoked_at, "
                  + "revoked_by from api_token where id = ?",
              asLong(key));
      case "approval" -> rows("select * from approval_request where id = ?", asLong(key));
      case "business-date" -> rows("select * from business_calendar where id = ?", 1);
      default -> List.of();
    };
  }

  private List<Map<String, Object>> user(String username) {
    List<Map<String, Object>> rows =
        rows(
            "select username, display_name, agency, enabled, failed_attempts, locked_until "
                + "from staff_user where username = ?",
            username);
    if (!rows.isEmpty()) {
      rows.get(0)
          .put(
              "roles",
              jdbc.sql("select role from staff_user_role where username = ? order by role")
                  .param(username)
                  .query(String.class)
                  .list());
    }
    return rows;
  }

  private List<Map<String, Object>> rows(String sql, Object key) {
    if (key == null) {
      return List.of();
    }
    return jdbc.sql(sql)
        .param(key)
        .query(
            (rs, n) -> {
              Map<String, Object> row = new LinkedHashMap<>();
              var meta = rs.getMetaData();
              for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                if (value instanceof Timestamp t) {
                  value = t.toInstant().toString();
                } else if (value != null
                    && !(value instanceof Number)
                    && !(value instanceof Boolean)
                    && !(value instanceof String)) {
                  value = value.toString();
                }
                row.put(meta.getColumnLabel(i).toLowerCase(), value);
              }
              return row;
            })
        .list();
  }

  private static Long asLong(String key) {
    try {
      return Long.valueOf(key);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
