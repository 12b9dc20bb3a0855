package dev.creditloop.app.servicing.persistence;

import dev.creditloop.app.bulk.persistence.BulkTable;
import dev.creditloop.app.scope.DataScope;
import dev.creditloop.kernel.Money;
import dev.creditloop.kernel.Rate;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.loan.InstallmentSnapshot;
import dev.creditloop.servicing.loan.InstallmentStatus;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanSnapshot;
import dev.creditloop.servicing.loan.LoanStatus;
import dev.creditloop.servicing.loan.LoanTerms;
import dev.creditloop.servicing.loan.LoanWrittenOff;
import dev.creditloop.servicing.loan.Loans;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.schedule.DayCountBasis;
import dev.creditloop.servicing.schedule.RepaymentMethod;
import dev.creditloop.servicing.schedule.Term;
import dev.creditloop.servicing.schedule.TermUnit;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loans (借据) and their instalments. The daily close reads loans with work to do in id order and
 * writes back only the instalments that changed, with multi-row statements.
 */
@Repository
public class JdbcLoans implements Loans, dev.creditloop.lending.port.Loans {

  private static final String LOAN_UPDATE_VALUES_COLUMNS =
      "id, status, dpd, bucket, closed_through, next_due_on, outstanding, ended_on,"
          + " penalty_unposted, non_accrual_on, penalty_suspense, wo_principal, wo_interest, wo_fee, wo_penalty, wo_reason, wo_by, recovered";

  private static final List<String> LOAN_COLUMNS =
      List.of(
          "id",
          "credit_line_id",
          "customer_id",
          "product_code",
          "principal_minor",
          "annual_rate",
          "repayment_method",
          "term_count",
          "term_unit",
          "drawn_on",
          "day_count_basis",
          "penalty_annual_rate",
          "grace_days",
          "allocation_order",
          "status",
          "dpd",
          "bucket",
          "closed_through",
          "next_due_on",
          "outstanding_principal_minor",
          "apr",
          "ended_on",
          "penalty_unposted_minor",
          "apr_cap",
          "penalty_cap_share",
          "created_at");

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final DataSource dataSource;
  private final Clock clock;

  /**
   * What each loan looked like when the close loaded it: to write back only what changed, and only
   * if nobody else did.
   */
  private final Map<Long, Loaded> loadedForClose = new ConcurrentHashMap<>();

  private record Loaded(LoanSnapshot snapshot, long version) {}

  private final BookChanges changes;

  JdbcLoans(
      JdbcClient jdbc,
      JdbcTemplate template,
      DataSource dataSource,
      Clock clock,
      BookChanges changes) {
    this.jdbc = jdbc;
    this.template = template;
    this.dataSource = dataSource;
    this.clock = clock;
    this.changes = changes;
  }

  /** Loan ids a server takes from {@code loan_seq} at a time (the sequence's increment, V19). */
  static final int ID_BLOCK = 100;

  private long nextId;
  private long blockEnd;

  /**
   * The next loan id, from a block of {@link #ID_BLOCK} this server took from the sequence: one
   * query per hundred loans instead of one per loan. Ids grow with time but not by one, and a
   * restart leaves the rest of its block unused.
   */
  public synchronized long nextId() {
    if (nextId >= blockEnd) {
      nextId = jdbc.sql("select nextval('loan_seq')").query(Long.class).single();
      blockEnd = nextId + ID_BLOCK;
    }
    return nextId++;
  }

