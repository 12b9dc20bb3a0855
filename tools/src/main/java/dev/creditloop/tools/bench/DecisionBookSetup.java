package dev.creditloop.tools.bench;

import dev.creditloop.app.bulk.persistence.BulkTable;
import dev.creditloop.app.servicing.BusinessClock;
import dev.creditloop.app.servicing.persistence.BusinessCalendar;
import dev.creditloop.app.servicing.persistence.Products;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.product.Product;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.Fees;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.TermUnit;
import dev.creditloop.tools.bulk.BulkLoadWindow;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the book for the end-to-end decision benchmark: N customers, each with a credit line (limit
 * 50,000.00) and a year of behaviour (grant, drawdowns requested and disbursed and repaid, logins,
 * GPS positions, about 25 events each) straight into the database, for the server to rebuild its
 * feature state from at start.
 *
 * <p>{@code java -jar app/target/creditloop.jar bench decisions-setup --customers 100000
 * --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/creditloop_http
 * --spring.datasource.username=postgres}
 */
@Component
public class DecisionBookSetup {

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final Products products;
  private final BusinessCalendar calendar;
  private final dev.creditloop.app.security.UserAdministration users;
  private final dev.creditloop.app.personal.PersonalDataCipher cipher;

  /**
   * The load generator's user: a machine client (INTEGRATION), as the lender's app backend would
   * be.
   */
  public static final String BENCH_USER = "bench";

  public static final String BENCH_PASSWORD = "bench-password";

  DecisionBookSetup(
      DataSource dataSource,
      JdbcClient jdbc,
      Products products,
      BusinessCalendar calendar,
      dev.creditloop.app.security.UserAdministration users,
      dev.creditloop.app.personal.PersonalDataCipher cipher) {
    this.cipher = cipher;
    this.users = users;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.products = products;
    this.calendar = calendar;
  }

