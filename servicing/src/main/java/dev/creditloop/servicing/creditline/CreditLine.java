package dev.creditloop.servicing.creditline;

import dev.creditloop.kernel.Money;
import dev.creditloop.servicing.Problem;
import dev.creditloop.servicing.ServicingEvent;
import dev.creditloop.servicing.ServicingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's revolving credit line (循环额度).
 *
 * <p>effectiveLimit(on) is the temporary limit while it is valid (through its {@code until} date),
 * else the permanent limit; available(on) = max(0, effectiveLimit(on) − outstanding principal). A
 * lowered limit can leave the outstanding principal above it: nothing is available until enough is
 * repaid. A line expires after its {@code expiresOn} date: drawdowns are refused from the next day,
 * and the daily close moves it to EXPIRED.
 */
public final class CreditLine {

  private final long id;
  private final long customerId;
  private final String productCode;
  private final LocalDate grantedOn;
  private final LocalDate expiresOn;
  private Money limit;
  private TemporaryLimit temporaryLimit;
  private Money outstandingPrincipal;
  private CreditLineStatus status;

  private CreditLine(CreditLineSnapshot s) {
    this.id = s.id();
    this.customerId = s.customerId();
    this.productCode = Objects.requireNonNull(s.productCode(), "productCode");
    this.grantedOn = Objects.requireNonNull(s.grantedOn(), "grantedOn");
    this.expiresOn = Objects.requireNonNull(s.expiresOn(), "expiresOn");
    this.limit = Objects.requireNonNull(s.limit(), "limit");
    this.temporaryLimit = s.temporaryLimit();
    this.outstandingPrincipal =
        Objects.requireNonNull(s.outstandingPrincipal(), "outstandingPrincipal");
    this.status = Objects.requireNonNull(s.status(), "status");
  }

  /** A new ACTIVE line (授信) with nothing drawn. */
  public static CreditLine grant(
      long id,
      long customerId,
      String productCode,
      Money limit,
      LocalDate grantedOn,
      LocalDate expiresOn) {
    checkLimit(limit);
    if (expiresOn.isBefore(grantedOn)) {
      throw new ServicingException(
          Problem.INVALID_LIMIT, "expiresOn", "must not be before grantedOn " + grantedOn);
    }
    return new CreditLine(
        new CreditLineSnapshot(
            id,
            customerId,
            productCode,
            limit,
            null,
            Money.ZERO,
            CreditLineStatus.ACTIVE,
            grantedOn,
            expiresOn));
  }

  public static CreditLine fromSnapshot(CreditLineSnapshot snapshot) {
    return new CreditLine(snapshot);
  }

  public CreditLineSnapshot snapshot() {
    return new CreditLineSnapshot(
        id,
        customerId,
        productCode,
        limit,
        temporaryLimit,
        outstandingPrincipal,
        status,
        grantedOn,
        expiresOn);
  }

  public long id() {
    return id;
  }

  public long customerId() {
    return customerId;
  }

  public String productCode() {
    return productCode;
  }

  public Money limit() {
    return limit;
  }

  public Optional<TemporaryLimit> temporaryLimit() {
    return Optional.ofNullable(temporaryLimit);
  }

  public Money outstandingPrincipal() {
    return outstandingPrincipal;
  }

  public CreditLineStatus status() {
    return status;
  }

