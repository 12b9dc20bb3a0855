package dev.creditloop.app.customer.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code customer}, personal fields sealed: the caller seals and opens them. */
@Repository
public class JdbcCustomers {

  private static final RowMapper<SealedCustomer> ROW =
      (rs, n) ->
          new SealedCustomer(
              rs.getLong("id"),
              rs.getString("name"),
              rs.getString("id_number_enc"),
              rs.getString("phone_enc"),
              rs.getTimestamp("created_at").toInstant(),
              rs.getString("agency"));

  private final JdbcClient jdbc;

  JdbcCustomers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A customer row as stored: ID number and phone sealed. */
  public record SealedCustomer(
      long id,
      String name,
      String idNumberSealed,
      String phoneSealed,
      Instant createdAt,
      String agency) {}

  /** Inserts a customer; answers its new id. */
  public long add(
      String name,
      String idNumberSealed,
      String idNumberIndex,
      String phoneSealed,
      String phoneIndex,
      Instant createdAt,
      String agency) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into customer (name, id_number_enc, id_number_idx, phone_enc, phone_idx, created_at, agency) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            name,
            idNumberSealed,
            idNumberIndex,
            phoneSealed,
            phoneIndex,
            Timestamp.from(createdAt),
            agency)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** False when there is no such customer. */
  public boolean assignAgency(long id, String agency) {
    return jdbc.sql("update customer set agency = ? where id = ?").params(agency, id).update() == 1;
  }

  /** The sealed ID number and phone of up to {@code limit} customers, lowest ids first. */
  public void eachSealedKeys(int limit, SealedKeysConsumer each) {
    jdbc.sql("select id, id_number_enc, phone_enc from customer order by id limit ?")
        .param(limit)
        .query(
            rs -> {
              each.accept(rs.getLong(1), rs.getString(2), rs.getString(3));
            });
  }

  /** Receives one customer's sealed keys. */
  @FunctionalInterface
  public interface SealedKeysConsumer {
    void accept(long id, String idNumberSealed, String phoneSealed);
  }

  public Optional<SealedCustomer> find(long id) {
    return jdbc.sql("select * from customer where id = ?").param(id).query(ROW).optional();
  }

  /** The customer whose ID number's blind index is one of {@code indexes}. */
  public Optional<SealedCustomer> findByIdNumberIndex(List<String> indexes) {
    return jdbc.sql(
            "select * from customer where id_number_idx in ("
                + String.join(", ", Collections.nCopies(indexes.size(), "?"))
                + ")")
        .params(indexes.toArray())
        .query(ROW)
        .optional();
  }
}
