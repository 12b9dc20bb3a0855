package dev.creditloop.app.customer;

import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.app.personal.PersonalField;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Customers in the database. ID number and phone are stored sealed ({@link PersonalDataCipher})
 * beside their blind index, which registration and lookups by ID number match on; a read opens
 * them.
 */
@Repository
public class Customers {

  private final RowMapper<Customer> row;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final PersonalDataCipher cipher;

  Customers(JdbcClient jdbc, Clock clock, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.cipher = cipher;
    this.row =
        (rs, n) ->
            new Customer(
                rs.getLong("id"),
                rs.getString("name"),
                cipher.decrypt(rs.getString("id_number_enc")),
                cipher.decrypt(rs.getString("phone_enc")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("agency"));
  }

  public Customer add(String name, String idNumber, String phone) {
    return add(name, idNumber, phone, null);
  }

  /** Registers a customer assigned to {@code agency} (null: none). */
  public Customer add(String name, String idNumber, String phone, String agency) {
    // the column keeps microseconds: answer what a later read will answer
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into customer (name, id_number_enc, id_number_idx, phone_enc, phone_idx, created_at, agency) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            name,
            cipher.encrypt(idNumber),
            cipher.index(PersonalField.ID_NUMBER, idNumber),
            cipher.encrypt(phone),
            cipher.index(PersonalField.PHONE, phone),
            Timestamp.from(now),
            agency)
        .update(keys, "id");
    return new Customer(keys.getKey().longValue(), name, idNumber, phone, now, agency);
  }

  /**
   * Assigns the customer to {@code agency} (null: to none); false when there is no such customer.
   */
  public boolean assignAgency(long id, String agency) {
    return jdbc.sql("update customer set agency = ? where id = ?").params(agency, id).update() == 1;
  }

  public Optional<Customer> find(long id) {
    return jdbc.sql("select * from customer where id = ?").param(id).query(row).optional();
  }

  /**
   * The customer with this ID number, found through its blind index (spaces, dashes and case do not
   * matter), under the current index key or, while an index rotation runs, the old one.
   */
  public Optional<Customer> findByIdNumber(String idNumber) {
    java.util.List<String> indexes = cipher.lookupIndexes(PersonalField.ID_NUMBER, idNumber);
    return jdbc.sql(
            "select * from customer where id_number_idx in ("
                + String.join(", ", java.util.Collections.nCopies(indexes.size(), "?"))
                + ")")
        .params(indexes.toArray())
        .query(row)
        .optional();
  }
}
