package dev.creditloop.app.audit;

import dev.creditloop.app.audit.persistence.JdbcAuditedRows;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state of an audited entity as its rows hold it, as JSON: what the trail keeps as "before" and
 * "after" of a staff command. The rows come from {@link JdbcAuditedRows}, which lists the kinds
 * kept.
 */
@Component
class RowSnapshots {

  private final JdbcAuditedRows rows;
  private final JsonMapper json;

  RowSnapshots(JdbcAuditedRows rows, JsonMapper json) {
    this.rows = rows;
    this.json = json;
  }

  /** The entity's rows as JSON, or null when it does not exist or is not a kind kept. */
  String snapshot(String entityType, String key) {
    if (key == null) {
      return null;
    }
    List<Map<String, Object>> found = rows.of(entityType, key);
    if (found == null || found.isEmpty()) {
      return null;
    }
    return Redaction.apply(json.writeValueAsString(found.size() == 1 ? found.get(0) : found));
  }
}
