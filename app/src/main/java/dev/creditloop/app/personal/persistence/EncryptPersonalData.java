package dev.creditloop.app.personal.persistence;

import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.app.personal.PersonalField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 15: seals the ID numbers and phones stored in clear before V14, computes their
 * blind index, then drops the plaintext columns. A Spring bean (Spring Boot hands {@link
 * JavaMigration} beans to Flyway) so it seals with the configured keys; it runs once, in Flyway's
 * transaction, before the server takes a request. Not in {@code db.migration} with V17: Flyway
 * instantiates the classes it finds there itself, without the cipher this one needs.
 */
@Component
class EncryptPersonalData implements JavaMigration {

  private static final int BATCH = 500;

  private final PersonalDataCipher cipher;

  EncryptPersonalData(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("15");
  }

  @Override
  public String getDescription() {
    return "encrypt personal data";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    sealCustomers(c);
    sealListEntries(c);
    try (Statement s = c.createStatement()) {
      s.execute("alter table customer drop constraint customer_id_number_uq");
      s.execute("alter table customer drop column id_number");
      s.execute("alter table customer drop column phone");
      s.execute("alter table customer alter column id_number_enc set not null");
      s.execute("alter table customer alter column id_number_idx set not null");
      s.execute("alter table customer alter column phone_enc set not null");
      s.execute("alter table customer alter column phone_idx set not null");
    }
  }

  private void sealCustomers(Connection c) throws SQLException {
    walk(
        c,
        "select id, id_number, phone from customer where id > ? order by id limit " + BATCH,
        "update customer set id_number_enc = ?, id_number_idx = ?, phone_enc = ?, phone_idx = ? where id = ?",
        (rs, write) -> {
          String idNumber = rs.getString(2);
          String phone = rs.getString(3);
          write.setString(1, cipher.encrypt(idNumber));
          write.setString(2, cipher.index(PersonalField.ID_NUMBER, idNumber));
          write.setString(3, cipher.encrypt(phone));
          write.setString(4, cipher.index(PersonalField.PHONE, phone));
          write.setLong(5, rs.getLong(1));
        });
  }

  private void sealListEntries(Connection c) throws SQLException {
    walk(
        c,
        "select id, key_type, key_value from list_entry where key_type in ('ID_NUMBER', 'PHONE') and id > ? order by id limit "
            + BATCH,
        "update list_entry set key_enc = ?, key_value = ? where id = ?",
        (rs, write) -> {
          String value = rs.getString(3);
          write.setString(1, cipher.encrypt(value));
          write.setString(2, cipher.index(PersonalField.valueOf(rs.getString(2)), value));
          write.setLong(3, rs.getLong(1));
        });
  }

  /** Sets one row's update from the row read (its id first). */
  private interface RowUpdate {
    void set(ResultSet row, PreparedStatement write) throws SQLException;
  }

  /**
   * Reads the rows a batch at a time in id order (keyset paging: no offset scans) and writes each
   * batch's updates.
   */
  private static void walk(Connection c, String read, String update, RowUpdate each)
      throws SQLException {
    long after = Long.MIN_VALUE;
    try (PreparedStatement select = c.prepareStatement(read);
        PreparedStatement write = c.prepareStatement(update)) {
      int rows;
      do {
        rows = 0;
        select.setLong(1, after);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            rows++;
            after = rs.getLong(1);
            each.set(rs, write);
            write.addBatch();
          }
        }
        write.executeBatch();
      } while (rows == BATCH);
    }
  }
}