  public LocalDate grantedOn() {
    return grantedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public boolean isExpiredOn(LocalDate on) {
    return on.isAfter(expiresOn);
  }

  public Money effectiveLimit(LocalDate on) {
    return temporaryLimit != null && temporaryLimit.validOn(on)
        ? temporaryLimit.amount().max(limit)
        : limit;
  }

  public Money available(LocalDate on) {
    return effectiveLimit(on).minus(outstandingPrincipal).max(Money.ZERO);
  }

  /**
   * Reserves a drawdown: the line must be ACTIVE and not expired on {@code on}, the amount positive
   * and at most what is available.
   */
  public void reserve(Money amount, LocalDate on) {
    if (!amount.isPositive()) {
      throw new ServicingException(
          Problem.INVALID_AMOUNT, "amount", "must be positive, was " + amount);
    }
    switch (status) {
      case FROZEN ->
          throw new ServicingException(
              Problem.LINE_FROZEN, "creditLine", "line " + id + " is frozen");
      case EXPIRED -> throw expired();
      case CLOSED ->
          throw new ServicingException(
              Problem.LINE_CLOSED, "creditLine", "line " + id + " is closed");
      case ACTIVE -> {}
    }
    if (isExpiredOn(on)) {
      throw expired();
    }
    Money available = available(on);
    if (amount.isGreaterThan(available)) {
      throw new ServicingException(
          Problem.AMOUNT_EXCEEDS_AVAILABLE,
          "amount",
          amount + " is more than the " + available + " available");
    }
    outstandingPrincipal = outstandingPrincipal.plus(amount);
  }

  /** Gives repaid principal back to the line (revolving credit), whatever its status. */
  public void restore(Money principalRepaid) {
    release(principalRepaid);
  }

  /**
   * Takes written-off principal out of the outstanding principal and freezes an ACTIVE line: the
   * loss must not become new room to draw. Returns the freeze, if any.
   */
  public Optional<CreditLineStatusChanged> writeOff(Money principal, LocalDate on) {
    release(principal);
    if (status == CreditLineStatus.ACTIVE) {
      return Optional.of(moveTo(CreditLineStatus.FROZEN, "loan written off", "system", on));
    }
    return Optional.empty();
  }

  private void release(Money principal) {
    if (principal.isNegative() || principal.isGreaterThan(outstandingPrincipal)) {
      throw new IllegalArgumentException(
          "line "
              + id
              + " cannot release "
              + principal
              + " of an outstanding "
              + outstandingPrincipal);
    }
    outstandingPrincipal = outstandingPrincipal.minus(principal);
  }

  /**
   * Sets the permanent limit. A temporary limit not above the new limit is dropped, as it would no
   * longer raise anything.
   */
  public LimitChanged changeLimit(Money newLimit, String reason, String actor, LocalDate on) {
    checkChangeable(on);
    checkLimit(newLimit);
    TemporaryLimit newTemporary =
        temporaryLimit != null && temporaryLimit.amount().isGreaterThan(newLimit)
            ? temporaryLimit
            : null;
    return record(newLimit, newTemporary, reason, actor, on);
  }

  /**
   * Grants (or replaces) a temporary limit valid from {@code on} through {@code until}; it must
   * exceed the permanent limit.
   */
  public LimitChanged grantTemporaryLimit(
      Money amount, LocalDate until, String reason, String actor, LocalDate on) {
    checkChangeable(on);
    if (!amount.isGreaterThan(limit)) {
      throw new ServicingException(
          Problem.INVALID_LIMIT,
          "temporaryLimit",
          "must exceed the permanent limit " + limit + ", was " + amount);
    }
    if (until.isBefore(on)) {
      throw new ServicingException(
          Problem.INVALID_LIMIT, "until", "must not be before " + on + ", was " + until);
    }
    return record(limit, new TemporaryLimit(amount, until), reason, actor, on);
  }

  /** Withdraws the temporary limit before its end. */
  public LimitChanged cancelTemporaryLimit(String reason, String actor, LocalDate on) {
    checkChangeable(on);
    if (temporaryLimit == null) {
      throw new ServicingException(
          Problem.INVALID_LIMIT, "temporaryLimit", "line " + id + " has none");
    }
    return record(limit, null, reason, actor, on);
  }

  public CreditLineStatusChanged freeze(String reason, String actor, LocalDate on) {
    return moveTo(CreditLineStatus.FROZEN, reason, actor, on);
  }

  public CreditLineStatusChanged unfreeze(String reason, String actor, LocalDate on) {
    if (status != CreditLineStatus.FROZEN) {
      throw notAllowed(CreditLineStatus.ACTIVE);
    }
    return moveTo(CreditLineStatus.ACTIVE, reason, actor, on);
  }

  /** Ends the line: no more drawdowns; running loans are serviced to the end. */
  public CreditLineStatusChanged close(String reason, String actor, LocalDate on) {
    return moveTo(CreditLineStatus.CLOSED, reason, actor, on);
  }

  /** Whether the close of {@code day} has anything to do on this line. */
  public boolean needsClose(LocalDate day) {
    boolean expires =
        (status == CreditLineStatus.ACTIVE || status == CreditLineStatus.FROZEN)
            && expiresOn.isBefore(day);
    return expires || (temporaryLimit != null && temporaryLimit.until().isBefore(day));
  }

  /**
   * The close of {@code day}: expires the line when {@code expiresOn < day} and drops a temporary
   * limit whose {@code until < day}. Running it twice does nothing the second time.
   */
  public List<ServicingEvent> closeDay(LocalDate day) {
    List<ServicingEvent> events = new ArrayList<>(2);
    if (temporaryLimit != null && temporaryLimit.until().isBefore(day)) {
      events.add(record(limit, null, "temporary limit lapsed", "system", day));
    }
    if ((status == CreditLineStatus.ACTIVE || status == CreditLineStatus.FROZEN)
        && expiresOn.isBefore(day)) {
      events.add(moveTo(CreditLineStatus.EXPIRED, "expired on " + expiresOn, "system", day));
    }
    return events;
  }

  private LimitChanged record(
      Money newLimit, TemporaryLimit newTemporary, String reason, String actor, LocalDate on) {
    LimitChange change =
        new LimitChange(limit, newLimit, temporaryLimit, newTemporary, reason, actor, on);
    limit = newLimit;
    temporaryLimit = newTemporary;
    return new LimitChanged(id, customerId, change);
  }

  private CreditLineStatusChanged moveTo(
      CreditLineStatus next, String reason, String actor, LocalDate on) {
    if (!status.canBecome(next)) {
      throw notAllowed(next);
    }
    CreditLineStatus from = status;
    status = next;
    return new CreditLineStatusChanged(id, customerId, from, next, reason, actor, on);
  }

  private void checkChangeable(LocalDate on) {
    if (status == CreditLineStatus.CLOSED) {
      throw new ServicingException(Problem.LINE_CLOSED, "creditLine", "line " + id + " is closed");
    }
    if (status == CreditLineStatus.EXPIRED) {
      throw expired();
    }
  }

  private static void checkLimit(Money limit) {
    if (limit.isNegative()) {
      throw new ServicingException(
          Problem.INVALID_LIMIT, "limit", "must not be negative, was " + limit);
    }
  }

  private ServicingException expired() {
    return new ServicingException(
        Problem.LINE_EXPIRED, "creditLine", "line " + id + " expired on " + expiresOn);
  }

  private ServicingException notAllowed(CreditLineStatus next) {
    return new ServicingException(
        Problem.TRANSITION_NOT_ALLOWED,
        "status",
        "line " + id + " cannot go from " + status + " to " + next);
  }

  @Override
  public String toString() {
    return "CreditLine["
        + id
        + ", "
        + status
        + ", limit "
        + limit
        + ", outstanding "
        + outstandingPrincipal
        + "]";
  }
}
