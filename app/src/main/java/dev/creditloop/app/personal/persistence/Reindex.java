package dev.creditloop.app.personal.persistence;

import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.app.personal.PersonalField;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Index-key rotation: recomputes, under the current index key, every stored blind index — the
 * customers' ID numbers and phones and the ID-number and phone list entries — from the sealed
 * values, a batch of rows per transaction. A row already under the current key is left alone, so an
 * interrupted rotation is simply run again and a second run changes nothing. Lookups match under
 * every configured index key meanwhile ({@link PersonalDataCipher#lookupIndexes}), so a customer
 * and a list entry are found before, during and after.
 */
@Component
public class Reindex {

  private static final int BATCH = 1_000;

  /** What a rotation recomputed. */
  public record Reindexed(int indexKey, long customers, long listEntries) {}

  private record CustomerRow(
      long id, String idNumber, String idIndex, String phone, String phoneIndex) {}

  private record EntryRow(long id, PersonalField field, String sealed, String index) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final PersonalDataCipher cipher;

  Reindex(JdbcClient jdbc, TransactionTemplate tx, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.cipher = cipher;
  }

  public Reindexed underCurrentKey() {
    return new Reindexed(cipher.currentIndexKey(), customers(), listEntries());
  }

  private long customers() {
    long changed = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<CustomerRow> batch =
          jdbc.sql(
                  "select id, id_number_enc, id_number_idx, phone_enc, phone_idx from customer "
                      + "where id > ? order by id limit ?")
              .params(after, BATCH)
              .query(
                  (rs, n) ->
                      new CustomerRow(
                          rs.getLong(1),
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5)))
              .list();
      if (batch.isEmpty()) {
        return changed;
      }
      after = batch.get(batch.size() - 1).id();
      changed +=
          tx.execute(
              s -> {
                long n = 0;
                for (CustomerRow row : batch) {
                  String idIndex =
                      cipher.index(PersonalField.ID_NUMBER, cipher.decrypt(row.idNumber()));
                  String phoneIndex =
                      cipher.index(PersonalField.PHONE, cipher.decrypt(row.phone()));
                  if (!idIndex.equals(row.idIndex()) || !phoneIndex.equals(row.phoneIndex())) {
                    n +=
                        jdbc.sql(
                                "update customer set id_number_idx = ?, phone_idx = ? where id = ?")
                            .params(idIndex, phoneIndex, row.id())
                            .update();
                  }
                }
                return n;
              });
    }
  }

  private long listEntries() {
    long changed = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<EntryRow> batch =
          jdbc.sql(
                  "select id, key_type, key_enc, key_value from list_entry "
                      + "where key_type in ('ID_NUMBER', 'PHONE') and key_enc is not null and id > ? "
                      + "order by id limit ?")
              .params(after, BATCH)
              .query(
                  (rs, n) ->
                      new EntryRow(
                          rs.getLong(1),
                          PersonalField.valueOf(rs.getString(2)),
                          rs.getString(3),
                          rs.getString(4)))
              .list();
      if (batch.isEmpty()) {
        return changed;
      }
      after = batch.get(batch.size() - 1).id();
      changed +=
          tx.execute(
              s -> {
                long n = 0;
                for (EntryRow row : batch) {
                  String index = cipher.index(row.field(), cipher.decrypt(row.sealed()));
                  if (!Objects.equals(index, row.index())) {
                    n +=
                        jdbc.sql("update list_entry set key_value = ? where id = ?")
                            .params(index, row.id())
                            .update();
                  }
                }
                return n;
              });
    }
  }
}
