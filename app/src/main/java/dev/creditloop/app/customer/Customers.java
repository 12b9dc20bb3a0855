package dev.creditloop.app.customer;

import dev.creditloop.app.customer.persistence.JdbcCustomers;
import dev.creditloop.app.customer.persistence.JdbcCustomers.SealedCustomer;
import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.app.personal.PersonalField;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Customers. ID number and phone are stored sealed ({@link PersonalDataCipher}) beside their blind
 * index, which registration and lookups by ID number match on; a read opens them.
 */
@Component
public class Customers implements dev.creditloop.lending.port.Customers {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Customers.class);

  private final JdbcCustomers rows;
  private final Clock clock;
  private final PersonalDataCipher cipher;

  /**
   * What the decision's list screen needs of a customer: their ID number and phone, opened. Neither
   * changes once registered (no command edits them; a key rotation re-seals the same values), so
   * they are kept in memory once read, up to {@code creditloop.cache.customer-keys} customers (then
   * all are dropped and read again as asked for). A command that ever edits them must drop the
   * customer's entry from {@code keys}.
   */
  public record ListKeys(String idNumber, String phone) {}

  private final java.util.concurrent.ConcurrentHashMap<Long, ListKeys> keys =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final int maxKeys;

  Customers(
      JdbcCustomers rows,
      Clock clock,
      PersonalDataCipher cipher,
      @org.springframework.beans.factory.annotation.Value(
              "${creditloop.cache.customer-keys:200000}")
          int maxKeys) {
    this.rows = rows;
    this.clock = clock;
    this.cipher = cipher;
    this.maxKeys = maxKeys;
  }

  /** The customer's ID number and phone, from memory after the first read; empty: no customer. */
  public Optional<ListKeys> listKeys(long id) {
    ListKeys known = keys.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<ListKeys> read = find(id).map(c -> new ListKeys(c.idNumber(), c.phone()));
    if (read.isPresent() && maxKeys > 0) {
      if (keys.size() >= maxKeys) {
        keys.clear();
      }
      keys.put(id, read.get());
    }
    return read;
  }

  /**
   * Opens the ID numbers and phones of the first customers (up to three quarters of {@code
   * creditloop.cache.customer-keys}, leaving room for new ones before the bound drops the copy) in
   * the background once the server is ready, so that the first decision on a customer does not read
   * the customer. A customer asked for meanwhile is read alone, as always.
   */
  @org.springframework.context.event.EventListener(
      org.springframework.boot.context.event.ApplicationReadyEvent.class)
  void openKeysWhenReady() {
    int limit = maxKeys / 4 * 3;
    if (limit <= 0) {
      return;
    }
    Thread opener =
        new Thread(
            () -> {
              long started = System.nanoTime();
              int[] opened = {0};
              try {
                rows.eachSealedKeys(
                    limit,
                    (id, idNumber, phone) -> {
                      keys.putIfAbsent(
                          id, new ListKeys(cipher.decrypt(idNumber), cipher.decrypt(phone)));
                      opened[0]++;
                    });
                log.info(
                    "customer keys: {} customers' ID numbers and phones in memory in {} ms",
                    opened[0],
                    (System.nanoTime() - started) / 1_000_000);
              } catch (RuntimeException e) {
                log.warn("customer keys: could not open them at start", e);
              }
            },
            "customer-keys-open");
    opener.setDaemon(true);
    opener.start();
  }

  public Customer add(String name, String idNumber, String phone) {
    return add(name, idNumber, phone, null);
  }

  /** Registers a customer assigned to {@code agency} (null: none). */
  public Customer add(String name, String idNumber, String phone, String agency) {
    // the column keeps microseconds: answer what a later read will answer
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long id =
        rows.add(
            name,
            cipher.encrypt(idNumber),
            cipher.index(PersonalField.ID_NUMBER, idNumber),
            cipher.encrypt(phone),
            cipher.index(PersonalField.PHONE, phone),
            now,
            agency);
    return new Customer(id, name, idNumber, phone, now, agency);
  }

  /**
   * Assigns the customer to {@code agency} (null: to none); false when there is no such customer.
   */
  public boolean assignAgency(long id, String agency) {
    return rows.assignAgency(id, agency);
  }

  public Optional<Customer> find(long id) {
    return rows.find(id).map(this::open);
  }

  /** Whether a customer with this id is registered. */
  @Override
  public boolean exists(long id) {
    return find(id).isPresent();
  }

  /**
   * The customer with this ID number, found through its blind index (spaces, dashes and case do not
   * matter), under the current index key or, while an index rotation runs, the old one.
   */
  public Optional<Customer> findByIdNumber(String idNumber) {
    List<String> indexes = cipher.lookupIndexes(PersonalField.ID_NUMBER, idNumber);
    return rows.findByIdNumberIndex(indexes).map(this::open);
  }

  private Customer open(SealedCustomer row) {
    return new Customer(
        row.id(),
        row.name(),
        cipher.decrypt(row.idNumberSealed()),
        cipher.decrypt(row.phoneSealed()),
        row.createdAt(),
        row.agency());
  }
}
