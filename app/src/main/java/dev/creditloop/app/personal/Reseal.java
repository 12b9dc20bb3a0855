package dev.creditloop.app.personal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation: re-seals under the current key every stored personal value sealed under an older one, a batch of
 * rows per transaction, so a rotation over a large book neither holds one long transaction nor starts over when
 * interrupted (values already under the current key are left alone). The blind index does not change.
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
    long customers = 0;
    long entries = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<String[]> batch = jdbc.sql("select id, id_number_enc, phone_enc from customer where id > ? order by id limit ?")
          .params(after, BATCH).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
      if (batch.isEmpty()) {
        break;
      }
      after = Long.parseLong(batch.get(batch.size() - 1)[0]);
      customers += tx.execute(s -> {
        long n = 0;
        for (String[] row : batch) {
          if (!cipher.underCurrentKey(row[1]) || !cipher.underCurrentKey(row[2])) {
            n += jdbc.sql("update customer set id_number_enc = ?, phone_enc = ? where id = ?")
                .params(again(row[1]), again(row[2]), Long.parseLong(row[0])).update();
          }
        }
        return n;
      });
    }
    after = Long.MIN_VALUE;
    while (true) {
      long from = after;
      List<String[]> batch = jdbc.sql("select id, key_enc from list_entry where key_enc is not null and id > ? order by id limit ?")
          .params(from, BATCH).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
      if (batch.isEmpty()) {
        break;
      }
      after = Long.parseLong(batch.get(batch.size() - 1)[0]);
      entries += tx.execute(s -> {
        long n = 0;
        for (String[] row : batch) {
          if (!cipher.underCurrentKey(row[1])) {
            n += jdbc.sql("update list_entry set key_enc = ? where id = ? and key_enc = ?")
                .params(again(row[1]), Long.parseLong(row[0]), row[1]).update();
          }
        }
        return n;
      });
    }
    return new Resealed(cipher.currentKey(), customers, entries);
  }

  private String again(String sealed) {
    return cipher.underCurrentKey(sealed) ? sealed : cipher.encrypt(cipher.decrypt(sealed));
  }
}
