package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the long texts written on the hot paths are compressed with LZ4 instead of the
 * default pglz: a drawdown's audit record carries its whole answer (the schedule, about 3.5 KB),
 * which PostgreSQL compresses when a row passes about 2 KB, and pglz was about 4 % of PostgreSQL's
 * CPU per drawdown. LZ4 compresses the same answer about three times faster (886 bytes stored
 * against pglz's 792). Only values written from now on change; reading either kind is transparent.
 *
 * <p>Java, not SQL: H2 has no compression per column (nothing changes there), and a PostgreSQL
 * built without LZ4 (it offers it as a {@code default_toast_compression} value when it has it)
 * keeps pglz.
 */
public class V21__Long_texts_compressed_with_lz4 extends BaseJavaMigration {

  /** The columns that take LZ4, as table.column. */
  static final List<String> COLUMNS =
      List.of(
          "audit_record.request",
          "audit_record.before_state",
          "audit_record.after_state",
          "decision_log.reasons",
          "decision_log.trace",
          "idempotency_record.response_body",
          "behaviour_event.attributes",
          "repayment.allocation",
          "score_history.inputs");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL") || !offersLz4(c)) {
      return;
    }
    try (Statement st = c.createStatement()) {
      for (String column : COLUMNS) {
        String[] parts = column.split("\\.");
        st.execute(
            "alter table " + parts[0] + " alter column " + parts[1] + " set compression lz4");
      }
    }
  }

  private static boolean offersLz4(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select 'lz4' = any(enumvals) from pg_settings"
                    + " where name = 'default_toast_compression'")) {
      return rs.next() && rs.getBoolean(1);
    }
  }
}
