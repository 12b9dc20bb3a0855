package dev.creditloop.servicing.loan;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingException;
import dev.creditloop.servicing.delinquency.Bucket;
import dev.creditloop.servicing.delinquency.BucketChanged;
import dev.creditloop.servicing.product.Component;
import dev.creditloop.servicing.product.PenaltyRule;
import dev.creditloop.servicing.schedule.PlannedInstallment;
import dev.creditloop.servicing.schedule.RepaymentSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loan (借据): its contract terms, its instalments and its status.
 *
 * <p>State changes only through behaviour methods, called by the servicing use cases ({@code
 * DrawDown}, {@code PostRepayment}, {@code CloseLoanDay}, {@code WriteOffLoan}); the app loads,
 * saves and reads loans but changes them through those use cases.
 *
 * <p>{@code dpd}, {@code bucket} and NORMAL/OVERDUE are figures of the last daily close: a
 * repayment that cures a loan shows at the next close. {@code closedThrough} is the last business
 * date whose close was applied to this loan; it makes the close idempotent per loan and tells which
 * instalments have been recognised in the journal (those due on or before it).
 */
public final class Loan {

  private final long id;
  private final long lineId;
  private final long customerId;
  private final String productCode;
  private final LoanTerms terms;
  private final PenaltyRule penaltyRule;
  private final List<Installment> installments;
  private final List<Installment> readOnly;
  private LoanStatus status;
  private int dpd;
  private Bucket bucket;
  private LocalDate closedThrough;
  private LocalDate endedOn;

  /** Penalty charged to the instalments and not yet in the journal (see {@code PenaltyPosting}). */
  private long penaltyUnposted;

  /** The day the loan became non-accrual (非应计), null while it accrues income. */
  private LocalDate nonAccrualOn;

  /** Unpaid penalty posted to PENALTY_SUSPENSE (non-accrual), not income until paid. */
  private long penaltySuspense;

  private LoanWrittenOff writtenOff;
  private long recovered;

  private Loan(
      long id,
      long lineId,
      long customerId,
      String productCode,
      LoanTerms terms,
      List<Installment> installments) {
    this.id = id;
    this.lineId = lineId;
    this.customerId = customerId;
    this.productCode = Objects.requireNonNull(productCode, "productCode");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.penaltyRule = terms.penaltyRule();
    this.installments = installments;
    this.readOnly = Collections.unmodifiableList(installments);
    for (int k = 0; k < installments.size(); k++) {
      Installment i = installments.get(k);
      if (i.number() != k + 1
          || (k > 0 && !i.dueDate().isAfter(installments.get(k - 1).dueDate()))) {
        throw new IllegalArgumentException(
            "loan " + id + ": instalments must be numbered from 1 by due date");
      }
    }
  }

  static Loan drawn(
      long id,
      long lineId,
      long customerId,
      String productCode,
      LoanTerms terms,
      RepaymentSchedule schedule) {
    List<Installment> installments = new ArrayList<>(schedule.installments().size());
    for (PlannedInstallment p : schedule.installments()) {
      installments.add(
          new Installment(p.number(), p.dueDate(), p.principal(), p.interest(), p.fee()));
    }
    Loan loan = new Loan(id, lineId, customerId, productCode, terms, installments);
    loan.status = LoanStatus.NORMAL;
    loan.bucket = Bucket.M0;
    return loan;
  }

  public static Loan fromSnapshot(LoanSnapshot s) {
    List<Installment> installments = new ArrayList<>(s.installments().size());
    for (InstallmentSnapshot i : s.installments()) {
      installments.add(new Installment(i));
    }
    Loan loan =
        new Loan(s.id(), s.lineId(), s.customerId(), s.productCode(), s.terms(), installments);
    loan.status = Objects.requireNonNull(s.status(), "status");
    loan.dpd = s.dpd();
    loan.bucket = Objects.requireNonNull(s.bucket(), "bucket");
    loan.closedThrough = s.closedThrough();
    loan.endedOn = s.endedOn();
    loan.penaltyUnposted = s.penaltyUnposted().minor();
    if (loan.penaltyUnposted < 0 || loan.penaltyUnposted > loan.unpaidPenaltyMinor()) {
      throw new IllegalArgumentException(
          "loan "
              + s.id()
              + ": unposted penalty must be 0 to the unpaid penalty, was "
              + s.penaltyUnposted());
    }
    loan.nonAccrualOn = s.nonAccrualOn();
    loan.penaltySuspense = s.penaltySuspense().minor();
    if (loan.penaltySuspense < 0
        || loan.penaltySuspense + loan.penaltyUnposted > loan.unpaidPenaltyMinor()
        || (loan.penaltySuspense > 0 && loan.nonAccrualOn == null)) {
      throw new IllegalArgumentException(
          "loan "
              + s.id()
              + ": penalty in suspense must be 0 to the unpaid posted penalty of a non-accrual loan, was "
              + s.penaltySuspense());
    }
    loan.writtenOff = s.writtenOff();
    loan.recovered = s.recovered().minor();
    return loan;
  }