  public void insert(Loan loan) {
    LoanSnapshot s = loan.snapshot();
    LoanTerms t = s.terms();
    Object[] row = {
      s.id(),
      s.lineId(),
      s.customerId(),
      s.productCode(),
      t.principal().minor(),
      t.annualRate().value(),
      t.method().name(),
      t.term().count(),
      t.term().unit().name(),
      t.drawnOn(),
      t.dayCountBasis().days(),
      t.penaltyAnnualRate().value(),
      t.graceDays(),
      order(t.allocationOrder()),
      s.status().name(),
      s.dpd(),
      s.bucket().name(),
      s.closedThrough(),
      nextDue(s),
      loan.outstandingPrincipal().minor(),
      t.apr().value(),
      s.endedOn(),
      s.penaltyUnposted().minor(),
      Products.rateOrNull(t.aprCap()),
      Products.rateOrNull(t.penaltyCapShare()),
      Timestamp.from(clock.instant())
    };
    // through BulkTable like its instalments: a batch of one, or held with them to the commit
    try (BulkTable loans = new BulkTable(dataSource, "loan", LOAN_COLUMNS, 1)) {
      loans.add(row);
    }
    try (BulkTable rows =
        new BulkTable(
            dataSource,
            "installment",
            List.of(
                "loan_id",
                "number",
                "due_on",
                "principal_due_minor",
                "interest_due_minor",
                "fee_due_minor",
                "penalty_due_minor",
                "principal_paid_minor",
                "interest_paid_minor",
                "fee_paid_minor",
                "penalty_paid_minor",
                "interest_waived_minor",
                "fee_waived_minor",
                "status"),
            1000)) {
      for (InstallmentSnapshot i : s.installments()) {
        rows.add(
            s.id(),
            i.number(),
            i.dueDate(),
            i.principalDue().minor(),
            i.interestDue().minor(),
            i.feeDue().minor(),
            i.penaltyDue().minor(),
            i.principalPaid().minor(),
            i.interestPaid().minor(),
            i.feePaid().minor(),
            i.penaltyPaid().minor(),
            i.interestWaived().minor(),
            i.feeWaived().minor(),
            i.status().name());
      }
    }
    changes.customer(s.customerId());
  }

  public Optional<Loan> find(long id) {
    return load("select * from loan where id = ?", OLDEST_FIRST, id).stream().findFirst();
  }

  /**
   * Loads the loan and locks its row until the transaction ends. Row and instalments are read in
   * two statements here: every writer of instalments holds the loan's row lock, so none can commit
   * between them.
   */
  public Optional<Loan> lock(long id) {
    List<LoanRow> rows =
        jdbc.sql("select * from loan where id = ? for update")
            .param(id)
            .query(JdbcLoans::loanRow)
            .list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<InstallmentSnapshot> installments =
        jdbc.sql(
                "select "
                    + INSTALLMENT_COLUMNS
                    + " from installment i where loan_id = ?"
                    + " order by number")
            .param(id)
            .query((rs, n) -> installment(rs))
            .list();
    return Optional.of(rows.get(0).toLoan(installments));
  }

  /**
   * What the loan list may be narrowed by; a null criterion does not narrow. {@code agency}: only
   * that agency's customers.
   */
  public record Filter(
      String status,
      String bucket,
      Integer dpdMin,
      Integer dpdMax,
      String productCode,
      Long customerId,
      String agency) {}

  /**
   * Loans matching {@code filter}, newest first, with ids below {@code beforeId} (null: from the
   * newest).
   */
  public List<Loan> search(Filter filter, Long beforeId, int limit) {
    StringBuilder sql = new StringBuilder("select * from loan where 1 = 1");
    List<Object> params = new ArrayList<>();
    criterion(sql, params, "status = ?", filter.status());
    criterion(sql, params, "bucket = ?", filter.bucket());
    criterion(sql, params, "dpd >= ?", filter.dpdMin());
    criterion(sql, params, "dpd <= ?", filter.dpdMax());
    criterion(sql, params, "product_code = ?", filter.productCode());
    criterion(sql, params, "customer_id = ?", filter.customerId());
    criterion(sql, params, DataScope.CUSTOMER_OF_AGENCY, filter.agency());
    criterion(sql, params, "id < ?", beforeId);
    sql.append(" order by id desc limit ?");
    params.add(limit);
    return load(sql.toString(), NEWEST_FIRST, params.toArray());
  }

