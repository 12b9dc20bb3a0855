package dev.creditloop.app.servicing.persistence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code UPDATE t SET ... FROM (VALUES (...), (...)) AS v(...)}: one statement per chunk of rows
 * instead of one per row, in the syntax PostgreSQL and H2 share. The first row's values carry
 * explicit casts so both databases type the VALUES columns, NULLs included.
 */
final class MultiRowUpdate {

  private static final int CHUNK = 500;

  private MultiRowUpdate() {}

  /** {@code sqlWithValuesSlot} contains one {@code %s} where the VALUES rows go. */
  static int run(
      JdbcTemplate template, String sqlWithValuesSlot, String[] sqlTypes, List<Object[]> rows) {
    int updated = 0;
    for (int from = 0; from < rows.size(); from += CHUNK) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
      StringBuilder values = new StringBuilder(chunk.size() * sqlTypes.length * 4);
      List<Object> params = new ArrayList<>(chunk.size() * sqlTypes.length);
      for (int r = 0; r < chunk.size(); r++) {
        values.append(r == 0 ? "(" : ", (");
        for (int c = 0; c < sqlTypes.length; c++) {
          if (c > 0) {
            values.append(", ");
          }
          values.append(r == 0 ? "cast(? as " + sqlTypes[c] + ")" : "?");
          params.add(chunk.get(r)[c]);
        }
        values.append(')');
      }
      updated += template.update(sqlWithValuesSlot.formatted(values), params.toArray());
    }
    return updated;
  }
}
