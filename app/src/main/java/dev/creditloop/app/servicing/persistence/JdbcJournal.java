package dev.creditloop.app.servicing.persistence;

import dev.creditloop.app.bulk.persistence.BulkTable;
import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.journal.Account;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.journal.JournalLine;
import dev.creditloop.servicing.journal.JournalPostings;
import dev.creditloop.servicing.journal.Side;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The double-entry journal. Entry ids come from a sequence in blocks of 1,000 (hi/lo), so a batch
 * of entries is written with two multi-row inserts and no round trip per entry.
 */
@Repository
public class JdbcJournal implements JournalPostings {

  private static final int BLOCK = 1000;

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final Clock clock;
  private long nextId;
  private long blockEnd;

  JdbcJournal(JdbcClient jdbc, DataSource dataSource, Clock clock) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public void postAll(List<JournalEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    // Heads must reach the database before their lines (foreign key): flush both together, heads
    // first.
    try (BulkTable heads =
            new BulkTable(
                dataSource,
                "journal_entry",
                List.of("id", "kind", "loan_id", "posted_on", "created_at"),
                Integer.MAX_VALUE);
        BulkTable lines =
            new BulkTable(
                dataSource,
                "journal_line",
                List.of("entry_id", "line_no", "account", "debit_minor", "credit_minor"),
                Integer.MAX_VALUE)) {
      int inChunk = 0;
      for (JournalEntry e : entries) {
        if (++inChunk == 5000) {
          heads.flush();
          lines.flush();
          inChunk = 0;
        }
        long id = nextId();
        heads.add(id, e.kind().name(), e.loanId(), e.postedOn(), now);
        int n = 0;
        for (JournalLine l : e.lines()) {
          long debit = l.side() == Side.DEBIT ? l.amount().minor() : 0;
          long credit = l.side() == Side.CREDIT ? l.amount().minor() : 0;
          lines.add(id, ++n, l.account().name(), debit, credit);
        }
      }
      heads.flush();
    }
  }

  private synchronized long nextId() {
    if (nextId >= blockEnd) {
      nextId = jdbc.sql("select nextval('journal_entry_seq')").query(Long.class).single();
      blockEnd = nextId + BLOCK;
    }
    return nextId++;
  }

  /** One account's totals. */
  public record TrialBalanceRow(String account, String debits, String credits, String balance) {}

  /** Per-account debit and credit totals over the whole journal. */
  public List<TrialBalanceRow> trialBalance() {
    Map<String, long[]> totals = new LinkedHashMap<>();
    for (Account a : Account.values()) {
      totals.put(a.name(), new long[2]);
    }
    jdbc.sql(
            "select account, sum(debit_minor) d, sum(credit_minor) c from journal_line group by account")
        .query(
            rs -> {
              long[] t = totals.computeIfAbsent(rs.getString("account"), k -> new long[2]);
              t[0] = rs.getLong("d");
              t[1] = rs.getLong("c");
            });
    List<TrialBalanceRow> rows = new ArrayList<>();
    totals.forEach(
        (account, t) ->
            rows.add(
                new TrialBalanceRow(
                    account,
                    Money.ofMinor(t[0]).toPlainString(),
                    Money.ofMinor(t[1]).toPlainString(),
                    Money.ofMinor(t[0] - t[1]).toPlainString())));
    return rows;
  }

  /** A stored entry with its lines, for a loan's journal view. */
  public record StoredEntry(long id, String kind, LocalDate postedOn, List<StoredLine> lines) {}

  public record StoredLine(String account, String debit, String credit) {}

  public List<StoredEntry> ofLoan(long loanId) {
    Map<Long, StoredEntry> entries = new LinkedHashMap<>();
    jdbc.sql(
            "select e.id, e.kind, e.posted_on, l.account, l.debit_minor, l.credit_minor from journal_entry e"
                + " join journal_line l on l.entry_id = e.id where e.loan_id = ? order by e.id, l.line_no")
        .param(loanId)
        .query(
            rs -> {
              StoredEntry e =
                  entries.computeIfAbsent(
                      rs.getLong("id"),
                      id -> {
                        try {
                          return new StoredEntry(
                              id,
                              rs.getString("kind"),
                              rs.getDate("posted_on").toLocalDate(),
                              new ArrayList<>());
                        } catch (java.sql.SQLException ex) {
                          throw new IllegalStateException(ex);
                        }
                      });
              e.lines()
                  .add(
                      new StoredLine(
                          rs.getString("account"),
                          Money.ofMinor(rs.getLong("debit_minor")).toPlainString(),
                          Money.ofMinor(rs.getLong("credit_minor")).toPlainString()));
            });
    return List.copyOf(entries.values());
  }
}
