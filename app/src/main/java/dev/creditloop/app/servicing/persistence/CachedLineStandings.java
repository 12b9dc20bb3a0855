package dev.creditloop.app.servicing.persistence;

import dev.creditloop.lending.port.CreditLines;
import dev.creditloop.lending.port.Loans;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pre-check's copy of the book: every line with its customer's standing (written-off loan, days
 * past due over open loans), so that a pre-check reads nothing from the database. Everything else
 * (the drawdown's locked read, the saves) goes to {@link JdbcCreditLines}.
 *
 * <p>Kept exact by the writes that change it: the line and loan stores count each customer they
 * write on {@link BookChanges} when the transaction ends, and a copy taken before that count moved
 * is not used again. A line read while a write was ending is answered but not kept. The whole book
 * is read once when the server is ready (in the background; a line asked for before that is read
 * alone), up to {@code creditloop.cache.line-standings} lines (default 1,000,000, about 250 bytes a
 * line; 0 turns the copy off; past the bound the copy is dropped and refilled as asked).
 *
 * <p>Only this server's writes are counted: see docs/known-limits.md. A pre-check moves nothing,
 * and a drawdown always decides on the line it has locked.
 */
@Component
public class CachedLineStandings implements CreditLines {

  private static final Logger log = LoggerFactory.getLogger(CachedLineStandings.class);

  /** A copy of one line and its customer's standing, and the counts it was taken at. */
  private record Held(
      CreditLineSnapshot line, Loans.Standing standing, long epoch, long generation) {}

  private final JdbcCreditLines lines;
  private final BookChanges changes;
  private final JdbcClient jdbc;
  private final int maxLines;
  private final ConcurrentHashMap<Long, Held> held = new ConcurrentHashMap<>();

  CachedLineStandings(
      JdbcCreditLines lines,
      BookChanges changes,
      JdbcClient jdbc,
      @Value("${creditloop.cache.line-standings:1000000}") int maxLines) {
    this.lines = lines;
    this.changes = changes;
    this.jdbc = jdbc;
    this.maxLines = maxLines;
  }

  @Override
  public Optional<WithStanding> findWithStanding(long id) {
    Held h = held.get(id);
    if (h != null
        && h.epoch() == changes.epoch()
        && h.generation() == changes.generation(h.line().customerId())) {
      return Optional.of(new WithStanding(CreditLine.fromSnapshot(h.line()), h.standing()));
    }
    long mark = changes.mark();
    Optional<WithStanding> read = lines.findWithStanding(id);
    if (read.isPresent() && maxLines > 0) {
      CreditLineSnapshot line = read.get().line().snapshot();
      // taken after the read, kept only if no write ended since before it (BookChanges moves its
      // write count before the customer's counter, so a counter read here is never ahead of the
      // rows read)
      long generation = changes.generation(line.customerId());
      long epoch = changes.epoch();
      if (changes.unchangedSince(mark)) {
        if (held.size() >= maxLines) {
          held.clear();
        }
        held.put(id, new Held(line, read.get().standing(), epoch, generation));
      }
    }
    return read;
  }

  /** How many lines the copy holds (stale ones included until asked for). */
  public int size() {
    return held.size();
  }

  /**
   * Reads the whole book into the copy, once the server is ready (after the demo loader and any
   * other start-up writer). The counts are taken before the read: a write ending during it makes
   * its customer's copies stale.
   */
  @EventListener(ApplicationReadyEvent.class)
  void fillWhenReady() {
    if (maxLines <= 0) {
      return;
    }
    changes.everything();
    Thread filler = new Thread(this::fill, "line-standings-fill");
    filler.setDaemon(true);
    filler.start();
  }

  void fill() {
    long started = System.nanoTime();
    long epoch = changes.epoch();
    long[] generations = new long[BookChanges.STRIPES];
    for (int s = 0; s < generations.length; s++) {
      generations[s] = changes.stripeGeneration(s);
    }
    int[] filled = {0};
    try {
      jdbc.sql(
              "select l.*, w.written_off_loan, coalesce(d.current_dpd, 0) as current_dpd"
                  + " from credit_line l"
                  + " left join (select customer_id, min(id) as written_off_loan from loan"
                  + " where status = 'WRITTEN_OFF' group by customer_id) w on w.customer_id = l.customer_id"
                  + " left join (select customer_id, max(dpd) as current_dpd from loan"
                  + " where status in ('NORMAL', 'OVERDUE') group by customer_id) d"
                  + " on d.customer_id = l.customer_id"
                  + " order by l.id limit ?")
          .param(maxLines)
          .query(
              rs -> {
                WithStanding read = JdbcCreditLines.mapWithStanding(rs, 0);
                CreditLineSnapshot line = read.line().snapshot();
                held.putIfAbsent(
                    line.id(),
                    new Held(
                        line,
                        read.standing(),
                        epoch,
                        generations[BookChanges.stripe(line.customerId())]));
                filled[0]++;
              });
      log.info(
          "line standings: {} lines in memory in {} ms",
          filled[0],
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      // the copy fills as asked instead
      log.warn("line standings: could not read the book at start", e);
    }
  }

  @Override
  public long nextId() {
    return lines.nextId();
  }

  @Override
  public void insert(CreditLine line) {
    lines.insert(line);
  }

  @Override
  public Optional<CreditLine> find(long id) {
    return lines.find(id);
  }

  @Override
  public Optional<CreditLine> lock(long id) {
    return lines.lock(id);
  }

  @Override
  public Optional<WithStanding> lockWithStanding(long id) {
    return lines.lockWithStanding(id);
  }

  @Override
  public List<CreditLine> lockAllOfCustomer(long customerId) {
    return lines.lockAllOfCustomer(customerId);
  }

  @Override
  public void save(CreditLine line) {
    lines.save(line);
  }
}
