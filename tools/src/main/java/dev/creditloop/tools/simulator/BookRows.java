package dev.creditloop.tools.simulator;

import dev.creditloop.app.bulk.persistence.BulkTable;
import dev.creditloop.app.decisioning.persistence.JdbcEventStore;
import dev.creditloop.app.personal.PersonalDataCipher;
import dev.creditloop.app.servicing.persistence.JdbcJournal;
import dev.creditloop.decisioning.event.BehaviourEvent;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.allocation.AllocatedAmount;
import dev.creditloop.servicing.allocation.Allocation;
import dev.creditloop.servicing.close.LoanDayClosed;
import dev.creditloop.servicing.creditline.CreditLineSnapshot;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.journal.JournalEntry;
import dev.creditloop.servicing.loan.DrawdownResult;
import dev.creditloop.servicing.loan.InstallmentSnapshot;
import dev.creditloop.servicing.loan.InstallmentStatus;
import dev.creditloop.servicing.loan.Loan;
import dev.creditloop.servicing.loan.LoanSnapshot;
import dev.creditloop.servicing.loan.LoanTerms;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.simulator.CustomerProfile;
import dev.creditloop.simulator.GroundTruth;
import dev.creditloop.simulator.NewCustomer;
import dev.creditloop.simulator.SimulatedDay;
import dev.creditloop.tools.bulk.CustomerBulkRows;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The rows of a simulated book, table by table, written with bulk loads ({@link BulkTable}: COPY on
 * PostgreSQL) on the current transaction. Reads only what no longer changes: a day's journal
 * entries, repayments, bucket changes, events and new customers' profiles; loans once they have
 * ended (or the run has); credit lines once the run has ended.
 */
final class BookRows {

  private static final int FLUSH_ROWS = 20_000;

  private final DataSource dataSource;
  private final JdbcJournal journal;
  private final JdbcEventStore eventStore;
  private final PersonalDataCipher cipher;
  private final Timestamp now;

  BookRows(
      DataSource dataSource,
      JdbcJournal journal,
      JdbcEventStore eventStore,
      PersonalDataCipher cipher,
      Timestamp now) {
    this.cipher = cipher;
    this.dataSource = dataSource;
    this.journal = journal;
    this.eventStore = eventStore;
    this.now = now;
  }

  /**
   * The journal entries of one day, in the order they happened: drawdowns, repayments, closes.
   * Entry ids are handed out in that order, so the same day order gives the same ids.
   */
  void journal(SimulatedDay day) {
    List<JournalEntry> entries = new ArrayList<>();
    for (DrawdownResult d : day.drawdowns()) {
      entries.addAll(d.entries());
    }
    for (Allocation a : day.repayments()) {
      entries.add(a.entry());
    }
    for (LoanDayClosed c : day.closes()) {
      entries.addAll(c.entries());
    }
    journal.postAll(entries);
  }