  private static void criterion(
      StringBuilder sql, List<Object> params, String condition, Object value) {
    if (value != null) {
      sql.append(" and ").append(condition);
      params.add(value);
    }
  }

  /**
   * The customer's written-off loan with the lowest id, if any: a write-off keeps every line of the
   * customer closed to drawing (no drawdown, no unfreeze; the lending use cases refuse).
   */
  @Override
  public Optional<Long> writtenOffLoanOf(long customerId) {
    return jdbc.sql(
            "select id from loan where customer_id = ? and status = 'WRITTEN_OFF' order by id limit 1")
        .param(customerId)
        .query(Long.class)
        .optional();
  }

  public List<Long> openOfLine(long lineId) {
    return jdbc.sql(
            "select id from loan where credit_line_id = ? and status in ('NORMAL', 'OVERDUE') order by id")
        .param(lineId)
        .query(Long.class)
        .list();
  }

  /** Writes one loan back whole (after a repayment, a write-off). */
  public void save(Loan loan) {
    LoanSnapshot s = loan.snapshot();
    updateLoans(List.of(loan), null);
    updateInstallments(s.id(), s.installments());
    changes.customer(s.customerId());
  }

  @Override
  public List<Loan> needingClose(LocalDate day, long afterId, int limit) {
    List<Versioned> found =
        loadVersioned(
            OLDEST_FIRST,
            "select * from loan where id > ?"
                + " and (status = 'OVERDUE' or (status = 'NORMAL' and next_due_on <= ?))"
                + " and (closed_through is null or closed_through < ?) order by id limit ?",
            afterId,
            day,
            day,
            limit);
    List<Loan> loans = new ArrayList<>(found.size());
    for (Versioned v : found) {
      loadedForClose.put(v.loan().id(), new Loaded(v.loan().snapshot(), v.version()));
      loans.add(v.loan());
    }
    return loans;
  }

  /**
   * Locks the loans' rows, then writes those still at the version the close read them at and
   * returns the ids of the others: a repayment committed on them in between, so the close must read
   * them again. The locks hold until the batch commits, so a repayment on one of them waits for one
   * batch at most.
   */
  @Override
  public Set<Long> saveAll(List<Loan> loans) {
    if (loans.isEmpty()) {
      return Set.of();
    }
    Map<Long, Long> stored = new HashMap<>(loans.size() * 2);
    jdbc.sql("select id, version from loan where id in (:ids) for update")
        .param("ids", loans.stream().map(Loan::id).toList())
        .query(
            rs -> {
              stored.put(rs.getLong("id"), rs.getLong("version"));
            });
    Set<Long> changedSince = new HashSet<>();
    List<Loan> unchanged = new ArrayList<>(loans.size());
    List<Object[]> expected = new ArrayList<>(loans.size());
    for (Loan loan : loans) {
      // removed either way: a loan not saved now is read again before it is saved
      Loaded loaded = loadedForClose.remove(loan.id());
      Long version = stored.get(loan.id());
      if (loaded == null || version == null || version != loaded.version()) {
        changedSince.add(loan.id());
      } else {
        unchanged.add(loan);
        expected.add(new Object[] {loan.id(), loaded.version(), loaded});
      }
    }
    if (unchanged.isEmpty()) {
      return changedSince;
    }
    int updated = updateLoans(unchanged, expected);
    changes.customers(unchanged.stream().mapToLong(Loan::customerId).toArray());
    if (updated != unchanged.size()) {
      throw new IllegalStateException(
          (unchanged.size() - updated) + " locked loans changed under the close");
    }
    List<Object[]> changed = new ArrayList<>();
    for (int l = 0; l < unchanged.size(); l++) {
      Loan loan = unchanged.get(l);
      LoanSnapshot before = ((Loaded) expected.get(l)[2]).snapshot();
      LoanSnapshot after = loan.snapshot();
      for (int i = 0; i < after.installments().size(); i++) {
        InstallmentSnapshot now = after.installments().get(i);
        if (before == null || !now.equals(before.installments().get(i))) {
          changed.add(installmentRow(loan.id(), now));
        }
      }
    }
    updateInstallmentRows(changed);
    return changedSince;
  }

