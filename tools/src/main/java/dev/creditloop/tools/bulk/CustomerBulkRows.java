package dev.creditloop.tools.bulk;

import dev.creditloop.app.bulk.persistence.BulkTable;
import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.app.personal.PersonalField;
import java.util.List;
import javax.sql.DataSource;

/**
 * Customers written in bulk (simulator, demo, benchmarks) the way {@link
 * dev.creditloop.app.customer.Customers#add} writes one: ID number and phone sealed and indexed,
 * never in clear. AES-GCM and HMAC cost microseconds a customer.
 */
public final class CustomerBulkRows implements AutoCloseable {

  private final BulkTable rows;
  private final PersonalDataCipher cipher;

  public CustomerBulkRows(DataSource dataSource, PersonalDataCipher cipher, int flushRows) {
    this.rows =
        new BulkTable(
            dataSource,
            "customer",
            List.of(
                "id",
                "name",
                "id_number_enc",
                "id_number_idx",
                "phone_enc",
                "phone_idx",
                "created_at"),
            flushRows);
    this.cipher = cipher;
  }

  public void add(long id, String name, String idNumber, String phone, Object createdAt) {
    rows.add(
        id,
        name,
        cipher.encrypt(idNumber),
        cipher.index(PersonalField.ID_NUMBER, idNumber),
        cipher.encrypt(phone),
        cipher.index(PersonalField.PHONE, phone),
        createdAt);
  }

  /** Writes the rows added so far (before rows of other tables that refer to them). */
  public void flush() {
    rows.flush();
  }

  @Override
  public void close() {
    rows.close();
  }
}
