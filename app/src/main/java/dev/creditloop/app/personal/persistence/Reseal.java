package dev.creditloop.app.personal.persistence;

import dev.creditloop.app.personal.PersonalDataCipher;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation: re-seals under the current key every stored personal value sealed under an older
 * one, a batch of rows per transaction, so a rotation over a large book neither holds one long
 * transaction nor starts over when interrupted (values already under the current key are left
 * alone). The blind index does not change.
 */
@Component
public class Reseal {

  private static final int BATCH = 1_000;

  /** What a rotation re-sealed. */
  public record Resealed(int currentKey, long customers, long listEntries) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final PersonalDataCipher cipher;

  Reseal(JdbcClient jdbc, TransactionTemplate tx, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.cipher = cipher;
  }

  public Resealed underCurrentKey() {
    long customers =
        reseal(
            "select id, id_number_enc, phone_enc from customer where id > ? order by id limit ?",
            "update customer set id_number_enc = ?, phone_enc = ? where id = ?");
    long entries =
        reseal(
            "select id, key_enc from list_entry where key_enc is not null and id > ? order by id limit ?",
            "update list_entry set key_enc = ? where id = ?");
    return new Resealed(cipher.currentKey(), customers, entries);
  }

  /**
   * Walks the rows {@code select} reads (the id, then sealed values) in id order; {@code update}
   * sets the values, then the id.
   */
  private long reseal(String select, String update) {
    long changed = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> batch =
          jdbc.sql(select)
              .params(after, BATCH)
              .query(
                  (rs, i) -> {
                    Object[] row = new Object[rs.getMetaData().getColumnCount()];
                    for (int c = 1; c < row.length; c++) {
                      row[c - 1] = rs.getString(c + 1);
                    }
                    row[row.length - 1] = rs.getLong(1);
                    return row;
                  })
              .list();
      if (batch.isEmpty()) {
        return changed;
      }
      after = (Long) batch.get(batch.size() - 1)[batch.get(0).length - 1];
      changed +=
          tx.execute(
              s -> {
                long n = 0;
                for (Object[] row : batch) {
                  boolean stale = false;
                  for (int c = 0; c < row.length - 1; c++) {
                    if (!cipher.underCurrentKey((String) row[c])) {
                      stale = true;
                      row[c] = again((String) row[c]);
                    }
                  }
                  if (stale) {
                    n += jdbc.sql(update).params(row).update();
                  }
                }
                return n;
              });
    }
  }

  private String again(String sealed) {
    return cipher.underCurrentKey(sealed) ? sealed : cipher.encrypt(cipher.decrypt(sealed));
  }
}
