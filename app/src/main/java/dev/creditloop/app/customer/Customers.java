package dev.creditloop.app.customer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Customers in the database. */
@Repository
public class Customers {

  private static final RowMapper<Customer> ROW = (rs, n) -> new Customer(
      rs.getLong("id"), rs.getString("name"), rs.getString("id_number"), rs.getString("phone"),
      rs.getTimestamp("created_at").toInstant(), rs.getString("agency"));

  private final JdbcClient jdbc;
  private final Clock clock;

  Customers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Customer add(String name, String idNumber, String phone) {
    return add(name, idNumber, phone, null);
  }

  /** Registers a customer assigned to {@code agency} (null: none). */
  public Customer add(String name, String idNumber, String phone, String agency) {
    // the column keeps microseconds: answer what a later read will answer
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into customer (name, id_number, phone, created_at, agency) values (?, ?, ?, ?, ?)")
        .params(name, idNumber, phone, Timestamp.from(now), agency)
        .update(keys, "id");
    return new Customer(keys.getKey().longValue(), name, idNumber, phone, now, agency);
  }

  /** Assigns the customer to {@code agency} (null: to none); false when there is no such customer. */
  public boolean assignAgency(long id, String agency) {
    return jdbc.sql("update customer set agency = ? where id = ?").params(agency, id).update() == 1;
  }

  public Optional<Customer> find(long id) {
    return jdbc.sql("select * from customer where id = ?").param(id).query(ROW).optional();
  }

  public Optional<Customer> findByIdNumber(String idNumber) {
    return jdbc.sql("select * from customer where id_number = ?").param(idNumber).query(ROW).optional();
  }
}