  /**
   * Writes loan rows; with {@code expectedVersions} (id, version pairs in the same order) only rows
   * still at the version read are written. Returns the number of rows written.
   */
  private int updateLoans(List<Loan> loans, List<Object[]> expectedVersions) {
    List<Object[]> rows = new ArrayList<>(loans.size());
    for (int i = 0; i < loans.size(); i++) {
      Loan loan = loans.get(i);
      LoanSnapshot s = loan.snapshot();
      long version = expectedVersions == null ? -1L : (Long) expectedVersions.get(i)[1];
      LoanWrittenOff w = s.writtenOff();
      rows.add(
          new Object[] {
            s.id(),
            s.status().name(),
            s.dpd(),
            s.bucket().name(),
            date(s.closedThrough()),
            date(nextDue(s)),
            loan.outstandingPrincipal().minor(),
            date(s.endedOn()),
            s.penaltyUnposted().minor(),
            date(s.nonAccrualOn()),
            s.penaltySuspense().minor(),
            w == null ? null : w.principal().minor(),
            w == null ? null : w.interest().minor(),
            w == null ? null : w.fee().minor(),
            w == null ? null : w.penalty().minor(),
            w == null ? null : w.reason(),
            w == null ? null : w.by(),
            s.recovered().minor(),
            version
          });
    }
    String versionCheck = expectedVersions == null ? "" : " and loan.version = v.version";
    return MultiRowUpdate.run(
        template,
        "update loan set status = v.status, dpd = v.dpd, bucket = v.bucket,"
            + " closed_through = v.closed_through, next_due_on = v.next_due_on, outstanding_principal_minor = v.outstanding,"
            + " ended_on = v.ended_on, penalty_unposted_minor = v.penalty_unposted, non_accrual_on = v.non_accrual_on,"
            + " penalty_suspense_minor = v.penalty_suspense, written_off_principal_minor = v.wo_principal,"
            + " written_off_interest_minor = v.wo_interest, written_off_fee_minor = v.wo_fee, written_off_penalty_minor = v.wo_penalty,"
            + " write_off_reason = v.wo_reason, written_off_by = v.wo_by, recovered_minor = v.recovered, version = loan.version + 1"
            + " from (values %s) as v("
            + LOAN_UPDATE_VALUES_COLUMNS
            + ", version) where loan.id = v.id"
            + versionCheck,
        new String[] {
          "bigint",
          "varchar(16)",
          "int",
          "varchar(8)",
          "date",
          "date",
          "bigint",
          "date",
          "bigint",
          "date",
          "bigint",
          "bigint",
          "bigint",
          "bigint",
          "bigint",
          "varchar(500)",
          "varchar(128)",
          "bigint",
          "bigint"
        },
        rows);
  }

  private void updateInstallments(long loanId, List<InstallmentSnapshot> installments) {
    updateInstallmentRows(installments.stream().map(i -> installmentRow(loanId, i)).toList());
  }

  private void updateInstallmentRows(List<Object[]> rows) {
    MultiRowUpdate.run(
        template,
        "update installment set status = v.status, penalty_due_minor = v.penalty_due,"
            + " principal_paid_minor = v.principal_paid, interest_paid_minor = v.interest_paid, fee_paid_minor = v.fee_paid,"
            + " penalty_paid_minor = v.penalty_paid, interest_waived_minor = v.interest_waived, fee_waived_minor = v.fee_waived,"
            + " interest_due_minor = v.interest_due, fee_due_minor = v.fee_due"
            + " from (values %s) as v(loan_id, number, status, penalty_due, principal_paid, interest_paid, fee_paid, penalty_paid,"
            + " interest_waived, fee_waived, interest_due, fee_due)"
            + " where installment.loan_id = v.loan_id and installment.number = v.number",
        new String[] {
          "bigint",
          "int",
          "varchar(16)",
          "bigint",
          "bigint",
          "bigint",
          "bigint",
          "bigint",
          "bigint",
          "bigint",
          "bigint",
          "bigint"
        },
        rows);
  }