  public void run(int customers) {
    if (jdbc.sql("select count(*) from customer").query(Long.class).single() > 0) {
      System.out.println(
          "bench decisions-setup: the database already holds customers; give an empty database");
      return;
    }
    LocalDate today = LocalDate.of(2026, 6, 15);
    calendar.startAt(today);
    users.create(
        BENCH_USER,
        BENCH_PASSWORD,
        List.of(dev.creditloop.app.security.Role.INTEGRATION),
        null,
        "Load generator",
        "bench");
    System.out.println(
        "bench decisions-setup: the load generator signs in as "
            + BENCH_USER
            + " / "
            + BENCH_PASSWORD);
    products.add(
        new Product(
            "CASH12",
            "Cash loan",
            RepaymentMethod.ANNUITY,
            TermUnit.MONTHS,
            new TreeSet<>(List.of(3, 6, 12)),
            Rate.of("0.18"),
            DayCountBasis.D360,
            Rate.of("0.36"),
            3,
            Fees.NONE,
            null,
            Rate.of("0.24")));
    Instant end = today.atStartOfDay(BusinessClock.ZONE).toInstant();
    Timestamp now = Timestamp.from(Instant.now());
    long started = System.nanoTime();
    long events = 0;
    long eventId = 0;
    boolean postgres = BulkLoadWindow.isPostgres(dataSource);
    // Keys and indexes lifted for the load and rebuilt after it, as the simulator's load does.
    BulkLoadWindow window =
        BulkLoadWindow.open(jdbc, List.of("customer", "credit_line", "behaviour_event"), postgres);
    SplittableRandom random = new SplittableRandom(11);
    try (var people =
            new dev.creditloop.tools.bulk.CustomerBulkRows(dataSource, cipher, Integer.MAX_VALUE);
        BulkTable lines =
            new BulkTable(
                dataSource,
                "credit_line",
                List.of(
                    "id",
                    "customer_id",
                    "product_code",
                    "limit_minor",
                    "outstanding_principal_minor",
                    "status",
                    "granted_on",
                    "expires_on",
                    "created_at"),
                Integer.MAX_VALUE);
        BulkTable history =
            new BulkTable(
                dataSource,
                "behaviour_event",
                List.of(
                    "id",
                    "event_type",
                    "customer_id",
                    "credit_line_id",
                    "device_id",
                    "occurred_at",
                    "amount_minor",
                    "latitude",
                    "longitude",
                    "received_at"),
                Integer.MAX_VALUE)) {
      for (int id = 1; id <= customers; id++) {
        int grantDaysAgo = 30 + random.nextInt(330);
        Instant granted = end.minusSeconds(grantDaysAgo * 86_400L);
        people.add(
            id,
            "Customer " + id,
            String.format("8%017d", id),
            String.format("137%08d", id % 100_000_000),
            now);
        lines.add(
            id,
            id,
            "CASH12",
            5_000_000L,
            0L,
            "ACTIVE",
            today.minusDays(grantDaysAgo),
            today.plusYears(2),
            now);
        String device = "dev-" + id;
        history.add(
            ++eventId,
            "CREDIT_GRANTED",
            id,
            id,
            null,
            Timestamp.from(granted),
            5_000_000L,
            null,
            null,
            now);
        events++;
        int draws = random.nextInt(8);
        for (int d = 0; d < draws; d++) {
          Instant at =
              granted.plusSeconds(3600L + random.nextLong((long) (grantDaysAgo - 1) * 86_400L));
          long amount = (5 + random.nextInt(100)) * 10_000L;
          history.add(
              ++eventId,
              "DRAWDOWN_REQUESTED",
              id,
              id,
              device,
              Timestamp.from(at),
              amount,
              null,
              null,
              now);
          history.add(
              ++eventId,
              "DRAWDOWN_DISBURSED",
              id,
              id,
              device,
              Timestamp.from(at.plusSeconds(2)),
              amount,
              null,
              null,
              now);
          events += 2;
        }
        int logins = 5 + random.nextInt(15);
        for (int l = 0; l < logins; l++) {
          Instant at = granted.plusSeconds(random.nextLong((long) grantDaysAgo * 86_400L));
          history.add(
              ++eventId, "LOGIN", id, null, device, Timestamp.from(at), null, null, null, now);
          history.add(
              ++eventId,
              "GPS_POSITION",
              id,
              null,
              device,
              Timestamp.from(at.plusSeconds(5)),
              null,
              31.2 + random.nextDouble() * 0.2,
              121.4 + random.nextDouble() * 0.2,
              now);
          events += 2;
        }
        if (id % 10_000 == 0 || id == customers) {
          people.flush();
          lines.flush();
          history.flush();
          System.out.printf("bench decisions-setup: %,d customers, %,d events%n", id, events);
        }
      }
    }
    System.out.printf(
        "bench decisions-setup: rebuilding %d keys and indexes, %d foreign keys%n",
        window.indexes(), window.foreignKeys());
    window.restoreInParallel(
        dataSource,
        Runtime.getRuntime().availableProcessors(),
        line -> System.out.println("bench decisions-setup: rebuilt " + line));
    if (postgres) {
      // Only the tables loaded here. An ANALYZE of the still empty ledger tables (loan,
      // installment,
      // journal) records them as empty, and the foreign-key checks that each connection plans once
      // then scan them: about 14 sequential scans of the loan table per drawdown (7 ms of
      // PostgreSQL CPU instead of about 1) until autovacuum analyzes them again.
      jdbc.sql("analyze customer, credit_line, behaviour_event").update();
    }
    jdbc.sql("select setval('credit_line_seq', ?)")
        .param((long) customers)
        .query(Long.class)
        .single();
    jdbc.sql("select setval('behaviour_event_seq', ?)")
        .param(eventId + 1000)
        .query(Long.class)
        .single();
    try {
      jdbc.sql("alter table customer alter column id restart with " + (customers + 1)).update();
    } catch (RuntimeException e) {
      // identity restart syntax differs; the benchmark never adds customers afterwards
    }
    System.out.printf(
        "bench decisions-setup: %,d customers and %,d events loaded in %,d ms; business date %s%n",
        customers, events, (System.nanoTime() - started) / 1_000_000, today);
  }
}
