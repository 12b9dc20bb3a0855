package dev.creditloop.app.personal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.app.personal.PersonalField;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration of a book written before personal data was sealed: every value sealed and indexed,
 * no plaintext left.
 */
class EncryptPersonalDataTest {

  private final DriverManagerDataSource db =
      new DriverManagerDataSource(
          "jdbc:h2:mem:seal_"
              + System.nanoTime()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
          "sa",
          "");
  private final JdbcClient jdbc = JdbcClient.create(db);
  private final PersonalDataCipher cipher =
      new PersonalDataCipher(Map.of(1, bytes(32, 1)), 1, bytes(32, 2));

  private static byte[] bytes(int length, int fill) {
    byte[] b = new byte[length];
    java.util.Arrays.fill(b, (byte) fill);
    return b;
  }

  @Test
  void existingCustomersAndListEntriesAreSealedAndThePlaintextColumnsDropped() {
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .target("14")
        .load()
        .migrate();
    for (int i = 0; i < 1_203; i++) {
      // more than a batch, so the batching is walked through
      jdbc.sql(
              "insert into customer (name, id_number, phone, created_at) values (?, ?, ?, current_timestamp)")
          .params("Old " + i, String.format("1101011990%08d", i), String.format("139%08d", i))
          .update();
    }
    jdbc.sql(
            "insert into list_entry (list_type, key_type, key_value, reason, created_by, created_at)"
                + " values ('BLACK', 'PHONE', '13900000007', 'fraud', 't', current_timestamp),"
                + " ('GREY', 'ID_NUMBER', '110101199000000042', 'income', 't', current_timestamp),"
                + " ('BLACK', 'DEVICE', 'dev-1', 'emulator', 't', current_timestamp)")
        .update();

    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .javaMigrations(new EncryptPersonalData(cipher))
        .load()
        .migrate();

    List<String> columns =
        jdbc.sql("select column_name from information_schema.columns where table_name = 'customer'")
            .query(String.class)
            .list();
    assertThat(columns)
        .doesNotContain("id_number", "phone")
        .contains("id_number_enc", "id_number_idx", "phone_enc", "phone_idx");
    assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single())
        .isEqualTo(1_203);
    Map<String, Object> seventh =
        jdbc.sql("select * from customer where name = 'Old 7'").query().singleRow();
    assertThat(cipher.decrypt((String) seventh.get("id_number_enc")))
        .isEqualTo("110101199000000007");
    assertThat(cipher.decrypt((String) seventh.get("phone_enc"))).isEqualTo("13900000007");
    assertThat(seventh.get("id_number_idx"))
        .isEqualTo(cipher.index(PersonalField.ID_NUMBER, "110101199000000007"));
    assertThat(seventh.get("phone_idx"))
        .isEqualTo(cipher.index(PersonalField.PHONE, "13900000007"));
    assertThat(
            jdbc.sql(
                    "select count(*) from customer where id_number_enc like 'v1:%' and phone_enc like 'v1:%'")
                .query(Long.class)
                .single())
        .isEqualTo(1_203);

    Map<String, String> byType = new java.util.HashMap<>();
    jdbc.sql("select key_type, key_value, key_enc from list_entry")
        .query(
            rs -> {
              byType.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3));
            });
    assertThat(byType.get("PHONE"))
        .startsWith(cipher.index(PersonalField.PHONE, "13900000007") + "|v1:");
    assertThat(cipher.decrypt(byType.get("PHONE").split("\\|")[1])).isEqualTo("13900000007");
    assertThat(byType.get("ID_NUMBER"))
        .startsWith(cipher.index(PersonalField.ID_NUMBER, "110101199000000042") + "|v1:");
    assertThat(byType.get("DEVICE")).isEqualTo("dev-1|null");
  }

  @Test
  void aBookMigratedWhileTheMigrationLivedInThePersonalPackageStillValidates() {
    Flyway flyway =
        Flyway.configure()
            .dataSource(db)
            .locations("classpath:db/migration")
            .javaMigrations(new EncryptPersonalData(cipher))
            .load();
    flyway.migrate();
    String history = "update flyway_schema_history set script = ? where version = '15'";
    assertThat(
            jdbc.sql("select script from flyway_schema_history where version = '15'")
                .query(String.class)
                .single())
        .isEqualTo(EncryptPersonalData.class.getName());
    // the name a book migrated before the class moved to personal.persistence keeps in its history
    jdbc.sql(history).param("dev.creditloop.app.personal.EncryptPersonalData").update();

    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    assertThat(flyway.migrate().migrationsExecuted).isZero();
  }
}