  private static Object[] installmentRow(long loanId, InstallmentSnapshot i) {
    return new Object[] {
      loanId,
      i.number(),
      i.status().name(),
      i.penaltyDue().minor(),
      i.principalPaid().minor(),
      i.interestPaid().minor(),
      i.feePaid().minor(),
      i.penaltyPaid().minor(),
      i.interestWaived().minor(),
      i.feeWaived().minor(),
      i.interestDue().minor(),
      i.feeDue().minor()
    };
  }

  /**
   * Orders of the loans {@link #loadVersioned} returns (each loan's instalments stay together, in
   * order).
   */
  private static final String OLDEST_FIRST = "l.id";

  private static final String NEWEST_FIRST = "l.id desc";

  /** A loan with the row version it was read at. */
  private record Versioned(Loan loan, long version) {}

  /**
   * The loans {@code loanQuery} selects, each with its instalments, read in one statement: one
   * snapshot of the database, so a repayment committing meanwhile is either wholly in it or not at
   * all (two statements could see the loan row before it and the instalments after it).
   */
  private List<Loan> load(String loanQuery, String order, Object... params) {
    return loadVersioned(order, loanQuery, params).stream().map(Versioned::loan).toList();
  }

  private List<Versioned> loadVersioned(String order, String loanQuery, Object... params) {
    List<LoanRow> rows = new ArrayList<>();
    Map<Long, List<InstallmentSnapshot>> installments = new HashMap<>();
    jdbc.sql(
            "select l.*, "
                + INSTALLMENT_COLUMNS
                + " from ("
                + loanQuery
                + ") l"
                + " left join installment i on i.loan_id = l.id order by "
                + order
                + ", i.number")
        .params(params)
        .query(
            rs -> {
              long id = rs.getLong("id");
              if (rows.isEmpty() || rows.get(rows.size() - 1).id != id) {
                rows.add(loanRow(rs, rows.size()));
                installments.put(id, new ArrayList<>());
              }
              rs.getInt("i_number");
              if (!rs.wasNull()) {
                installments.get(id).add(installment(rs));
              }
            });
    List<Versioned> loans = new ArrayList<>(rows.size());
    for (LoanRow r : rows) {
      loans.add(new Versioned(r.toLoan(installments.getOrDefault(r.id, List.of())), r.version));
    }
    return loans;
  }

  private record LoanRow(
      long id,
      long lineId,
      long customerId,
      String productCode,
      LoanTerms terms,
      LoanStatus status,
      int dpd,
      Bucket bucket,
      LocalDate closedThrough,
      LocalDate endedOn,
      Money penaltyUnposted,
      LocalDate nonAccrualOn,
      Money penaltySuspense,
      LoanWrittenOff writtenOff,
      Money recovered,
      long version) {

    Loan toLoan(List<InstallmentSnapshot> installments) {
      return Loan.fromSnapshot(
          new LoanSnapshot(
              id,
              lineId,
              customerId,
              productCode,
              terms,
              status,
              dpd,
              bucket,
              closedThrough,
              endedOn,
              penaltyUnposted,
              installments,
              nonAccrualOn,
              penaltySuspense,
              writtenOff,
              recovered));
    }
  }

