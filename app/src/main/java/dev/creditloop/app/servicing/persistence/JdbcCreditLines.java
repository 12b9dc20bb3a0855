package dev.creditloop.app.servicing.persistence;

import dev.creditloop.app.bulk.persistence.DeferredWrites;
import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.creditline.CreditLine;
import dev.creditloop.servicing.creditline.CreditLineSnapshot;
import dev.creditloop.servicing.creditline.CreditLineStatus;
import dev.creditloop.servicing.creditline.CreditLineStatusChanged;
import dev.creditloop.servicing.creditline.CreditLines;
import dev.creditloop.servicing.creditline.LimitChanged;
import dev.creditloop.servicing.creditline.TemporaryLimit;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Credit lines (授信) and their audit trail of limit and status changes. */
@Repository
public class JdbcCreditLines implements CreditLines, dev.creditloop.lending.port.CreditLines {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Clock clock;
  private final BookChanges changes;

  JdbcCreditLines(JdbcClient jdbc, JdbcTemplate template, Clock clock, BookChanges changes) {
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
    this.changes = changes;
  }

  @Override
  public long nextId() {
    return jdbc.sql("select nextval('credit_line_seq')").query(Long.class).single();
  }

  @Override
  public void insert(CreditLine line) {
    CreditLineSnapshot s = line.snapshot();
    jdbc.sql(
            "insert into credit_line (id, customer_id, product_code, limit_minor, temp_limit_minor, temp_limit_until,"
                + " outstanding_principal_minor, status, granted_on, expires_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            s.id(),
            s.customerId(),
            s.productCode(),
            s.limit().minor(),
            s.temporaryLimit() == null ? null : s.temporaryLimit().amount().minor(),
            s.temporaryLimit() == null ? null : s.temporaryLimit().until(),
            s.outstandingPrincipal().minor(),
            s.status().name(),
            s.grantedOn(),
            s.expiresOn(),
            Timestamp.from(clock.instant()))
        .update();
    changes.customer(s.customerId());
  }

  public Optional<CreditLine> find(long id) {
    return jdbc.sql("select * from credit_line where id = ?")
        .param(id)
        .query(JdbcCreditLines::map)
        .optional();
  }

  /**
   * The line and its customer's standing in one statement: the written-off loan with the lowest id
   * and the largest days past due over open loans.
   */
  @Override
  public Optional<WithStanding> findWithStanding(long id) {
    return withStanding(id, "");
  }

  /**
   * As {@link #findWithStanding}, the line locked. The line is its newest version once the lock is
   * granted; the standing is read as of the statement's start, before any wait for the lock. What
   * can commit on the customer's loans while a drawdown waits for this line: another drawdown's new
   * loan (current, changing neither the written-off loan nor the days past due), a repayment
   * (lowering them, so the standing read may be a little strict), a write-off of a loan on this
   * line (which freezes this line: the newest line refuses the drawdown). A write-off on another
   * line of the customer is seen here only if it committed before; see docs/known-limits.md.
   */
  @Override
  public Optional<WithStanding> lockWithStanding(long id) {
    return withStanding(id, " for update");
  }

  private Optional<WithStanding> withStanding(long id, String lock) {
    return jdbc.sql(
            "select l.*,"
                + " (select min(o.id) from loan o where o.customer_id = l.customer_id"
                + " and o.status = 'WRITTEN_OFF') as written_off_loan,"
                + " (select coalesce(max(o.dpd), 0) from loan o where o.customer_id = l.customer_id"
                + " and o.status in ('NORMAL', 'OVERDUE')) as current_dpd"
                + " from credit_line l where l.id = ?"
                + lock)
        .param(id)
        .query(JdbcCreditLines::mapWithStanding)
        .optional();
  }

  /**
   * A line's row with its customer's standing in {@code written_off_loan} and {@code current_dpd}.
   */
  static WithStanding mapWithStanding(ResultSet rs, int n) throws SQLException {
    return new WithStanding(
        map(rs, n),
        new dev.creditloop.lending.port.Loans.Standing(
            Optional.ofNullable(rs.getObject("written_off_loan", Long.class)),
            rs.getInt("current_dpd")));
  }

  /** Loads the line and locks it until the transaction ends: drawdowns on one line queue here. */
  public Optional<CreditLine> lock(long id) {
    return jdbc.sql("select * from credit_line where id = ? for update")
        .param(id)
        .query(JdbcCreditLines::map)
        .optional();
  }

  @Override
  public List<CreditLine> lockAllOfCustomer(long customerId) {
    return jdbc.sql("select * from credit_line where customer_id = ? order by id for update")
        .param(customerId)
        .query(JdbcCreditLines::map)
        .list();
  }

  public List<CreditLine> ofCustomer(long customerId) {
    return jdbc.sql("select * from credit_line where customer_id = ? order by id")
        .param(customerId)
        .query(JdbcCreditLines::map)
        .list();
  }

  public void save(CreditLine line) {
    CreditLineSnapshot s = line.snapshot();
    Object[] row = {
      s.limit().minor(),
      s.temporaryLimit() == null ? null : s.temporaryLimit().amount().minor(),
      s.temporaryLimit() == null ? null : s.temporaryLimit().until(),
      s.outstandingPrincipal().minor(),
      s.status().name(),
      s.expiresOn(),
      s.id()
    };
    // held to the commit when the unit of work holds its writes back, else now, bound alike
    if (!DeferredWrites.executeLater(template.getDataSource(), SAVE_WHOLE, row)) {
      template.update(
          SAVE_WHOLE,
          ps -> {
            for (int i = 0; i < row.length; i++) {
              ps.setObject(i + 1, row[i]);
            }
          });
    }
    changes.customer(line.customerId());
  }