  /**
   * The rest of what one day produced, in the order it happened: new customers, repayments,
   * delinquency history, behaviour events. Event, repayment and delinquency ids are handed out in
   * that order, so the same day order gives the same ids.
   */
  void day(SimulatedDay day) {
    customers(day.newCustomers());
    List<BucketChanged> bucketChanges = new ArrayList<>();
    try (BulkTable rows =
        new BulkTable(
            dataSource,
            "repayment",
            List.of("loan_id", "amount_minor", "paid_on", "settled", "allocation", "created_at"),
            FLUSH_ROWS)) {
      for (Allocation a : day.repayments()) {
        rows.add(a.loanId(), a.amount().minor(), a.on(), a.settled(), allocation(a), now);
        for (ServicingEvent e : a.events()) {
          if (e instanceof BucketChanged change) {
            bucketChanges.add(change);
          }
        }
      }
    }
    for (LoanDayClosed c : day.closes()) {
      c.bucketChange().ifPresent(bucketChanges::add);
    }
    try (BulkTable rows =
        new BulkTable(
            dataSource,
            "delinquency_event",
            List.of("loan_id", "on_date", "from_bucket", "to_bucket", "dpd"),
            FLUSH_ROWS)) {
      for (BucketChanged c : bucketChanges) {
        rows.add(c.loanId(), c.on(), c.from().name(), c.to().name(), c.dpd());
      }
    }
    try (BulkTable rows =
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
                "attributes",
                "received_at"),
            FLUSH_ROWS)) {
      for (BehaviourEvent e : day.events()) {
        rows.add(
            eventStore.nextId(),
            e.type().name(),
            e.customerId(),
            e.creditLineId(),
            e.deviceId(),
            Timestamp.from(e.occurredAt()),
            e.amount() == null ? null : e.amount().minor(),
            e.position() == null ? null : e.position().latitude(),
            e.position() == null ? null : e.position().longitude(),
            e.attributes().isEmpty() ? null : json(e.attributes()),
            now);
      }
    }
  }

  private void customers(List<NewCustomer> customers) {
    try (CustomerBulkRows rows = new CustomerBulkRows(dataSource, cipher, FLUSH_ROWS)) {
      for (NewCustomer c : customers) {
        long id = c.profile().id();
        rows.add(
            id,
            "Simulated customer " + id,
            zeroPadded("SIM", id, 15),
            zeroPadded("170", id % 100_000_000, 8),
            now);
      }
    }
  }

  /** Credit lines at their final state: only once the run has ended. */
  void lines(List<NewCustomer> customers) {
    try (BulkTable rows =
        new BulkTable(
            dataSource,
            "credit_line",
            List.of(
                "id",
                "customer_id",
                "product_code",
                "limit_minor",
                "temp_limit_minor",
                "temp_limit_until",
                "outstanding_principal_minor",
                "status",
                "granted_on",
                "expires_on",
                "created_at"),
            FLUSH_ROWS)) {
      for (NewCustomer c : customers) {
        CreditLineSnapshot s = c.line().snapshot();
        rows.add(
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
            now);
      }
    }
  }

  /**
   * Loans with their instalments, at their final state: ended loans, or open ones once the run has
   * ended.
   */
  void loans(List<Loan> loans) {
    List<LoanSnapshot> snapshots = new ArrayList<>(loans.size());
    // a product's order, the same for all its loans: joined once
    Map<List<Component>, String> allocationOrders = new HashMap<>();
    try (BulkTable rows =
        new BulkTable(
            dataSource,
            "loan",
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
                "non_accrual_on",
                "penalty_suspense_minor",
                "created_at"),
            FLUSH_ROWS)) {
      for (Loan loan : loans) {
        LoanSnapshot s = loan.snapshot();
        snapshots.add(s);
        LoanTerms t = s.terms();
        rows.add(
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
            allocationOrders.computeIfAbsent(
                t.allocationOrder(),
                order -> order.stream().map(Enum::name).collect(Collectors.joining(","))),
            s.status().name(),
            s.dpd(),
            s.bucket().name(),
            s.closedThrough(),
            nextDue(s),
            loan.outstandingPrincipal().minor(),
            t.apr().value(),
            s.endedOn(),
            s.penaltyUnposted().minor(),
            t.aprCap() == null ? null : t.aprCap().value(),
            t.penaltyCapShare() == null ? null : t.penaltyCapShare().value(),
            s.nonAccrualOn(),
            s.penaltySuspense().minor(),
            now);
      }
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
            FLUSH_ROWS)) {
      for (LoanSnapshot s : snapshots) {
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
    }
  }

  void truths(List<GroundTruth> truths, Map<Long, CustomerProfile> profiles) {
    try (BulkTable rows =
        new BulkTable(
            dataSource,
            "sim_customer_truth",
            List.of(
                "customer_id",
                "is_fraud",
                "fraud_ring",
                "monthly_propensity",
                "monthly_income_minor",
                "funding_need",
                "limit_sensitivity",
                "rate_sensitivity",
                "granted_on",
                "defaulted_on",
                "defaulted_within_90d"),
            FLUSH_ROWS)) {
      for (GroundTruth t : truths) {
        CustomerProfile p = profiles.get(t.customerId());
        rows.add(
            t.customerId(),
            t.fraud(),
            t.fraudRing(),
            t.monthlyPropensity(),
            p.monthlyIncome().minor(),
            p.fundingNeed(),
            p.limitSensitivity(),
            p.rateSensitivity(),
            t.grantedOn(),
            t.defaultedOn(),
            t.defaultedWithin90Days());
      }
    }
  }

  /**
   * The earliest unpaid instalment's due date of an open loan, as the daily close's index wants it.
   */
  private static LocalDate nextDue(LoanSnapshot s) {
    if (!s.status().isOpen()) {
      return null;
    }
    for (InstallmentSnapshot i : s.installments()) {
      if (i.status() != InstallmentStatus.PAID) {
        return i.dueDate();
      }
    }
    return null;
  }

  /** The same JSON the repayment endpoint stores: instalment, component, amount per part. */
  private static String allocation(Allocation a) {
    StringBuilder json = new StringBuilder("[");
    for (AllocatedAmount part : a.lines()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append("{\"installment\":")
          .append(part.installment())
          .append(",\"component\":\"")
          .append(part.component().name())
          .append("\",\"amount\":\"");
      part.amount().appendPlainTo(json).append("\"}");
    }
    return json.append(']').toString();
  }

  /** As {@code String.format(prefix + "%0" + width + "d", n)} for n >= 0. */
  static String zeroPadded(String prefix, long n, int width) {
    StringBuilder out = new StringBuilder(prefix.length() + width).append(prefix);
    String digits = Long.toString(n);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits).toString();
  }

  /**
   * Attribute keys and values are the event's own constants, numbers and booleans: nothing to
   * escape.
   */
  static String json(Map<String, String> attributes) {
    String[] keys = attributes.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    StringBuilder json = new StringBuilder(24 * keys.length + 2).append('{');
    for (String key : keys) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(key).append("\":\"").append(attributes.get(key)).append('"');
    }
    return json.append('}').toString();
  }
}