  private static LoanRow loanRow(ResultSet rs, int n) throws SQLException {
    LoanTerms terms =
        new LoanTerms(
            Money.ofMinor(rs.getLong("principal_minor")),
            Rate.of(rs.getBigDecimal("annual_rate").stripTrailingZeros()),
            RepaymentMethod.valueOf(rs.getString("repayment_method")),
            new Term(rs.getInt("term_count"), TermUnit.valueOf(rs.getString("term_unit"))),
            rs.getDate("drawn_on").toLocalDate(),
            Rate.of(rs.getBigDecimal("apr").stripTrailingZeros()),
            rs.getInt("day_count_basis") == 365 ? DayCountBasis.D365 : DayCountBasis.D360,
            Rate.of(rs.getBigDecimal("penalty_annual_rate").stripTrailingZeros()),
            rs.getInt("grace_days"),
            Arrays.stream(rs.getString("allocation_order").split(","))
                .map(Component::valueOf)
                .toList(),
            Products.rateOrNull(rs.getBigDecimal("apr_cap")),
            Products.rateOrNull(rs.getBigDecimal("penalty_cap_share")));
    LoanStatus status = LoanStatus.valueOf(rs.getString("status"));
    LoanWrittenOff writtenOff =
        status != LoanStatus.WRITTEN_OFF
            ? null
            : new LoanWrittenOff(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                Money.ofMinor(rs.getLong("written_off_principal_minor")),
                Money.ofMinor(rs.getLong("written_off_interest_minor")),
                Money.ofMinor(rs.getLong("written_off_fee_minor")),
                Money.ofMinor(rs.getLong("written_off_penalty_minor")),
                localDate(rs, "ended_on"),
                rs.getString("write_off_reason"),
                rs.getString("written_off_by"));
    return new LoanRow(
        rs.getLong("id"),
        rs.getLong("credit_line_id"),
        rs.getLong("customer_id"),
        rs.getString("product_code"),
        terms,
        status,
        rs.getInt("dpd"),
        Bucket.valueOf(rs.getString("bucket")),
        localDate(rs, "closed_through"),
        localDate(rs, "ended_on"),
        Money.ofMinor(rs.getLong("penalty_unposted_minor")),
        localDate(rs, "non_accrual_on"),
        Money.ofMinor(rs.getLong("penalty_suspense_minor")),
        writtenOff,
        Money.ofMinor(rs.getLong("recovered_minor")),
        rs.getLong("version"));
  }

  /**
   * The instalment columns under names that cannot clash with the loan's ({@code i_status}, ...).
   */
  private static final String INSTALLMENT_COLUMNS =
      "i.number as i_number, i.due_on as i_due_on, i.status as i_status,"
          + " i.principal_due_minor as i_principal_due, i.interest_due_minor as i_interest_due, i.fee_due_minor as i_fee_due,"
          + " i.penalty_due_minor as i_penalty_due, i.principal_paid_minor as i_principal_paid, i.interest_paid_minor as i_interest_paid,"
          + " i.fee_paid_minor as i_fee_paid, i.penalty_paid_minor as i_penalty_paid, i.interest_waived_minor as i_interest_waived,"
          + " i.fee_waived_minor as i_fee_waived";

  private static InstallmentSnapshot installment(ResultSet rs) throws SQLException {
    return new InstallmentSnapshot(
        rs.getInt("i_number"),
        rs.getDate("i_due_on").toLocalDate(),
        InstallmentStatus.valueOf(rs.getString("i_status")),
        Money.ofMinor(rs.getLong("i_principal_due")),
        Money.ofMinor(rs.getLong("i_interest_due")),
        Money.ofMinor(rs.getLong("i_fee_due")),
        Money.ofMinor(rs.getLong("i_penalty_due")),
        Money.ofMinor(rs.getLong("i_principal_paid")),
        Money.ofMinor(rs.getLong("i_interest_paid")),
        Money.ofMinor(rs.getLong("i_fee_paid")),
        Money.ofMinor(rs.getLong("i_penalty_paid")),
        Money.ofMinor(rs.getLong("i_interest_waived")),
        Money.ofMinor(rs.getLong("i_fee_waived")));
  }

  static String order(List<Component> order) {
    return order.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  /** The earliest unpaid instalment's due date: what the close's index looks at. */
  static LocalDate nextDue(LoanSnapshot s) {
    if (!s.status().isOpen()) {
      return null;
    }
    return s.installments().stream()
        .filter(i -> i.status() != InstallmentStatus.PAID)
        .map(InstallmentSnapshot::dueDate)
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