  public LoanSnapshot snapshot() {
    List<InstallmentSnapshot> list = new ArrayList<>(installments.size());
    for (Installment i : installments) {
      list.add(i.snapshot());
    }
    return new LoanSnapshot(
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
        Money.ofMinor(penaltyUnposted),
        list,
        nonAccrualOn,
        Money.ofMinor(penaltySuspense),
        writtenOff,
        Money.ofMinor(recovered));
  }

  public long id() {
    return id;
  }

  public long lineId() {
    return lineId;
  }

  public long customerId() {
    return customerId;
  }

  public String productCode() {
    return productCode;
  }

  public LoanTerms terms() {
    return terms;
  }

  public Money principal() {
    return terms.principal();
  }

  public LocalDate drawnOn() {
    return terms.drawnOn();
  }

  public PenaltyRule penaltyRule() {
    return penaltyRule;
  }

  public List<Component> allocationOrder() {
    return terms.allocationOrder();
  }

  /** In number order, which is due-date order. */
  public List<Installment> installments() {
    return readOnly;
  }

  public Installment installment(int number) {
    return installments.get(number - 1);
  }

  public LoanStatus status() {
    return status;
  }

  public boolean isOpen() {
    return status.isOpen();
  }

  public int dpd() {
    return dpd;
  }

  public Bucket bucket() {
    return bucket;
  }