  @Override
  public List<CreditLine> needingClose(LocalDate day, long afterId, int limit) {
    return jdbc
        .sql(
            "select * from credit_line where id > ? and ((status in ('ACTIVE', 'FROZEN') and expires_on < ?)"
                + " or (temp_limit_until is not null and temp_limit_until < ?)) order by id limit ?")
        .params(afterId, day.plusDays(1), day.plusDays(1), limit)
        .query(JdbcCreditLines::map)
        .list()
        .stream()
        .filter(l -> l.needsClose(day))
        .toList();
  }

  /**
   * The close's save: only what the close changes (a lapsed temporary limit, the status), never the
   * outstanding principal, which a drawdown or repayment may have moved since the close read the
   * line.
   */
  @Override
  public void saveAll(List<CreditLine> lines) {
    template.batchUpdate(
        "update credit_line set temp_limit_minor = ?, temp_limit_until = ?, status = ? where id = ?",
        lines,
        500,
        (ps, line) -> {
          CreditLineSnapshot s = line.snapshot();
          setTemporaryLimit(ps, 1, s);
          ps.setString(3, s.status().name());
          ps.setLong(4, s.id());
        });
    changes.customers(lines.stream().mapToLong(CreditLine::customerId).toArray());
  }

  private static final String SAVE_WHOLE =
      "update credit_line set limit_minor = ?, temp_limit_minor = ?, temp_limit_until = ?,"
          + " outstanding_principal_minor = ?, status = ?, expires_on = ? where id = ?";

  /**
   * The temporary limit's amount and end date at parameters {@code at} and {@code at + 1} (nulls
   * when none).
   */
  private static void setTemporaryLimit(PreparedStatement ps, int at, CreditLineSnapshot s)
      throws SQLException {
    if (s.temporaryLimit() == null) {
      ps.setNull(at, Types.BIGINT);
      ps.setNull(at + 1, Types.DATE);
    } else {
      ps.setLong(at, s.temporaryLimit().amount().minor());
      ps.setDate(at + 1, Date.valueOf(s.temporaryLimit().until()));
    }
  }

  public void recordLimitChange(LimitChanged e) {
    var c = e.change();
    jdbc.sql(
            "insert into limit_change (credit_line_id, changed_on, old_limit_minor, new_limit_minor, old_temp_limit_minor,"
                + " new_temp_limit_minor, temp_limit_until, reason, actor, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.lineId(),
            c.on(),
            c.oldLimit().minor(),
            c.newLimit().minor(),
            c.oldTemporary() == null ? null : c.oldTemporary().amount().minor(),
            c.newTemporary() == null ? null : c.newTemporary().amount().minor(),
            c.newTemporary() == null ? null : c.newTemporary().until(),
            c.reason(),
            c.actor(),
            Timestamp.from(clock.instant()))
        .update();
  }

  public void recordStatusChange(CreditLineStatusChanged e) {
    jdbc.sql(
            "insert into credit_line_status_change (credit_line_id, changed_on, from_status, to_status, reason, actor, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.lineId(),
            e.on(),
            e.from().name(),
            e.to().name(),
            e.reason(),
            e.actor(),
            Timestamp.from(clock.instant()))
        .update();
  }

  /** One row of a line's history: a limit change or a status change. */
  public record HistoryRow(
      String kind,
      LocalDate on,
      String from,
      String to,
      String temporaryLimit,
      LocalDate temporaryUntil,
      String reason,
      String actor) {}

  public List<HistoryRow> history(long lineId) {
    List<HistoryRow> limits =
        jdbc.sql("select * from limit_change where credit_line_id = ? order by id")
            .param(lineId)
            .query(
                (rs, n) ->
                    new HistoryRow(
                        "LIMIT",
                        rs.getDate("changed_on").toLocalDate(),
                        Money.ofMinor(rs.getLong("old_limit_minor")).toPlainString(),
                        Money.ofMinor(rs.getLong("new_limit_minor")).toPlainString(),
                        money(rs, "new_temp_limit_minor"),
                        date(rs, "temp_limit_until"),
                        rs.getString("reason"),
                        rs.getString("actor")))
            .list();
    List<HistoryRow> statuses =
        jdbc.sql("select * from credit_line_status_change where credit_line_id = ? order by id")
            .param(lineId)
            .query(
                (rs, n) ->
                    new HistoryRow(
                        "STATUS",
                        rs.getDate("changed_on").toLocalDate(),
                        rs.getString("from_status"),
                        rs.getString("to_status"),
                        null,
                        null,
                        rs.getString("reason"),
                        rs.getString("actor")))
            .list();
    return java.util.stream.Stream.concat(limits.stream(), statuses.stream())
        .sorted(java.util.Comparator.comparing(HistoryRow::on))
        .toList();
  }

  private static String money(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Money.ofMinor(v).toPlainString();
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static CreditLine map(ResultSet rs, int n) throws SQLException {
    long temp = rs.getLong("temp_limit_minor");
    TemporaryLimit temporary =
        rs.wasNull()
            ? null
            : new TemporaryLimit(Money.ofMinor(temp), rs.getDate("temp_limit_until").toLocalDate());
    return CreditLine.fromSnapshot(
        new CreditLineSnapshot(
            rs.getLong("id"),
            rs.getLong("customer_id"),
            rs.getString("product_code"),
            Money.ofMinor(rs.getLong("limit_minor")),
            temporary,
            Money.ofMinor(rs.getLong("outstanding_principal_minor")),
            CreditLineStatus.valueOf(rs.getString("status")),
            rs.getDate("granted_on").toLocalDate(),
            rs.getDate("expires_on").toLocalDate()));
  }
}