  public Optional<LocalDate> closedThrough() {
    return Optional.ofNullable(closedThrough);
  }

  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }

  /** Whether the close of {@code day} has already been applied. */
  public boolean hasClosed(LocalDate day) {
    return closedThrough != null && !closedThrough.isBefore(day);
  }

  /**
   * Whether the instalment's interest and fee have been recognised in the journal: it fell due on
   * or before the last close. Until then, interest paid on it is income at once.
   */
  public boolean isRecognised(Installment installment) {
    return closedThrough != null && !installment.dueDate().isAfter(closedThrough);
  }

  /**
   * Principal still owed on the loan; zero once written off (what was written off is {@link
   * #writtenOff()}, what is recovered of it {@link #recovered()}).
   */
  public Money outstandingPrincipal() {
    if (status == LoanStatus.WRITTEN_OFF) {
      return Money.ZERO;
    }
    long total = 0;
    for (Installment i : installments) {
      total += i.unpaidMinor(Component.PRINCIPAL);
    }
    return Money.ofMinor(total);
  }

  /** All penalty charged over the loan's life, paid or not. */
  public Money penaltyAccrued() {
    long total = 0;
    for (Installment i : installments) {
      total += i.due(Component.PENALTY).minor();
    }
    return Money.ofMinor(total);
  }

  /**
   * Penalty charged to the instalments but not yet posted to the journal: under month-end posting
   * the days since the last posting; always zero under daily posting, and never more than the
   * unpaid penalty (what is paid is paid from the oldest, posted, part first).
   */
  public Money penaltyUnposted() {
    return Money.ofMinor(penaltyUnposted);
  }

  /** Penalty charged and not yet paid, over all instalments. */
  public long unpaidPenaltyMinor() {
    long total = 0;
    for (Installment i : installments) {
      total += i.unpaidMinor(Component.PENALTY);
    }
    return total;
  }

  /**
   * Of {@code penalty} about to be paid, the part that was never posted to the journal: penalty is
   * paid oldest first, so the posted part (the unpaid penalty less the unposted) goes first.
   */
  public long unpostedShareOf(long penalty) {
    long posted = unpaidPenaltyMinor() - penaltyUnposted;
    return Math.min(penaltyUnposted, Math.max(0, penalty - posted));
  }

  /** Records that {@code amount} of the unposted penalty was paid: it went straight to income. */
  public void unpostedPenaltyPaid(long amount) {
    if (amount < 0 || amount > penaltyUnposted) {
      throw new IllegalArgumentException(
          "loan "
              + id
              + ": "
              + amount
              + " fen of unposted penalty paid, "
              + penaltyUnposted
              + " unposted");
    }
    penaltyUnposted -= amount;
  }

  /** Takes the unposted penalty for posting: returns it and leaves none unposted. */
  public Money takeUnpostedPenalty() {
    long amount = penaltyUnposted;
    penaltyUnposted = 0;
    return Money.ofMinor(amount);
  }

  /**
   * The day the loan became non-accrual (非应计): from that day's close on, interest and fees falling
   * due and penalty charged are held in suspense, not income, until paid. Empty while it accrues.
   */
  public Optional<LocalDate> nonAccrualOn() {
    return Optional.ofNullable(nonAccrualOn);
  }

  public boolean isNonAccrual() {
    return nonAccrualOn != null;
  }

  /**
   * Whether the instalment's recognised interest and fee went to suspense: it fell due on or after
   * the day the loan became non-accrual.
   */
  public boolean isInSuspense(Installment installment) {
    return nonAccrualOn != null
        && isRecognised(installment)
        && !installment.dueDate().isBefore(nonAccrualOn);
  }

  /** Unpaid penalty posted to PENALTY_SUSPENSE. */
  public Money penaltySuspense() {
    return Money.ofMinor(penaltySuspense);
  }

  /**
   * Of {@code penalty} about to be paid, the part held in suspense: unpaid penalty is paid oldest
   * first, posted to income, then posted to suspense, then unposted.
   */
  public long suspenseShareOf(long penalty) {
    long postedToIncome = unpaidPenaltyMinor() - penaltySuspense - penaltyUnposted;
    return Math.min(penaltySuspense, Math.max(0, penalty - postedToIncome));
  }

  /** Records that {@code amount} of the penalty in suspense was paid (and so became income). */
  public void suspendedPenaltyPaid(long amount) {
    if (amount < 0 || amount > penaltySuspense) {
      throw new IllegalArgumentException(
          "loan "
              + id
              + ": "
              + amount
              + " fen of suspended penalty paid, "
              + penaltySuspense
              + " in suspense");
    }
    penaltySuspense -= amount;
  }

  /** Records that {@code amount} of unposted penalty was posted to suspense. */
  public void penaltySuspended(long amount) {
    if (nonAccrualOn == null) {
      throw new IllegalStateException(
          "loan " + id + " accrues: its penalty is income, not suspense");
    }
    penaltySuspense += amount;
  }

  /** Stops recognising income from {@code day} on; the loan stays non-accrual until it ends. */
  public void becomeNonAccrual(LocalDate day) {
    if (nonAccrualOn != null) {
      throw new IllegalStateException("loan " + id + " is non-accrual since " + nonAccrualOn);
    }
    nonAccrualOn = day;
  }

  /** What the write-off took off the books; empty unless WRITTEN_OFF. */
  public Optional<LoanWrittenOff> writtenOff() {
    return Optional.ofNullable(writtenOff);
  }

  /** What has been recovered since the write-off. */
  public Money recovered() {
    return Money.ofMinor(recovered);
  }

  /**
   * Books a recovery on a written-off loan: never more than is left of what was written off
   * (refused with {@link Problem#RECOVERY_EXCEEDED} on "amount").
   */
  public void recover(Money amount) {
    if (writtenOff == null) {
      throw new ServicingException(
          Problem.LOAN_NOT_OPEN, "loanId", "loan " + id + " is " + status + ", not written off");
    }
    if (!amount.isPositive()) {
      throw new ServicingException(
          Problem.INVALID_AMOUNT, "amount", "must be positive, was " + amount);
    }
    long left = writtenOff.total().minor() - recovered;
    if (amount.minor() > left) {
      throw new ServicingException(
          Problem.RECOVERY_EXCEEDED,
          "amount",
          amount
              + " is more than the "
              + Money.ofMinor(left)
              + " left to recover of the "
              + writtenOff.total()
              + " written off");
    }
    recovered += amount.minor();
  }

  /** Refuses, with {@link Problem#LOAN_NOT_OPEN}, anything but a NORMAL or OVERDUE loan. */
  public void requireOpen() {
    if (!isOpen()) {
      throw new ServicingException(Problem.LOAN_NOT_OPEN, "loanId", "loan " + id + " is " + status);
    }
  }

  /** Pays part or all of one component of one instalment; never more than is unpaid. */
  public void pay(int installment, Component component, Money amount) {
    requireOpen();
    installment(installment).pay(component, amount.minor());
  }

  /**
   * Ends the loan as paid off on {@code on}: every instalment due by then must be fully paid and
   * every later one must have its principal and penalty paid; the rest of their interest and fee is
   * waived (early settlement). Delinquency goes back to M0.
   */
  public LoanSettled settle(LocalDate on) {
    requireOpen();
    long waivedInterest = 0;
    long waivedFee = 0;
    for (Installment i : installments) {
      boolean falling = !i.dueDate().isAfter(on);
      if (falling
          ? i.unpaidTotalMinor() != 0
          : i.unpaidMinor(Component.PRINCIPAL) != 0 || i.unpaidMinor(Component.PENALTY) != 0) {
        throw new IllegalStateException(
            "loan " + id + " cannot settle: instalment " + i.number() + " is unpaid");
      }
      if (!falling) {
        waivedInterest += i.waiveRest(Component.INTEREST);
        waivedFee += i.waiveRest(Component.FEE);
      }
    }
    moveTo(LoanStatus.SETTLED);
    dpd = 0;
    bucket = Bucket.M0;
    endedOn = on;
    return new LoanSettled(
        id, customerId, Money.ofMinor(waivedInterest), Money.ofMinor(waivedFee), on);
  }

  /** An instalment left unpaid at the close of its due date becomes OVERDUE. */
  public void markOverdue(int installment) {
    installment(installment).becomeOverdue();
  }

  /**
   * Charges a day's penalty to the oldest OVERDUE instalment (the whole loan's overdue principal
   * bears it, but one instalment holds it, so allocation pays it first). Returns that instalment.
   * The charge is unposted until the close posts it ({@link #takeUnpostedPenalty()}).
   */
  public Installment chargePenalty(Money amount) {
    for (Installment i : installments) {
      if (i.status() == InstallmentStatus.OVERDUE) {
        i.chargePenalty(amount.minor());
        penaltyUnposted += amount.minor();
        return i;
      }
    }
    throw new IllegalStateException(
        "loan " + id + " has no overdue instalment to charge penalty to");
  }

  /** Sets the delinquency found by a close; returns the bucket change, if any. */
  public Optional<BucketChanged> age(int daysPastDue, LocalDate day) {
    requireOpen();
    LoanStatus next = daysPastDue > 0 ? LoanStatus.OVERDUE : LoanStatus.NORMAL;
    if (next != status) {
      moveTo(next);
    }
    Bucket from = bucket;
    dpd = daysPastDue;
    bucket = Bucket.of(daysPastDue);
    return from == bucket
        ? Optional.empty()
        : Optional.of(new BucketChanged(id, from, bucket, day, daysPastDue));
  }

  public void markClosedThrough(LocalDate day) {
    if (hasClosed(day)) {
      throw new IllegalStateException("loan " + id + " is already closed through " + closedThrough);
    }
    closedThrough = day;
  }

  /**
   * Ends the loan as a loss; what was written off is the {@code WriteOffLoan}'s business. Penalty
   * never posted was never income, so it is dropped with the loan; penalty in suspense leaves the
   * books with the write-off.
   */
  public void writeOff(LoanWrittenOff record) {
    requireOpen();
    moveTo(LoanStatus.WRITTEN_OFF);
    endedOn = record.on();
    writtenOff = record;
    penaltyUnposted = 0;
    penaltySuspense = 0;
  }

  private void moveTo(LoanStatus next) {
    if (!status.canBecome(next)) {
      throw new IllegalStateException("loan " + id + " cannot go from " + status + " to " + next);
    }
    status = next;
  }

  @Override
  public String toString() {
    return "Loan["
        + id
        + ", "
        + status
        + ", dpd "
        + dpd
        + ", outstanding "
        + outstandingPrincipal()
        + "]";
  }
}
